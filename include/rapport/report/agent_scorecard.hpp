#pragma once

#include <optional>
#include <string>
#include <vector>

#include "rapport/crm.hpp"
#include "rapport/report/period.hpp"
#include "rapport/report/table.hpp"

namespace rapport::report {

/// One staff-side adversarial marker of an agent, with its latest evidence.
struct MarkerExample {
  std::string marker{};         ///< e.g. "blame"
  std::size_t flags = 0;        ///< how often it was raised in the period
  std::string example{};        ///< the latest evidence text
  InteractionId interaction{};  ///< where that evidence is
};

/// How one agent served clients in a period: a coaching aid, not a ranking.
struct AgentScore {
  StaffId staff{};                                  ///< the agent
  std::string name{};                               ///< their name
  std::size_t interactions = 0;                     ///< analysed interactions in the period
  double mean_stance = 0;                           ///< mean stance (0..100, 50 neutral)
  double adversarial_rate = 0;                      ///< share of interactions judged adversarial
  std::vector<MarkerExample> top_markers{};         ///< up to 3 staff-adversarial markers, most frequent first
  double positive_rate = 0;                         ///< share of interactions with a positive agent marker
  double talk_share = 0;                            ///< the agent's mean share of the talk
  std::size_t strain_days = 0;                      ///< days whose strain reached the threshold
  std::optional<double> stance_change{};            ///< mean stance minus the previous period's (none without data)
  std::optional<double> adversarial_rate_change{};  ///< the same for the adversarial rate
};

/// The agent scorecard of `period` (agents with analysed interactions in it), in staff id order.
std::vector<AgentScore> agent_scorecard(Crm& crm, const Period& period);
/// The scorecard as a table: one row per agent, the top marker and its evidence in two columns.
Table to_table(const std::vector<AgentScore>& scores, const Period& period);

}  // namespace rapport::report
