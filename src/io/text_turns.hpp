#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace rapport::io::detail {

/// "Name: text" split into name and text, when the line starts with a
/// plausible speaker name (1-60 bytes, no sentence punctuation) and a colon.
struct NamedText {
  std::string name;
  std::string text;
};
std::optional<NamedText> split_speaker(std::string_view line);

/// The line without surrounding white space.
std::string_view trim(std::string_view s);

}  // namespace rapport::io::detail
