// Plain transcripts: "Name: text" per line, optional [hh:mm:ss] start times.
#include <charconv>

#include "rapport/error.hpp"
#include "rapport/io/transcript.hpp"
#include "text_turns.hpp"

namespace rapport::io {
namespace {

// "[01:02:03] " or "[02:03] " at the start of a line: the turn's start time.
std::optional<std::int64_t> leading_time(std::string_view& line) {
  if (line.empty() || line.front() != '[') return std::nullopt;
  const auto close = line.find(']');
  if (close == std::string_view::npos) return std::nullopt;
  const std::string_view inside = line.substr(1, close - 1);
  std::int64_t parts[3] = {0, 0, 0};
  int count = 0;
  std::size_t pos = 0;
  while (pos <= inside.size() && count < 3) {
    const auto colon = inside.find(':', pos);
    const std::string_view part =
        inside.substr(pos, colon == std::string_view::npos ? inside.size() - pos : colon - pos);
    std::int64_t v = 0;
    const auto [ptr, ec] = std::from_chars(part.data(), part.data() + part.size(), v);
    if (ec != std::errc{} || ptr != part.data() + part.size() || part.empty()) return std::nullopt;
    parts[count++] = v;
    if (colon == std::string_view::npos) break;
    pos = colon + 1;
  }
  if (count < 2) return std::nullopt;
  const std::int64_t seconds = count == 3 ? parts[0] * 3600 + parts[1] * 60 + parts[2] : parts[0] * 60 + parts[1];
  line = detail::trim(line.substr(close + 1));
  return seconds * 1000;
}

}  // namespace

std::vector<Turn> read_plain(std::istream& in, const std::string& source, const RoleMap& roles) {
  std::vector<Turn> turns;
  std::string raw;
  std::size_t line_no = 0;
  while (std::getline(in, raw)) {
    ++line_no;
    std::string_view line = detail::trim(raw);
    if (line.empty()) continue;
    const auto start = leading_time(line);
    if (auto named = detail::split_speaker(line)) {
      Turn t;
      t.speaker = named->name;
      t.role = role_of(named->name, roles);
      t.text = named->text;
      t.start_ms = start;
      turns.push_back(std::move(t));
      continue;
    }
    if (turns.empty()) {
      throw ParseError(source, line_no, 1,
                       "expected 'Name: text' to start the transcript, got '" + std::string(line.substr(0, 60)) + "'");
    }
    turns.back().text += (turns.back().text.empty() ? "" : "\n") + std::string(line);
  }
  return turns;
}

}  // namespace rapport::io
