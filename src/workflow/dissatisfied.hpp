#pragma once

#include <string>

#include "rapport/events.hpp"

namespace rapport::workflow {

/// Publishes that a client looks dissatisfied; what happens next (by default a
/// retention case) is up to the hooks.
inline void publish_dissatisfied(const EventBus& events, ClientId client, SignalKind kind, std::string source,
                                 std::string detail, Timestamp at) {
  events.publish(ClientDissatisfied{client, DissatisfactionSignal{kind, std::move(source), std::move(detail), at}});
}

}  // namespace rapport::workflow
