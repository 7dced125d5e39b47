#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rapport/model/ids.hpp"
#include "rapport/model/money.hpp"
#include "rapport/model/time.hpp"

namespace rapport {

/// What reaching a pipeline stage means for a deal.
enum class StageOutcome { open, won, lost };

/// One stage of a sales pipeline.
struct PipelineStage {
  std::string id{};                           ///< stable id, e.g. "proposal" ([a-z][a-z0-9_]*)
  double probability = 0;                     ///< chance of winning from here, 0..1 (weights the forecast)
  StageOutcome outcome = StageOutcome::open;  ///< open, or the deal closes won/lost on entering it
};

/// The ordered stages a deal moves through (acquire pillar).
struct Pipeline {
  std::vector<PipelineStage> stages{};  ///< open stages in order, then the closing ones

  /// lead 0.1, qualified 0.25, proposal 0.5, negotiation 0.75, won 1, lost 0.
  static Pipeline standard();
  /// The stage with this id, or nullptr.
  [[nodiscard]] const PipelineStage* find(std::string_view id) const noexcept;
  /// The position of a stage in `stages`; throws InvalidArgument naming an unknown id.
  [[nodiscard]] std::size_t index_of(std::string_view id) const;
};

/// Checks a pipeline: at least one open stage, one won and one lost stage, unique
/// well-formed ids, probabilities in 0..1; throws InvalidArgument naming the bad stage.
void validate(const Pipeline& pipeline);

/// A sales opportunity with a client.
struct Deal {
  DealId id{};                                ///< assigned by the store
  ClientId client{};                          ///< must exist
  std::string title{};                        ///< non-empty
  Money value{};                              ///< expected value, not negative
  std::string stage{};                        ///< a stage id of the pipeline; empty = the first stage
  std::optional<StaffId> owner{};             ///< who works the deal
  std::optional<Timestamp> expected_close{};  ///< when it should close
  std::string close_reason{};                 ///< why it was won or lost
  Timestamp created_at{};                     ///< set by the store
  Timestamp updated_at{};                     ///< set by the store
  std::optional<Timestamp> closed_at{};       ///< set when it enters a won or lost stage
  /// Equal when every member is equal.
  bool operator==(const Deal&) const = default;
};

/// One move of a deal between stages.
struct StageChange {
  DealId deal{};         ///< the deal
  std::string from{};    ///< previous stage ("" for the creation)
  std::string to{};      ///< new stage
  Timestamp at{};        ///< when
  std::string actor{};   ///< "system" or "staff:<id>"
  std::string reason{};  ///< optional free text
  /// Equal when every member is equal.
  bool operator==(const StageChange&) const = default;
};

/// Text name of an outcome ("open", "won", "lost").
std::string_view to_string(StageOutcome outcome) noexcept;

}  // namespace rapport
