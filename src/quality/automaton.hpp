#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "move_cache.hpp"
#include "rule_parser.hpp"
#include "tokenizer.hpp"
#include "word_cache.hpp"
#include "word_trie.hpp"

namespace rapport::quality::detail {

/// All rules of all languages compiled into one automaton over normalised
/// tokens. A turn is scanned once: each token is looked up once (one walk of
/// the rule-word trie gives its atoms) and advances every live partial match
/// at the same time, so the cost grows with the text, not the number of
/// rules. The moves are determinised lazily (MoveCache), so a token usually
/// costs one table look-up.
class Automaton {
 public:
  /// A rule that reached its end: rule index and first/last token (inclusive).
  struct Match {
    std::uint32_t rule = 0;
    std::uint32_t first = 0;
    std::uint32_t last = 0;
  };

  /// Reusable buffers and the cache of determinised moves; one per thread or
  /// session. Follows whichever automaton it is used with.
  struct Scratch {
    std::uint64_t automaton = 0;  ///< serial of the automaton `moves` was computed for
    MoveCache moves;
    WordCache words;
    std::vector<MoveCache::Live> live;
    std::vector<MoveCache::Accept> accepts;
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

  struct Edge {
    std::uint32_t atom;
    std::uint32_t target;
  };
  struct State {
    std::uint32_t edge_begin = 0;  // edges_[edge_begin, edge_end)
    std::uint32_t edge_end = 0;
    std::int32_t accept = -1;  // rule index when a match ends here
  };

  /// One step of the partial matches of `from` over a token with atom list
  /// `list`, recorded in the scratch's cache; returns the configuration reached.
  std::uint32_t step(std::uint32_t from, std::uint32_t list, Scratch& scratch) const;

  std::uint64_t serial_;  // tells scratches of different automata apart
  WordTrie words_;
  std::uint32_t atom_count_ = 0;
  std::vector<State> states_;
  std::vector<Edge> edges_;
  std::vector<std::uint32_t> root_begin_;    // atom -> root_targets_[root_begin_[atom], root_begin_[atom + 1])
  std::vector<std::uint32_t> root_targets_;  // states a match can start in, by atom
  std::vector<std::uint32_t> root_any_;      // states reached from the start by any token
};

}  // namespace rapport::quality::detail
