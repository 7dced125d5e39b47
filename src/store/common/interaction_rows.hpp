#pragma once

// What both stores read and audit of an interaction: the same columns in the
// same order (each store's row reader follows it) and the same audit summary.
#include <string>

#include "rapport/model/interaction.hpp"

namespace rapport::store {

/// The interaction columns every read selects (table alias i), in reading order.
inline constexpr const char* kInteractionColumns =
    "i.id, i.client_id, i.staff_id, i.channel, i.direction, i.started_ms, i.duration_ms, i.subject, i.outcome, i.csat";
/// How many columns kInteractionColumns holds: the turn columns follow them.
inline constexpr int kInteractionColumnCount = 10;
/// The turn columns (table alias t), in reading order.
inline constexpr const char* kTurnColumns = "t.role, t.speaker, t.text, t.start_ms, t.end_ms";

/// The audit log's one-line description of an interaction ("call with client 3, 4 turns").
inline std::string interaction_summary(const Interaction& in) {
  return std::string(to_string(in.channel)) + " with client " + to_string(in.client) + ", " +
         std::to_string(in.turns.size()) + " turns";
}

}  // namespace rapport::store
