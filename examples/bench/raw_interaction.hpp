#pragma once

// The rows the raw baselines write for one interaction (raw_sqlite, raw_postgres).
#include <cstdint>
#include <string>
#include <vector>

#include "rapport/model/interaction.hpp"
#include "rapport/quality/report.hpp"

namespace bench {

/// One interaction as the baseline writes it: the row, its turns, its analysis row and flags, its FTS row.
struct RawInteraction {
  std::int64_t client = 0;                                  ///< client id
  std::int64_t staff = 0;                                   ///< staff id (0: none)
  std::string channel = "call";                             ///< channel name
  std::int64_t started_ms = 0;                              ///< start
  std::int64_t duration_ms = 0;                             ///< length
  int csat = 0;                                             ///< 0: none
  const std::vector<rapport::Turn>* turns = nullptr;        ///< transcript (null: none, no FTS row)
  const rapport::quality::QualityReport* report = nullptr;  ///< analysis (stance etc., flags)
  double strain = 0;                                        ///< strain
};

/// The analysis row's `agent_markers` column: the agent's distinct markers, sorted, comma-joined.
std::string agent_markers(const rapport::quality::QualityReport& report);

/// The analysis row's `metrics` text both baselines write (the agent's talk share is kRawTalkShare).
extern const std::string kRawMetrics;
/// The agent's talk share in kRawMetrics, for PostgreSQL's talk_share column.
inline constexpr double kRawTalkShare = 0.5;

}  // namespace bench
