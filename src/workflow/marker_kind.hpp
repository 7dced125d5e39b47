#pragma once

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

}  // namespace rapport::workflow
