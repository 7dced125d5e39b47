// Conduct and wellbeing: the conduct ladder's current state and agents' strain by day.
#include "rapport/report/conduct_wellbeing.hpp"

namespace rapport::report {

ConductWellbeing conduct_wellbeing(Crm& crm, const Period& period) {
  ConductWellbeing r;
  r.period = period;
  r.clients = crm.store().conduct_entries();
  const auto& w = crm.options().workflow.wellbeing;
  r.strain = crm.store().strain_days(period.from, period.to, w.day_offset_minutes);
  r.threshold = w.strain_threshold;
  return r;
}

Table conduct_table(const ConductWellbeing& r) {
  Table t;
  t.title = "Clients by conduct level";
  t.columns = {"level", "client_id", "client", "reason", "approved_by", "since"};
  for (const auto& e : r.clients) {
    t.rows.push_back({std::string(to_string(e.latest.to)), static_cast<std::int64_t>(e.client.value), e.name,
                      e.latest.reason, e.latest.approved_by, to_iso8601(e.latest.at).substr(0, 10)});
  }
  return t;
}

Table strain_table(const ConductWellbeing& r) {
  Table t;
  t.title = "Agent strain by day " + r.period.to_string();
  t.columns = {"day", "staff_id", "agent", "strain", "hostile_interactions", "over_threshold"};
  for (const auto& d : r.strain) {
    t.rows.push_back({d.day, static_cast<std::int64_t>(d.staff.value), d.name, d.strain,
                      static_cast<std::int64_t>(d.hostile_interactions),
                      std::string(d.strain >= r.threshold ? "yes" : "")});
  }
  return t;
}

}  // namespace rapport::report
