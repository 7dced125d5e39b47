#pragma once

// The relayed events as JSON text, and back (rapport/relay.hpp). The text is a
// NOTIFY payload, so it stays under PostgreSQL's 8000-byte limit.
#include <optional>
#include <string>
#include <string_view>

#include "rapport/events.hpp"

namespace rapport::relay {

/// Longest payload sent: PostgreSQL refuses 8000 bytes or more.
inline constexpr std::size_t kMaxPayload = 7900;

/// The event as a payload. AdversarialFlagged keeps the flags that fit, in
/// order (the full analysis stays readable by the interaction id).
std::string encode(const AdversarialFlagged& event);
/// The event as a payload.
std::string encode(const ClientDissatisfied& event);
/// The event as a payload.
std::string encode(const ConductLevelChanged& event);
/// The event as a payload.
std::string encode(const AgentStrainCrossed& event);

/// Publishes the event a payload holds on `bus`; false when the payload is
/// not one of ours (malformed, unknown type, another version).
bool publish_payload(std::string_view payload, const EventBus& bus);

}  // namespace rapport::relay
