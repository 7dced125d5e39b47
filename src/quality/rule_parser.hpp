#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "rapport/quality/marker.hpp"

namespace rapport::quality::detail {

/// A node of a parsed pattern (docs/quality-markers.md).
struct PatternNode {
  enum class Kind { word, prefix, gap, sequence, alternatives, optional };
  Kind kind = Kind::sequence;
  std::string text{};                   ///< normalised word or prefix (word, prefix)
  int gap = 0;                          ///< 1..6 (gap)
  std::vector<PatternNode> children{};  ///< sequence items, alternatives, or the optional's sequence
};

/// Which turns a rule reads and whom its flag blames.
struct RuleSides {
  bool reads_agent = false;          ///< matches agent turns
  bool reads_client = false;         ///< matches client turns
  bool attribute_to_speaker = true;  ///< flag side = the turn's speaker
  Side attributed = Side::agent;     ///< otherwise this side
};

/// One rule as parsed from a line.
struct RuleSpec {
  std::string marker;
  RuleSides sides;
  int weight = 1;
  PatternNode pattern;
  std::string lang;
  bool cue = false;    ///< a tone-annotation cue: matches only inside [..], (..), *..*
  std::string source;  ///< "file:line" for messages
  std::string text;    ///< the original line (fingerprints)
};

/// What a rule file contributes.
struct RuleFile {
  std::vector<RuleSpec> rules;
  std::vector<std::string> negators;         ///< normalised negation words
  std::vector<std::string> complementizers;  ///< "that", "что", "що", "że", "că": keep a negation across a comma
};

/// Parses rule-file text of language `lang`. `source` names it in ParseError
/// messages ("en.rules:12:5: ..."); `first_line` numbers its first line.
/// Throws ParseError at the first malformed line.
RuleFile parse_rule_text(std::string_view lang, std::string_view text, const std::string& source,
                         std::size_t first_line = 1);

/// Parses one pattern (for tests and add_rule); `column` is the 1-based column
/// of the pattern in its line, for error positions.
PatternNode parse_pattern(std::string_view pattern, const std::string& source, std::size_t line, std::size_t column);

}  // namespace rapport::quality::detail
