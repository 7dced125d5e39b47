// The retain pillar: retention cases, offers and what they achieve.
#include "rapport/workflow/retention.hpp"

#include <algorithm>
#include <map>

#include "dissatisfied.hpp"
#include "rapport/error.hpp"
#include "rapport/model/validate.hpp"

namespace rapport {

std::vector<OfferEffectiveness> offer_effectiveness(std::span<const RetentionCase> cases) {
  std::map<OfferKind, OfferEffectiveness> by_kind;
  for (const auto& rc : cases) {
    if (rc.open()) continue;
    std::vector<OfferKind> kinds;
    for (const auto& o : rc.offers) {
      if (std::find(kinds.begin(), kinds.end(), o.kind) == kinds.end()) kinds.push_back(o.kind);
    }
    for (auto k : kinds) {
      auto& e = by_kind[k];
      e.kind = k;
      ++e.cases;
      if (*rc.outcome == RetentionOutcome::retained) ++e.retained;
    }
  }
  std::vector<OfferEffectiveness> out;
  for (auto& [kind, e] : by_kind) {
    e.rate = static_cast<double>(e.retained) / static_cast<double>(e.cases);
    out.push_back(e);
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const auto& a, const auto& b) { return a.rate != b.rate ? a.rate > b.rate : a.cases > b.cases; });
  return out;
}

RetentionService::RetentionService(WorkflowContext context) : ctx_(context) {}

store::SignalOutcome RetentionService::add_signal(ClientId client, const DissatisfactionSignal& signal,
                                                  const Actor& actor) {
  DissatisfactionSignal s = signal;
  s.detail = checked_reason("signal detail", s.detail, false);
  s.source = checked_reason("signal source", s.source, false);
  if (s.at == Timestamp{}) s.at = ctx_.clock();
  auto outcome = ctx_.store.add_retention_signal(client, s, actor);
  if (outcome.opened) ctx_.events.publish(RetentionCaseOpened{outcome.retention_case});
  return outcome;
}

std::optional<RetentionCase> RetentionService::open_case(ClientId client) {
  return ctx_.store.open_retention_case(client);
}

RetentionCase RetentionService::get(RetentionCaseId id) {
  auto rc = ctx_.store.find_retention_case(id);
  if (!rc) throw NotFound("retention case " + to_string(id) + " does not exist");
  return std::move(*rc);
}

RetentionCase RetentionService::offer(RetentionCaseId id, Offer offer, const Actor& actor) {
  validate(offer);
  offer.note = checked_reason("offer note", offer.note, false);
  if (!offer.by && actor.staff) offer.by = actor.staff;
  return ctx_.store.add_offer(id, offer, actor);
}

RetentionCase RetentionService::close(RetentionCaseId id, RetentionOutcome outcome, std::string note,
                                      const Actor& actor) {
  note = checked_reason("retention note", note, false);
  auto rc = ctx_.store.close_retention_case(id, outcome, note, actor);
  ctx_.events.publish(RetentionCaseClosed{rc});
  return rc;
}

std::vector<RetentionCase> RetentionService::open_cases() { return ctx_.store.list_retention_cases(true); }

RetentionStats RetentionService::stats() {
  RetentionStats s;
  for (const auto& rc : ctx_.store.list_retention_cases(false)) {
    ++s.opened;
    if (rc.open())
      ++s.open;
    else if (*rc.outcome == RetentionOutcome::retained)
      ++s.retained;
    else
      ++s.lost;
  }
  const auto closed = s.retained + s.lost;
  s.retention_rate = closed == 0 ? 0.0 : static_cast<double>(s.retained) / static_cast<double>(closed);
  return s;
}

std::vector<OfferEffectiveness> RetentionService::effectiveness() {
  return offer_effectiveness(ctx_.store.list_retention_cases(false));
}

std::size_t RetentionService::check_silence(Timestamp now) {
  const int days = ctx_.options.retention.no_contact_days;
  if (days <= 0) return 0;
  std::size_t published = 0;
  for (const auto& [client, last] : ctx_.store.silent_customers(now - std::chrono::days{days})) {
    // One silence (same last contact) is reported once however often the check
    // runs, in any process; a new contact followed by a new silence is another.
    if (!ctx_.store.mark_silence_alert(client, last)) continue;
    workflow::publish_dissatisfied(ctx_.events, client, SignalKind::no_contact,
                                   "last_contact:" + std::to_string(to_unix_ms(last)),
                                   "no contact since " + to_iso8601(last), now);
    ++published;
  }
  return published;
}

}  // namespace rapport
