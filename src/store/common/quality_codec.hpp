#pragma once

// How both stores keep an analysis's talk metrics and the agent's marker set.
#include <string>

#include "rapport/quality/report.hpp"

namespace rapport::store {

/// The metrics as one JSON text: reports never filter on them, and a new
/// figure does not need a migration.
std::string metrics_text(const quality::TalkMetrics& metrics);
/// The metrics of a metrics_text(); throws on text that is not one.
quality::TalkMetrics metrics_from(const std::string& text);
/// The agent's distinct markers, sorted and comma-joined: the key the agent-day
/// aggregates group by, so a report can count interactions with any of a set of
/// markers without reading the flags.
std::string agent_marker_set(const quality::QualityReport& report);
/// "agent" or "client" back to a side (anything else reads as client).
quality::Side side_from_text(const std::string& text);

}  // namespace rapport::store
