// The retention report: cases opened and closed, and retention by offer kind.
#include "rapport/report/retention_report.hpp"

#include <algorithm>
#include <map>

namespace rapport::report {

RetentionSummary retention_summary(Crm& crm, const Period& period) {
  RetentionSummary s;
  s.period = period;
  std::map<OfferKind, OfferEffectiveness> by_kind;
  auto in = [&](Timestamp t) { return t >= period.from && t < period.to; };
  // Retention cases are few next to interactions (one per dissatisfied client at a time).
  for (const auto& rc : crm.store().list_retention_cases(false)) {
    if (in(rc.opened_at)) ++s.opened;
    if (rc.open()) {
      ++s.open_now;
      continue;
    }
    if (!rc.closed_at || !in(*rc.closed_at)) continue;
    ++s.closed;
    const bool kept = *rc.outcome == RetentionOutcome::retained;
    kept ? ++s.retained : ++s.lost;
    std::vector<OfferKind> kinds;
    for (const auto& o : rc.offers) {
      if (std::find(kinds.begin(), kinds.end(), o.kind) == kinds.end()) kinds.push_back(o.kind);
    }
    for (auto k : kinds) {
      auto& e = by_kind[k];
      e.kind = k;
      ++e.cases;
      if (kept) ++e.retained;
    }
  }
  s.retention_rate = s.closed == 0 ? 0.0 : static_cast<double>(s.retained) / static_cast<double>(s.closed);
  for (auto& [kind, e] : by_kind) {
    e.rate = static_cast<double>(e.retained) / static_cast<double>(e.cases);
    s.by_offer.push_back(e);
  }
  std::stable_sort(s.by_offer.begin(), s.by_offer.end(), [](const auto& a, const auto& b) {
    return a.rate != b.rate ? a.rate > b.rate : a.cases > b.cases;
  });
  return s;
}

Table to_table(const RetentionSummary& s) {
  Table t;
  t.title = "Retention " + s.period.to_string() + ": opened " + std::to_string(s.opened) + ", closed " +
            std::to_string(s.closed) + ", open now " + std::to_string(s.open_now);
  t.columns = {"offer", "cases", "retained", "retention_%"};
  for (const auto& e : s.by_offer) {
    t.rows.push_back({std::string(to_string(e.kind)), static_cast<std::int64_t>(e.cases),
                      static_cast<std::int64_t>(e.retained), 100 * e.rate});
  }
  t.rows.push_back({std::string("all closed"), static_cast<std::int64_t>(s.closed),
                    static_cast<std::int64_t>(s.retained), 100 * s.retention_rate});
  return t;
}

}  // namespace rapport::report
