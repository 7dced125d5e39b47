// The retention report: cases opened and closed, and retention by offer kind.
#include "rapport/report/retention_report.hpp"

namespace rapport::report {

RetentionSummary retention_summary(Crm& crm, const Period& period) {
  RetentionSummary s;
  s.period = period;
  auto in = [&](Timestamp t) { return t >= period.from && t < period.to; };
  std::vector<RetentionCase> closed_in_period;
  // Retention cases are few next to interactions (one per dissatisfied client at a time).
  for (auto& rc : crm.store().list_retention_cases(false)) {
    if (in(rc.opened_at)) ++s.opened;
    if (rc.open()) {
      ++s.open_now;
    } else if (rc.closed_at && in(*rc.closed_at)) {
      ++(*rc.outcome == RetentionOutcome::retained ? s.retained : s.lost);
      closed_in_period.push_back(std::move(rc));
    }
  }
  s.closed = closed_in_period.size();
  s.retention_rate = s.closed == 0 ? 0.0 : static_cast<double>(s.retained) / static_cast<double>(s.closed);
  s.by_offer = offer_effectiveness(closed_in_period);
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
