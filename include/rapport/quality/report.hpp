#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "rapport/quality/marker.hpp"

namespace rapport::quality {

/// One piece of evidence: a marker found in one turn.
struct Flag {
  std::string marker;       ///< marker id, e.g. "blame"
  Side side = Side::agent;  ///< whose behaviour it is
  std::size_t turn = 0;     ///< index of the turn it was found in
  std::size_t begin = 0;    ///< byte offset of the evidence in that turn's ORIGINAL text
  std::size_t end = 0;      ///< one past the last byte of the evidence
  std::string evidence{};   ///< the matched text, or the structural reason ("overlaps previous turn by 800 ms")
  std::string lang{};       ///< language of the rule that fired ("en", ...); "" for structural and custom flags
  int severity = 1;         ///< 1 mild, 2 clear, 3 severe

  /// Equal when every member is equal.
  bool operator==(const Flag&) const = default;
};

/// Talk-pattern figures of one side.
struct SideMetrics {
  double talk_share = 0;                    ///< 0..1 of all talk (by time when every turn has times, else by words)
  std::size_t words = 0;                    ///< words spoken
  std::int64_t talk_ms = 0;                 ///< milliseconds spoken (0 without timestamps)
  std::size_t longest_monologue_words = 0;  ///< longest run of consecutive turns, in words
  std::int64_t longest_monologue_ms = 0;    ///< the same run in milliseconds (0 without timestamps)
  std::size_t interruptions = 0;            ///< times this side cut the other off
  std::size_t questions = 0;                ///< sentences ending in '?'

  /// Equal when every member is equal.
  bool operator==(const SideMetrics&) const = default;
};

/// Talk-pattern figures of a conversation.
struct TalkMetrics {
  SideMetrics agent;                                    ///< the staff side
  SideMetrics client;                                   ///< the client side
  bool timed = false;                                   ///< every agent/client turn had start and end times
  std::optional<std::int64_t> agent_response_ms{};      ///< mean gap from a client turn's end to the agent's reply
  std::optional<std::int64_t> agent_max_response_ms{};  ///< the longest such gap (patience)

  /// Equal when every member is equal.
  bool operator==(const TalkMetrics&) const = default;
};

/// The analysis of one conversation.
struct QualityReport {
  std::vector<Flag> flags;      ///< by turn, then position, then marker
  int stance = 50;              ///< 0..100: 50 neutral, up with positive markers, down with staff adversarial ones
  int conduct = 100;            ///< 0..100: 100 a courteous client, down with client markers
  bool adversarial = false;     ///< stance under the threshold, or a high-severity staff marker
  TalkMetrics metrics;          ///< talk share, monologues, interruptions, questions, response gap
  std::string rules_version{};  ///< fingerprint of the rule set that produced this report

  /// Equal when every member is equal.
  bool operator==(const QualityReport&) const = default;
};

}  // namespace rapport::quality
