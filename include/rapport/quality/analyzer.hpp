#pragma once

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "rapport/model/interaction.hpp"
#include "rapport/quality/config.hpp"
#include "rapport/quality/report.hpp"

namespace rapport::quality {

class Session;
struct Compiled;

/// Reads conversations and flags, with evidence, the markers of
/// docs/quality-markers.md in English, Russian, Ukrainian, Polish and Romanian
/// at once (one scan per turn, no language guessing).
///
/// Usable on its own, without a database. `analyze` is const and may be called
/// from many threads at once; the same input always gives the same report.
/// `add_rule` and `load_rules` may run while other threads analyze: an
/// analysis already under way keeps the rule set it started with.
class Analyzer {
 public:
  /// Builds an analyzer; throws ParseError if a built-in lexicon is malformed
  /// (a build defect) and InvalidArgument for a bad configuration.
  explicit Analyzer(AnalyzerConfig config = {});
  /// Copies share the compiled rules until one of them is extended.
  Analyzer(const Analyzer&);
  /// Assigns; shares the compiled rules.
  Analyzer& operator=(const Analyzer&);
  /// Moves.
  Analyzer(Analyzer&&) noexcept;
  /// Move-assigns.
  Analyzer& operator=(Analyzer&&) noexcept;
  /// Releases the rules when no Session uses them any more.
  ~Analyzer();

  /// Analyzes a whole conversation.
  [[nodiscard]] QualityReport analyze(std::span<const Turn> turns) const;
  /// Analyzes an interaction's turns.
  [[nodiscard]] QualityReport analyze(const Interaction& interaction) const;
  /// Starts an incremental analysis (a live chat); see Session.
  [[nodiscard]] Session start() const;

  /// Adds one rule in the rule-file syntax of docs/quality-markers.md, e.g.
  /// `add_rule("en", "blame agent 2 (your | ur) own fault")`. Throws ParseError
  /// (source "<rule>", column of the fault) or InvalidArgument (unknown marker).
  void add_rule(std::string_view lang, std::string_view line);
  /// Adds every rule of a rule file; its language is the file name's stem
  /// ("de.rules" -> "de"). Throws ParseError with file:line:column; on error no rule of the file is added.
  void load_rules(const std::string& path);
  /// Adds every rule of rule-file text; `source` names it in errors. All or nothing.
  void load_rules_text(std::string_view lang, std::string_view text, const std::string& source);

  /// Number of rules loaded (all languages, cues included).
  [[nodiscard]] std::size_t rule_count() const;
  /// Fingerprint of the rule set and thresholds; reports carry it so a stored
  /// score says which rules produced it.
  [[nodiscard]] std::string rules_version() const;
  /// The configuration it was built with.
  [[nodiscard]] const AnalyzerConfig& config() const;

 private:
  std::shared_ptr<const Compiled> snapshot() const;

  struct State;
  std::unique_ptr<State> state_;
};

/// An incremental analysis: feed turns as they happen, get the new flags.
///
/// `add` returns the lexical flags of the new turn plus the structural flags
/// that the new turn completes (an interruption, a repeated demand, a last
/// word, shouting). `finish` adds what only the whole conversation shows
/// (monologues, custom detectors) and returns a report equal to
/// `Analyzer::analyze` over the same turns. A Session keeps the rule set it
/// started with, outlives its Analyzer safely, and is not thread-safe.
class Session {
 public:
  /// Moves.
  Session(Session&&) noexcept;
  /// Move-assigns.
  Session& operator=(Session&&) noexcept;
  /// Releases the session.
  ~Session();

  /// Analyzes one more turn; returns the flags it produced.
  std::vector<Flag> add(const Turn& turn);
  /// The full report of all turns added so far (the session stays usable).
  [[nodiscard]] QualityReport finish() const;
  /// Turns added so far.
  [[nodiscard]] std::size_t size() const noexcept;

 private:
  friend class Analyzer;
  struct State;
  explicit Session(std::unique_ptr<State> state);
  std::unique_ptr<State> state_;
};

}  // namespace rapport::quality
