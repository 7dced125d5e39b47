#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "rapport/model/actor.hpp"
#include "rapport/model/retention.hpp"
#include "rapport/workflow/context.hpp"

namespace rapport {

/// Counts of retention cases.
struct RetentionStats {
  std::size_t opened = 0;     ///< all cases
  std::size_t open = 0;       ///< still open
  std::size_t retained = 0;   ///< closed retained
  std::size_t lost = 0;       ///< closed lost
  double retention_rate = 0;  ///< retained / (retained + lost); 0 when none closed
};

/// How well one kind of offer keeps clients.
struct OfferEffectiveness {
  OfferKind kind = OfferKind::other;  ///< the offer kind
  std::size_t cases = 0;              ///< closed cases where it was offered
  std::size_t retained = 0;           ///< of those, retained
  double rate = 0;                    ///< retained / cases
};

/// Retention rate per offer kind over the closed cases among `cases`, best first. A case
/// counts once per kind, however many offers of that kind it had.
std::vector<OfferEffectiveness> offer_effectiveness(std::span<const RetentionCase> cases);

/// The retain pillar: retention cases opened from dissatisfaction signals, offers, outcomes.
/// Thread-safe; publishes RetentionCaseOpened/Closed and ClientDissatisfied after commit.
class RetentionService {
 public:
  /// Made by the Crm.
  explicit RetentionService(WorkflowContext context);

  /// Adds a signal to the client's open case, opening one (and publishing
  /// RetentionCaseOpened) when none is open. A signal already recorded (same kind and
  /// non-empty source), in this or an earlier closed case, changes nothing: evidence
  /// that was dealt with does not reopen a case. This is what the default policy calls on ClientDissatisfied.
  store::SignalOutcome add_signal(ClientId client, const DissatisfactionSignal& signal,
                                  const Actor& actor = Actor::system());
  /// The client's open case, if any.
  std::optional<RetentionCase> open_case(ClientId client);
  /// The case; throws NotFound.
  RetentionCase get(RetentionCaseId id);
  /// Records an offer. Throws InvalidArgument for a negative or malformed value,
  /// Conflict when the case is closed.
  RetentionCase offer(RetentionCaseId id, Offer offer, const Actor& actor = Actor::system());
  /// Closes the case with an outcome and publishes RetentionCaseClosed; Conflict when closed already.
  RetentionCase close(RetentionCaseId id, RetentionOutcome outcome, std::string note = {},
                      const Actor& actor = Actor::system());
  /// Open cases in id order.
  std::vector<RetentionCase> open_cases();
  /// Case counts and the retention rate.
  RetentionStats stats();
  /// Retention rate per offer kind over closed cases, best first (the discount-versus-postcard question).
  std::vector<OfferEffectiveness> effectiveness();
  /// Publishes ClientDissatisfied (no_contact) for customers silent for the configured
  /// number of days at `now`; once per silence (the source names the last contact).
  std::size_t check_silence(Timestamp now);

 private:
  WorkflowContext ctx_;
};

}  // namespace rapport
