#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rapport::quality {

/// Whose behaviour a flag describes.
enum class Side { agent, client };

/// How a marker counts in the scores.
enum class MarkerKind {
  staff_adversarial,  ///< "I win – you lose" on the staff side: lowers `stance`
  client_conduct,     ///< difficult client conduct: lowers `conduct`
  positive,           ///< "client wins – business wins": raises `stance`
  neutral,            ///< recorded, not scored (e.g. self_deprecation, talk-pattern signals)
};

/// A marker of the contract (docs/quality-markers.md) or one the host defined.
struct MarkerInfo {
  std::string id;                         ///< stable id, e.g. "blame"
  MarkerKind kind = MarkerKind::neutral;  ///< how it is scored
  std::string description{};              ///< one line, for reports and --help
};

/// The built-in markers, in contract order.
const std::vector<MarkerInfo>& builtin_markers();

/// The built-in marker with this id, if it is one.
std::optional<MarkerInfo> find_builtin_marker(std::string_view id);

/// "agent" or "client".
std::string_view to_string(Side side) noexcept;
/// "staff_adversarial", "client_conduct", "positive" or "neutral".
std::string_view to_string(MarkerKind kind) noexcept;

}  // namespace rapport::quality
