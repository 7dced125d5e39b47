// The analysis columns both raw baselines derive the same way.
#include "raw_interaction.hpp"

#include <set>

namespace bench {

const std::string kRawMetrics =
    R"({"agent":{"talk_share":0.5,"words":40},"client":{"talk_share":0.5,"words":40},"timed":false})";

std::string agent_markers(const rapport::quality::QualityReport& report) {
  std::set<std::string> markers;
  for (const auto& f : report.flags) {
    if (f.side == rapport::quality::Side::agent) markers.insert(f.marker);
  }
  std::string joined;
  for (const auto& m : markers) joined += (joined.empty() ? "" : ",") + m;
  return joined;
}

}  // namespace bench
