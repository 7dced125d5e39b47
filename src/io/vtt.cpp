// WebVTT as meeting tools export it. Zoom writes "Name: text" in the cue;
// Microsoft Teams writes "<v Name>text</v>". Consecutive cues of one speaker
// are joined into one turn, since tools split long speech at arbitrary points.
#include <charconv>

#include "rapport/error.hpp"
#include "rapport/io/transcript.hpp"
#include "text_turns.hpp"

namespace rapport::io {
namespace {

// hh:mm:ss.ttt or mm:ss.ttt -> milliseconds; nullopt when malformed.
std::optional<std::int64_t> parse_timestamp(std::string_view s) {
  std::int64_t fields[3] = {0, 0, 0};
  int count = 0;
  const auto dot = s.find('.');
  if (dot == std::string_view::npos || s.size() - dot - 1 != 3) return std::nullopt;
  std::string_view clock = s.substr(0, dot);
  std::size_t pos = 0;
  while (count < 3) {
    const auto colon = clock.find(':', pos);
    const std::string_view part = clock.substr(pos, colon == std::string_view::npos ? clock.size() - pos : colon - pos);
    if (part.size() < 2) return std::nullopt;
    std::int64_t v = 0;
    const auto [ptr, ec] = std::from_chars(part.data(), part.data() + part.size(), v);
    if (ec != std::errc{} || ptr != part.data() + part.size()) return std::nullopt;
    fields[count++] = v;
    if (colon == std::string_view::npos) break;
    pos = colon + 1;
  }
  std::int64_t ms = 0;
  const std::string_view frac = s.substr(dot + 1);
  const auto [ptr, ec] = std::from_chars(frac.data(), frac.data() + 3, ms);
  if (ec != std::errc{} || ptr != frac.data() + 3) return std::nullopt;
  if (count == 2) {
    if (fields[1] > 59) return std::nullopt;
    return (fields[0] * 60 + fields[1]) * 1000 + ms;
  }
  if (count == 3) {
    if (fields[1] > 59 || fields[2] > 59) return std::nullopt;
    return ((fields[0] * 60 + fields[1]) * 60 + fields[2]) * 1000 + ms;
  }
  return std::nullopt;
}

// Strips VTT tags (<c>, <i>, timestamps) except what identifies the voice.
std::string strip_tags(std::string_view s) {
  std::string out;
  bool in_tag = false;
  for (const char c : s) {
    if (c == '<')
      in_tag = true;
    else if (c == '>')
      in_tag = false;
    else if (!in_tag)
      out += c;
  }
  return out;
}

}  // namespace

std::vector<Turn> read_vtt(std::istream& in, const std::string& source, const RoleMap& roles) {
  std::vector<std::string> lines;
  for (std::string l; std::getline(in, l);) lines.push_back(std::move(l));
  if (!lines.empty() && lines[0].rfind("\xEF\xBB\xBF", 0) == 0) lines[0].erase(0, 3);  // byte-order mark
  const std::string_view header = lines.empty() ? std::string_view() : detail::trim(lines[0]);
  if (header.substr(0, 6) != "WEBVTT" || (header.size() > 6 && header[6] != ' ' && header[6] != '\t')) {
    throw ParseError(source, 1, 1, "not a WebVTT file: the first line must be 'WEBVTT'");
  }
  std::vector<Turn> turns;
  std::size_t i = 1;
  while (i < lines.size()) {
    const std::string_view line = detail::trim(lines[i]);
    if (line.empty()) {
      ++i;
      continue;
    }
    if (line.rfind("NOTE", 0) == 0 || line.rfind("STYLE", 0) == 0 || line.rfind("REGION", 0) == 0) {
      while (i < lines.size() && !detail::trim(lines[i]).empty()) ++i;  // skip the block
      continue;
    }
    // A cue: optional identifier line, then the timing line.
    std::size_t timing_line = i;
    if (line.find("-->") == std::string_view::npos) timing_line = i + 1;
    if (timing_line >= lines.size() || lines[timing_line].find("-->") == std::string::npos) {
      throw ParseError(source, timing_line + 1, 1, "expected a cue timing line 'start --> end'");
    }
    const std::string& timing = lines[timing_line];
    const auto arrow = timing.find("-->");
    const std::string_view start_text = detail::trim(std::string_view(timing).substr(0, arrow));
    std::string_view rest = detail::trim(std::string_view(timing).substr(arrow + 3));
    const std::string_view end_text = rest.substr(0, rest.find_first_of(" \t"));
    const auto start = parse_timestamp(start_text);
    const auto end = parse_timestamp(end_text);
    if (!start) throw ParseError(source, timing_line + 1, 1, "bad cue start time '" + std::string(start_text) + "'");
    const std::size_t end_column = static_cast<std::size_t>(end_text.data() - timing.data()) + 1;
    if (!end) {
      throw ParseError(source, timing_line + 1, end_column, "bad cue end time '" + std::string(end_text) + "'");
    }
    if (*end < *start) {
      throw ParseError(source, timing_line + 1, end_column,
                       "cue ends (" + std::string(end_text) + ") before it starts (" + std::string(start_text) + ")");
    }
    // Cue payload: lines up to a blank line.
    std::string payload;
    i = timing_line + 1;
    while (i < lines.size() && !detail::trim(lines[i]).empty()) {
      if (!payload.empty()) payload += '\n';
      payload += detail::trim(lines[i]);
      ++i;
    }
    std::string speaker;
    std::string text;
    if (payload.rfind("<v", 0) == 0 && payload.size() > 2 && (payload[2] == ' ' || payload[2] == '.')) {
      const auto close = payload.find('>');
      if (close == std::string::npos) throw ParseError(source, timing_line + 2, 1, "unclosed <v ...> voice tag");
      speaker = std::string(detail::trim(std::string_view(payload).substr(3, close - 3)));
      text = strip_tags(std::string_view(payload).substr(close + 1));
    } else if (auto named = detail::split_speaker(payload)) {
      speaker = named->name;
      text = strip_tags(named->text);
    } else {
      text = strip_tags(payload);
      if (!turns.empty()) speaker = turns.back().speaker;  // a speaker's speech continues
    }
    text = std::string(detail::trim(text));
    if (!turns.empty() && turns.back().speaker == speaker) {
      Turn& last = turns.back();
      last.text += (last.text.empty() ? "" : " ") + text;
      last.end_ms = std::max(*last.end_ms, *end);
      continue;
    }
    Turn t;
    t.speaker = speaker;
    t.role = speaker.empty() ? SpeakerRole::other : role_of(speaker, roles);
    t.text = text;
    t.start_ms = start;
    t.end_ms = end;
    turns.push_back(std::move(t));
  }
  return turns;
}

}  // namespace rapport::io
