#pragma once

#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "automaton.hpp"
#include "rapport/quality/config.hpp"
#include "rule_parser.hpp"

namespace rapport::quality {

/// An immutable, shareable rule set: what an analysis runs on. Analyzer swaps
/// in a new one when rules are added; Sessions keep the one they started with.
/// The function words of one language that the negation guard needs.
struct LanguageWords {
  std::unordered_set<std::string> negators;  ///< "not", "не", "nie", "nu", ...
  std::unordered_set<std::string>
      complementizers;  ///< "that", "что", "що", "że", "că": a comma before them keeps the guard
};

/// Per-language function words, by language code.
using LanguageTable = std::map<std::string, LanguageWords>;

struct Compiled {
  AnalyzerConfig config;
  std::vector<detail::RuleSpec> rules;
  LanguageTable languages;                            ///< negators and complementizers by language
  std::unordered_map<std::string, MarkerKind> kinds;  ///< every marker id a flag may carry
  std::unique_ptr<detail::Automaton> automaton;
  std::string fingerprint;

  /// Compiles rules and language words; checks every rule's marker id is known.
  Compiled(AnalyzerConfig config, std::vector<detail::RuleSpec> rules, LanguageTable languages);
};

/// The signal marker of client turns that give up or close the conversation
/// ("fine, whatever", "forget it"); it feeds `last_word` and is never reported.
inline constexpr std::string_view kGiveUpSignal = "give_up";

}  // namespace rapport::quality
