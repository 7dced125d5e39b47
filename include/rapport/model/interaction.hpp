#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rapport/model/ids.hpp"
#include "rapport/model/time.hpp"

namespace rapport {

/// How the conversation took place.
enum class Channel { call, chat, email, meeting, visit, message };

/// Who started it: the client (inbound) or the business (outbound).
enum class Direction { inbound, outbound };

/// Who speaks a turn.
enum class SpeakerRole { agent, client, other };

/// One utterance of a conversation.
struct Turn {
  SpeakerRole role = SpeakerRole::client;  ///< agent, client or other
  std::string speaker{};                   ///< display name, may be empty
  std::string text{};                      ///< UTF-8
  std::optional<std::int64_t> start_ms{};  ///< offset from the start of the conversation
  std::optional<std::int64_t> end_ms{};    ///< must not be before start_ms

  /// Equal when every member is equal.
  bool operator==(const Turn&) const = default;
};

/// A conversation or contact between the business and a client.
struct Interaction {
  InteractionId id{};                        ///< assigned by the store
  ClientId client{};                         ///< must exist
  std::optional<StaffId> staff{};            ///< the handling staff member, if any
  Channel channel = Channel::call;           ///< medium
  Direction direction = Direction::inbound;  ///< who initiated it
  Timestamp started_at{};                    ///< when it began
  std::chrono::milliseconds duration{0};     ///< length; not negative
  std::string subject{};                     ///< short title, may be empty
  std::vector<Turn> turns{};                 ///< the transcript, in order
  std::string outcome{};                     ///< free text result
  std::optional<int> csat{};                 ///< customer satisfaction 1..5

  /// Equal when every member is equal.
  bool operator==(const Interaction&) const = default;
};

/// Text name of a channel ("call", "chat", ...).
std::string_view to_string(Channel channel) noexcept;
/// Text name of a direction ("inbound", "outbound").
std::string_view to_string(Direction direction) noexcept;
/// Text name of a speaker role ("agent", "client", "other").
std::string_view to_string(SpeakerRole role) noexcept;
/// Parses a channel name; throws InvalidArgument naming the text otherwise.
Channel parse_channel(std::string_view text);
/// Parses a direction name; throws InvalidArgument naming the text otherwise.
Direction parse_direction(std::string_view text);
/// Parses a speaker role name; throws InvalidArgument naming the text otherwise.
SpeakerRole parse_speaker_role(std::string_view text);

}  // namespace rapport
