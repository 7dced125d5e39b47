// Helpers shared by the plain-text and WebVTT readers.
#include "text_turns.hpp"

#include <cctype>

namespace rapport::io::detail {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::optional<NamedText> split_speaker(std::string_view line) {
  const auto colon = line.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 60) return std::nullopt;
  const std::string_view name = trim(line.substr(0, colon));
  if (name.empty()) return std::nullopt;
  // A speaker name holds no sentence punctuation, and is not a clock time ("10:30").
  bool has_letter = false;
  for (const char c : name) {
    if (c == '.' && name.size() > 3) continue;  // "Dr. Smith"
    if (c == '!' || c == '?' || c == ',' || c == ';' || c == '"' || c == '(' || c == '[' || c == '<') {
      return std::nullopt;
    }
    has_letter |= static_cast<unsigned char>(c) >= 0x80 || std::isalpha(static_cast<unsigned char>(c)) != 0;
  }
  if (!has_letter) return std::nullopt;
  return NamedText{std::string(name), std::string(trim(line.substr(colon + 1)))};
}

}  // namespace rapport::io::detail
