#pragma once

#include <algorithm>
#include <cstdint>
#include <map>
#include <span>
#include <string_view>
#include <vector>

namespace rapport::quality::detail {

/// The rule words (whole words and prefix stems) of all rules in one byte
/// trie. One walk over a token gives every atom the token carries: the atom
/// of the whole word, then the atoms of the stems it starts with, shortest
/// first. Equal atom sequences share one list id, so that the automaton can
/// key its cached moves on a single number per token.
class WordTrie {
 public:
  static constexpr std::uint32_t kNoAtoms = 0;  ///< the list id of a token that no rule word names

  WordTrie();

  /// The atom of whole word `word`: the one it already has, else `fresh_atom`.
  std::uint32_t add_word(std::string_view word, std::uint32_t fresh_atom);
  /// The atom of prefix stem `prefix`: the one it already has, else `fresh_atom`.
  std::uint32_t add_prefix(std::string_view prefix, std::uint32_t fresh_atom);
  /// Computes every node's atom lists; call once, after the last add_*.
  void finish();

  /// The id of the atom list of `word` (a normalised token).
  [[nodiscard]] std::uint32_t list_of(std::string_view word) const noexcept {
    std::uint32_t node = 0;
    for (const char ch : word) {
      const auto c = static_cast<unsigned char>(ch);
      const Node& n = nodes_[node];
      const unsigned char* first = child_bytes_.data() + n.first_child;
      const unsigned char* last = first + n.child_count;
      const unsigned char* it = first;
      while (it != last && *it != c) ++it;
      if (it == last) return n.fall_list;
      node = child_nodes_[n.first_child + static_cast<std::uint32_t>(it - first)];
    }
    return nodes_[node].end_list;
  }
  /// The atoms of list `id`, in the order the automaton consumes them.
  [[nodiscard]] std::span<const std::uint32_t> atoms(std::uint32_t id) const noexcept {
    return std::span(list_atoms_).subspan(list_begin_[id], list_begin_[id + 1] - list_begin_[id]);
  }

  static constexpr std::uint32_t kNone = 0xFFFFFFFFu;

 private:
  struct Node {
    std::uint32_t first_child = 0;  // into child_bytes_ / child_nodes_
    std::uint32_t child_count = 0;
    std::uint32_t word = kNone;          // atom of the whole word ending here
    std::uint32_t prefix = kNone;        // atom of the prefix stem ending here
    std::uint32_t fall_list = kNoAtoms;  // the token leaves the trie below this node
    std::uint32_t end_list = kNoAtoms;   // the token ends at this node
  };
  struct BuildNode {
    std::vector<std::pair<unsigned char, std::uint32_t>> children;
  };

  std::uint32_t insert(std::string_view text);

  std::vector<Node> nodes_;
  std::vector<BuildNode> build_;  // children while adding; finish() flattens them
  std::vector<unsigned char> child_bytes_;
  std::vector<std::uint32_t> child_nodes_;
  std::vector<std::uint32_t> list_atoms_;
  std::vector<std::uint32_t> list_begin_;  // list i is list_atoms_[list_begin_[i], list_begin_[i + 1])
};

// ---- implementation ----------------------------------------------------------

inline WordTrie::WordTrie() : nodes_(1), build_(1), list_begin_{0, 0} {}  // the root; list 0 is empty

inline std::uint32_t WordTrie::insert(std::string_view text) {
  std::uint32_t node = 0;
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    auto& kids = build_[node].children;
    const auto it = std::find_if(kids.begin(), kids.end(), [c](const auto& k) { return k.first == c; });
    if (it != kids.end()) {
      node = it->second;
      continue;
    }
    const auto child = static_cast<std::uint32_t>(nodes_.size());
    kids.emplace_back(c, child);
    nodes_.emplace_back();
    build_.emplace_back();
    node = child;
  }
  return node;
}

inline std::uint32_t WordTrie::add_word(std::string_view word, std::uint32_t fresh_atom) {
  Node& n = nodes_[insert(word)];
  if (n.word == kNone) n.word = fresh_atom;
  return n.word;
}

inline std::uint32_t WordTrie::add_prefix(std::string_view prefix, std::uint32_t fresh_atom) {
  Node& n = nodes_[insert(prefix)];
  if (n.prefix == kNone) n.prefix = fresh_atom;
  return n.prefix;
}

inline void WordTrie::finish() {
  std::map<std::vector<std::uint32_t>, std::uint32_t> ids{{{}, kNoAtoms}};
  const auto intern = [&](const std::vector<std::uint32_t>& atoms) {
    const auto [it, inserted] = ids.emplace(atoms, static_cast<std::uint32_t>(list_begin_.size() - 1));
    if (inserted) {
      list_atoms_.insert(list_atoms_.end(), atoms.begin(), atoms.end());
      list_begin_.push_back(static_cast<std::uint32_t>(list_atoms_.size()));
    }
    return it->second;
  };
  // Depth first, carrying the stems met on the way down (shortest first).
  std::vector<std::uint32_t> stems;
  std::vector<std::uint32_t> with_word;
  const auto visit = [&](auto&& self, std::uint32_t node) -> void {
    Node& n = nodes_[node];
    // The root stands for the empty stem, which a token walk never reports.
    const bool stem = node != 0 && n.prefix != kNone;
    if (stem) stems.push_back(n.prefix);
    n.fall_list = intern(stems);
    if (n.word != kNone) {
      with_word.assign(1, n.word);
      with_word.insert(with_word.end(), stems.begin(), stems.end());
      n.end_list = intern(with_word);
    } else {
      n.end_list = n.fall_list;
    }
    for (const auto& [c, child] : build_[node].children) self(self, child);
    if (stem) stems.pop_back();
  };
  visit(visit, 0);

  for (std::uint32_t node = 0; node < nodes_.size(); ++node) {
    auto& kids = build_[node].children;
    std::sort(kids.begin(), kids.end());
    nodes_[node].first_child = static_cast<std::uint32_t>(child_bytes_.size());
    nodes_[node].child_count = static_cast<std::uint32_t>(kids.size());
    for (const auto& [c, child] : kids) {
      child_bytes_.push_back(c);
      child_nodes_.push_back(child);
    }
  }
  build_.clear();
  build_.shrink_to_fit();
}

}  // namespace rapport::quality::detail
