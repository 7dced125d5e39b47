// The pipeline funnel: how far deals get, and how many are won.
#include "rapport/report/funnel.hpp"

#include <algorithm>
#include <cstdint>
#include <map>

namespace rapport::report {

Funnel pipeline_funnel(Crm& crm, const Period& period) {
  const Pipeline& pipeline = crm.options().workflow.pipeline;
  Funnel f;
  f.period = period;
  // Rows: the open stages in order, then the (first) won stage.
  std::vector<std::size_t> row_of_stage(pipeline.stages.size(), SIZE_MAX);
  for (std::size_t k = 0; k < pipeline.stages.size(); ++k) {
    const auto& s = pipeline.stages[k];
    if (s.outcome == StageOutcome::open) {
      row_of_stage[k] = f.stages.size();
      f.stages.push_back(FunnelStage{s.id, 0, 0, std::nullopt});
    }
  }
  // Every won stage (a pipeline may have several) shares the last row, named after the first.
  const std::size_t won_row = f.stages.size();
  for (std::size_t k = 0; k < pipeline.stages.size(); ++k) {
    if (pipeline.stages[k].outcome != StageOutcome::won) continue;
    if (won_row == f.stages.size()) f.stages.push_back(FunnelStage{pipeline.stages[k].id, 0, 0, std::nullopt});
    row_of_stage[k] = won_row;
  }

  // A deal has reached every row up to the furthest one it entered (lost stages do not count).
  std::map<std::int64_t, std::size_t> furthest;
  for (const auto& [deal, stage] : crm.store().deal_stage_visits(period.from, period.to)) {
    const auto* s = pipeline.find(stage);
    if (!s) continue;  // a stage no longer in the pipeline
    const auto row = row_of_stage[pipeline.index_of(stage)];
    if (row == SIZE_MAX) continue;
    auto [it, inserted] = furthest.emplace(deal.value, row);
    if (!inserted) it->second = std::max(it->second, row);
  }
  for (const auto& [deal, row] : furthest) {
    for (std::size_t r = 0; r <= row; ++r) ++f.stages[r].reached;
  }
  for (const auto& c : crm.store().deal_stage_counts(period.from, period.to)) {
    const auto* s = pipeline.find(c.stage);
    if (!s) continue;
    if (s->outcome == StageOutcome::lost) {
      f.lost += c.deals;
      continue;
    }
    const auto row = row_of_stage[pipeline.index_of(c.stage)];
    f.stages[row].now_in += c.deals;
    if (s->outcome == StageOutcome::won) f.won += c.deals;
  }
  for (std::size_t r = 0; r + 1 < f.stages.size(); ++r) {
    if (f.stages[r].reached > 0) {
      f.stages[r].conversion_to_next =
          static_cast<double>(f.stages[r + 1].reached) / static_cast<double>(f.stages[r].reached);
    }
  }
  f.win_rate = f.won + f.lost == 0 ? 0.0 : static_cast<double>(f.won) / static_cast<double>(f.won + f.lost);
  f.weighted_forecast = crm.deals().weighted_forecast();
  f.cycle_time = crm.deals().average_cycle_time();
  return f;
}

Table to_table(const Funnel& f) {
  Table t;
  t.title = "Pipeline funnel (deals created " + f.period.to_string() + ")";
  t.columns = {"stage", "reached", "now_in", "conversion_to_next_%"};
  for (const auto& s : f.stages) {
    t.rows.push_back({s.stage, static_cast<std::int64_t>(s.reached), static_cast<std::int64_t>(s.now_in),
                      s.conversion_to_next ? Cell{100 * *s.conversion_to_next} : Cell{}});
  }
  t.rows.push_back({std::string("lost"), Cell{}, static_cast<std::int64_t>(f.lost), Cell{}});
  t.rows.push_back({std::string("win rate %"), Cell{}, Cell{}, 100 * f.win_rate});
  for (const auto& m : f.weighted_forecast) {
    t.rows.push_back({"weighted forecast " + to_string(m), Cell{}, Cell{}, Cell{}});
  }
  if (f.cycle_time) {
    const double days = std::chrono::duration<double, std::ratio<86400>>(*f.cycle_time).count();
    t.rows.push_back({std::string("cycle time (days)"), Cell{}, Cell{}, days});
  }
  return t;
}

}  // namespace rapport::report
