// The agent scorecard: stance, adversarial rate and its evidence, positive
// markers, talk share and strain, against the previous period.
#include "rapport/report/agent_scorecard.hpp"

#include <map>

#include "workflow/marker_kind.hpp"

namespace rapport::report {
namespace {

double share(std::size_t part, std::size_t whole) {
  return whole == 0 ? 0.0 : static_cast<double>(part) / static_cast<double>(whole);
}

}  // namespace

std::vector<AgentScore> agent_scorecard(Crm& crm, const Period& period) {
  auto& store = crm.store();
  const auto& config = crm.analyzer().config();
  const auto positive = workflow::markers_of_kind(quality::MarkerKind::positive, config);
  const auto adversarial = workflow::markers_of_kind(quality::MarkerKind::staff_adversarial, config);

  std::map<std::int64_t, store::AgentActivity> before;
  for (auto& a : store.agent_activity(period.previous().from, period.previous().to, positive)) {
    before.emplace(a.staff.value, std::move(a));
  }
  std::map<std::int64_t, std::vector<MarkerExample>> markers;
  for (auto& m : store.agent_marker_counts(period.from, period.to, adversarial)) {
    auto& list = markers[m.staff.value];
    if (list.size() < 3) list.push_back(MarkerExample{m.marker, m.flags, std::move(m.example), m.example_interaction});
  }
  const auto& wellbeing = crm.options().workflow.wellbeing;
  std::map<std::int64_t, std::size_t> strained;
  for (const auto& d : store.strain_days(period.from, period.to, wellbeing.day_offset_minutes)) {
    if (d.strain >= wellbeing.strain_threshold) ++strained[d.staff.value];
  }

  std::vector<AgentScore> out;
  for (auto& a : store.agent_activity(period.from, period.to, positive)) {
    AgentScore s;
    s.staff = a.staff;
    s.name = std::move(a.name);
    s.interactions = a.interactions;
    s.mean_stance = static_cast<double>(a.stance_sum) / static_cast<double>(a.interactions);
    s.adversarial_rate = share(a.adversarial, a.interactions);
    s.positive_rate = share(a.positive, a.interactions);
    s.talk_share = a.talk_share_sum / static_cast<double>(a.interactions);
    s.strain_days = strained[a.staff.value];
    if (auto it = markers.find(a.staff.value); it != markers.end()) s.top_markers = std::move(it->second);
    if (auto it = before.find(a.staff.value); it != before.end() && it->second.interactions > 0) {
      const auto& b = it->second;
      s.stance_change = s.mean_stance - static_cast<double>(b.stance_sum) / static_cast<double>(b.interactions);
      s.adversarial_rate_change = s.adversarial_rate - share(b.adversarial, b.interactions);
    }
    out.push_back(std::move(s));
  }
  return out;
}

Table to_table(const std::vector<AgentScore>& scores, const Period& period) {
  Table t;
  t.title = "Agent scorecard " + period.to_string();
  t.columns = {"staff_id",   "agent",        "interactions", "mean_stance", "stance_change",    "adversarial_%",
               "positive_%", "talk_share_%", "strain_days",  "top_marker",  "top_marker_flags", "evidence"};
  for (const auto& s : scores) {
    std::vector<Cell> row{static_cast<std::int64_t>(s.staff.value),
                          s.name,
                          static_cast<std::int64_t>(s.interactions),
                          s.mean_stance,
                          s.stance_change ? Cell{*s.stance_change} : Cell{},
                          100 * s.adversarial_rate,
                          100 * s.positive_rate,
                          100 * s.talk_share,
                          static_cast<std::int64_t>(s.strain_days)};
    if (s.top_markers.empty()) {
      row.insert(row.end(), {Cell{}, Cell{}, Cell{}});
    } else {
      const auto& m = s.top_markers.front();
      row.insert(row.end(), {Cell{m.marker}, Cell{static_cast<std::int64_t>(m.flags)}, Cell{m.example}});
    }
    t.rows.push_back(std::move(row));
  }
  return t;
}

}  // namespace rapport::report
