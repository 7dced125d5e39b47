#pragma once

#include <istream>
#include <string>
#include <vector>

#include "rapport/model/interaction.hpp"

namespace rapport::io {

/// Which speaker names are staff. Names compare case-insensitively (ASCII) after trimming.
struct RoleMap {
  std::vector<std::string> staff;            ///< names of agents ("Olena", "Support Bot")
  SpeakerRole others = SpeakerRole::client;  ///< the role of every other named speaker
};

/// One conversation of a JSON Lines file (the format of the analyzer's data sets).
struct Conversation {
  std::string id;                    ///< the input's "id", if it had one
  std::string lang;                  ///< the input's "lang", if it had one
  std::vector<Turn> turns;           ///< the turns
  std::vector<std::string> markers;  ///< the input's labelled "markers", if any
};

/// Reads JSON Lines: one object per line with "turns": [{"speaker": "agent"|"client"|"other"|<name>,
/// "text": "...", "start_ms"?: n, "end_ms"?: n}, ...] and optional "id", "lang", "markers".
/// Blank lines are skipped. A speaker that is not a role name is resolved with `roles`.
/// Throws ParseError (source:line:column) on malformed JSON or fields; nothing is returned then.
std::vector<Conversation> read_jsonl(std::istream& in, const std::string& source, const RoleMap& roles = {});

/// Reads a plain transcript: one turn per line as "Name: text"; a line without
/// "Name:" continues the previous turn. Optional "[hh:mm:ss] " or "[mm:ss] "
/// prefixes give start times. Throws ParseError on text before the first speaker.
std::vector<Turn> read_plain(std::istream& in, const std::string& source, const RoleMap& roles);

/// Reads WebVTT as Zoom ("Name: text" cue text) and Microsoft Teams
/// ("<v Name>text</v>") write it; cue timings become start_ms/end_ms.
/// Throws ParseError with line and column on a missing header or a bad timing line.
std::vector<Turn> read_vtt(std::istream& in, const std::string& source, const RoleMap& roles);

/// The role of `name` under `roles` ("agent", "client", "other" are taken literally).
SpeakerRole role_of(const std::string& name, const RoleMap& roles);

}  // namespace rapport::io
