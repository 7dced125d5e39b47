#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rapport/model/actor.hpp"
#include "rapport/model/deal.hpp"
#include "rapport/workflow/context.hpp"

namespace rapport {

/// Open deals in one stage.
struct StageTotal {
  std::string stage{};         ///< stage id
  std::size_t deals = 0;       ///< open deals in it
  std::vector<Money> value{};  ///< their value, one entry per currency
};

/// The acquire pillar: deals moving through the configured pipeline.
/// Thread-safe; publishes DealStageChanged and DealClosed after commit.
class DealService {
 public:
  /// Made by the Crm.
  explicit DealService(WorkflowContext context);

  /// Stores a new deal (stage defaults to the pipeline's first). Throws
  /// InvalidArgument for an empty title, a negative value, an unknown or closing stage.
  Deal create(Deal deal, const Actor& actor = Actor::system());
  /// The deal; throws NotFound.
  Deal get(DealId id);
  /// Moves an open deal to another stage (a won/lost stage closes it; winning makes a
  /// lead or prospect client a customer). Throws InvalidArgument for an unknown stage,
  /// the current stage, or a closed deal; NotFound for an unknown deal.
  Deal move(DealId id, std::string_view stage, const Actor& actor = Actor::system(), std::string reason = {});
  /// Moves a deal to the pipeline's (first) won stage with a reason.
  Deal win(DealId id, std::string reason, const Actor& actor = Actor::system());
  /// Moves a deal to the pipeline's (first) lost stage with a reason.
  Deal lose(DealId id, std::string reason, const Actor& actor = Actor::system());
  /// A deal's stage history, oldest first.
  std::vector<StageChange> history(DealId id);

  /// Open deals per open stage, in pipeline order.
  std::vector<StageTotal> open_pipeline();
  /// Open deal value weighted by stage probability, one entry per currency.
  std::vector<Money> weighted_forecast();
  /// Of the deals that ever entered stage `from`, the share that later entered `to`
  /// (0 when none entered `from`). Throws InvalidArgument for unknown stages.
  double conversion_rate(std::string_view from, std::string_view to);
  /// Mean time from creation to closing of won deals; empty when none was won.
  std::optional<std::chrono::milliseconds> average_cycle_time();

 private:
  WorkflowContext ctx_;
};

}  // namespace rapport
