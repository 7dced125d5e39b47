#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include <string_view>

#include "rapport/quality/config.hpp"
#include "rapport/quality/marker.hpp"

namespace rapport::workflow {

/// How a marker id counts: built-in markers by the contract, host markers by
/// their declaration (rules or custom detectors); unknown ids are neutral.
inline quality::MarkerKind marker_kind(std::string_view id, const quality::AnalyzerConfig& config) {
  if (auto m = quality::find_builtin_marker(id)) return m->kind;
  for (const auto& m : config.markers) {
    if (m.id == id) return m.kind;
  }
  for (const auto& d : config.detectors) {
    if (d.marker.id == id) return d.marker.kind;
  }
  return quality::MarkerKind::neutral;
}

/// Every marker id known to `config` (built-in and host) of one kind.
inline std::vector<std::string> markers_of_kind(quality::MarkerKind kind, const quality::AnalyzerConfig& config) {
  std::vector<std::string> ids;
  auto add = [&](const quality::MarkerInfo& m) {
    if (m.kind == kind && std::find(ids.begin(), ids.end(), m.id) == ids.end()) ids.push_back(m.id);
  };
  for (const auto& m : quality::builtin_markers()) add(m);
  for (const auto& m : config.markers) add(m);
  for (const auto& d : config.detectors) add(d.marker);
  return ids;
}

}  // namespace rapport::workflow
