// The marker ids of docs/quality-markers.md: stable API.
#include "rapport/quality/marker.hpp"

namespace rapport::quality {

const std::vector<MarkerInfo>& builtin_markers() {
  static const std::vector<MarkerInfo> markers = {
      {"blame", MarkerKind::staff_adversarial, "blames the client, even for trifles"},
      {"expose_ignorance", MarkerKind::staff_adversarial, "stresses what the client does not know"},
      {"last_word", MarkerKind::staff_adversarial, "must have the last word; pushes the client into a corner"},
      {"nitpick", MarkerKind::staff_adversarial, "corrects the client on details that do not matter"},
      {"argue", MarkerKind::staff_adversarial, "jumps into a dispute to win it"},
      {"put_in_place", MarkerKind::staff_adversarial, "puts the client in their place, condescends, dismisses"},
      {"superior_tone", MarkerKind::staff_adversarial, "superiority through tone: sighs, laughs, shouting"},
      {"insult", MarkerKind::client_conduct, "insults, profanity or abuse aimed at staff"},
      {"threat", MarkerKind::client_conduct, "threatens complaints, authorities, courts or reviews"},
      {"entitlement", MarkerKind::client_conduct, "'the customer is king', wants everything for free"},
      {"shouting", MarkerKind::client_conduct, "raises the tone: capitals, '!!!', tone annotations"},
      {"interrupting", MarkerKind::client_conduct, "cuts the other side off (either side)"},
      {"monologue", MarkerKind::client_conduct, "talks at length without letting the other side in (either side)"},
      {"not_listening", MarkerKind::client_conduct, "repeats the same demand, ignores the answers"},
      {"empathy", MarkerKind::positive, "sees the client's worry"},
      {"acknowledgement", MarkerKind::positive, "shows the request matters"},
      {"apology", MarkerKind::positive, "owns the inconvenience"},
      {"gratitude", MarkerKind::positive, "thanks the client"},
      {"tactful_explanation", MarkerKind::positive, "explains a client's mistake gently"},
      {"concession", MarkerKind::positive, "gives way where the business can"},
      {"self_deprecation", MarkerKind::neutral, "humiliates oneself: service without dignity"},
  };
  return markers;
}

std::optional<MarkerInfo> find_builtin_marker(std::string_view id) {
  for (const auto& m : builtin_markers()) {
    if (m.id == id) return m;
  }
  return std::nullopt;
}

std::string_view to_string(Side side) noexcept { return side == Side::agent ? "agent" : "client"; }

std::string_view to_string(MarkerKind kind) noexcept {
  switch (kind) {
    case MarkerKind::staff_adversarial:
      return "staff_adversarial";
    case MarkerKind::client_conduct:
      return "client_conduct";
    case MarkerKind::positive:
      return "positive";
    case MarkerKind::neutral:
      return "neutral";
  }
  return "?";
}

}  // namespace rapport::quality
