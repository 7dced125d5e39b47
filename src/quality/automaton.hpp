#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "rule_parser.hpp"
#include "tokenizer.hpp"

namespace rapport::quality::detail {

/// All rules of all languages compiled into one automaton over normalised
/// tokens. A turn is scanned once: each token is looked up once (a hash for
/// whole words, a trie walk for prefixes) and advances every live partial
/// match at the same time, so the cost grows with the text, not the number
/// of rules.
class Automaton {
 public:
  /// A rule that reached its end: rule index and first/last token (inclusive).
  struct Match {
    std::uint32_t rule = 0;
    std::uint32_t first = 0;
    std::uint32_t last = 0;
  };

  /// Reusable buffers for match(); one per thread or session.
  struct Scratch {
    std::vector<std::uint32_t> atoms;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> current, next;  // (state, first token)
    std::vector<std::uint32_t> seen;
    std::uint32_t generation = 0;
  };

  /// Compiles `rules` (indexes into it are the Match::rule values).
  explicit Automaton(const std::vector<RuleSpec>& rules);

  /// Appends to `out` every match of every rule in `text`, within sentences.
  void match(const TokenizedText& text, Scratch& scratch, std::vector<Match>& out) const;

  /// Number of automaton states (for the benchmark's memory figures).
  [[nodiscard]] std::size_t state_count() const noexcept { return states_.size(); }

 private:
  static constexpr std::uint32_t kAny = 0xFFFFFFFFu;
  static constexpr std::uint32_t kNone = 0xFFFFFFFFu;

  struct Edge {
    std::uint32_t atom;
    std::uint32_t target;
  };
  struct State {
    std::vector<Edge> edges;
    std::int32_t accept = -1;  // rule index when a match ends here
  };
  struct TrieNode {
    std::uint32_t atom = kNone;
    std::vector<std::pair<unsigned char, std::uint32_t>> children;
  };
  struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
  };

  std::uint32_t word_atom(const std::string& word);
  std::uint32_t prefix_atom(const std::string& prefix);
  void atoms_of(std::string_view word, std::vector<std::uint32_t>& atoms) const;

  std::unordered_map<std::string, std::uint32_t, StringHash, std::equal_to<>> words_;
  std::vector<TrieNode> trie_;
  std::uint32_t atom_count_ = 0;
  std::vector<State> states_;
  std::vector<std::vector<std::uint32_t>> root_;  // atom -> states a match can start in
  std::vector<std::uint32_t> root_any_;           // states reached from the start by any token
};

}  // namespace rapport::quality::detail
