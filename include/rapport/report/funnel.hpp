#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "rapport/crm.hpp"
#include "rapport/report/period.hpp"
#include "rapport/report/table.hpp"

namespace rapport::report {

/// One open stage of the funnel, or the won stage at its end.
struct FunnelStage {
  std::string stage{};                         ///< stage id
  std::size_t reached = 0;                     ///< deals that got this far (this stage or a later one)
  std::size_t now_in = 0;                      ///< deals in it now
  std::optional<double> conversion_to_next{};  ///< reached(next) / reached(this); none for the last row
};

/// The sales funnel of the deals created in a period.
struct Funnel {
  Period period{};                         ///< the deals' creation period
  std::vector<FunnelStage> stages{};       ///< open stages in pipeline order, then won
  std::size_t won = 0;                     ///< deals won
  std::size_t lost = 0;                    ///< deals lost
  double win_rate = 0;                     ///< won / (won + lost); 0 when none closed
  std::vector<Money> weighted_forecast{};  ///< open value x stage probability, all open deals now, per currency
  std::optional<std::chrono::milliseconds> cycle_time{};  ///< mean creation-to-win time of all won deals
};

/// The funnel of the deals created in `period`.
Funnel pipeline_funnel(Crm& crm, const Period& period);
/// The funnel as a table: one row per stage, then won, lost, win rate, forecast and cycle time rows.
Table to_table(const Funnel& funnel);

}  // namespace rapport::report
