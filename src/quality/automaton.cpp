// Thompson construction per rule, epsilon elimination, and one merged start
// state indexed by token atom.
#include "automaton.hpp"

#include <algorithm>

namespace rapport::quality::detail {
namespace {

// A rule's NFA with epsilon moves, before elimination.
struct Nfa {
  struct Node {
    std::vector<std::pair<std::uint32_t, std::uint32_t>> edges;  // (atom, target)
    std::vector<std::uint32_t> epsilon;
  };
  std::vector<Node> nodes;
  std::uint32_t add() {
    nodes.emplace_back();
    return static_cast<std::uint32_t>(nodes.size() - 1);
  }
};

}  // namespace

std::uint32_t Automaton::word_atom(const std::string& word) {
  const auto [it, inserted] = words_.emplace(word, atom_count_);
  if (inserted) ++atom_count_;
  return it->second;
}

std::uint32_t Automaton::prefix_atom(const std::string& prefix) {
  std::uint32_t node = 0;
  for (const char ch : prefix) {
    const auto c = static_cast<unsigned char>(ch);
    auto& kids = trie_[node].children;
    auto it = std::find_if(kids.begin(), kids.end(), [c](const auto& k) { return k.first == c; });
    if (it == kids.end()) {
      trie_.emplace_back();
      trie_[node].children.emplace_back(c, static_cast<std::uint32_t>(trie_.size() - 1));
      node = static_cast<std::uint32_t>(trie_.size() - 1);
    } else {
      node = it->second;
    }
  }
  if (trie_[node].atom == kNone) trie_[node].atom = atom_count_++;
  return trie_[node].atom;
}

void Automaton::atoms_of(std::string_view word, std::vector<std::uint32_t>& atoms) const {
  atoms.clear();
  if (const auto it = words_.find(word); it != words_.end()) atoms.push_back(it->second);
  std::uint32_t node = 0;
  for (const char ch : word) {
    const auto c = static_cast<unsigned char>(ch);
    const auto& kids = trie_[node].children;
    const auto it = std::find_if(kids.begin(), kids.end(), [c](const auto& k) { return k.first == c; });
    if (it == kids.end()) return;
    node = it->second;
    if (trie_[node].atom != kNone) atoms.push_back(trie_[node].atom);
  }
}

Automaton::Automaton(const std::vector<RuleSpec>& rules) {
  trie_.emplace_back();  // root
  for (std::size_t r = 0; r < rules.size(); ++r) {
    Nfa nfa;
    const std::uint32_t start = nfa.add();
    // Builds `node` from state `from`; returns the state where it ends.
    const auto build = [&](auto&& self, const PatternNode& node, std::uint32_t from) -> std::uint32_t {
      switch (node.kind) {
        case PatternNode::Kind::word:
        case PatternNode::Kind::prefix: {
          const std::uint32_t atom =
              node.kind == PatternNode::Kind::word ? word_atom(node.text) : prefix_atom(node.text);
          const std::uint32_t to = nfa.add();
          nfa.nodes[from].edges.emplace_back(atom, to);
          return to;
        }
        case PatternNode::Kind::gap: {
          const std::uint32_t end = nfa.add();
          nfa.nodes[from].epsilon.push_back(end);
          std::uint32_t cur = from;
          for (int k = 0; k < node.gap; ++k) {
            const std::uint32_t to = nfa.add();
            nfa.nodes[cur].edges.emplace_back(kAny, to);
            nfa.nodes[to].epsilon.push_back(end);
            cur = to;
          }
          return end;
        }
        case PatternNode::Kind::sequence: {
          std::uint32_t cur = from;
          for (const auto& child : node.children) cur = self(self, child, cur);
          return cur;
        }
        case PatternNode::Kind::alternatives: {
          const std::uint32_t end = nfa.add();
          for (const auto& child : node.children) {
            const std::uint32_t e = self(self, child, from);
            nfa.nodes[e].epsilon.push_back(end);
          }
          return end;
        }
        case PatternNode::Kind::optional: {
          const std::uint32_t e = self(self, node.children.front(), from);
          nfa.nodes[from].epsilon.push_back(e);
          return e;
        }
      }
      return from;
    };
    const std::uint32_t final_state = build(build, rules[r].pattern, start);

    // Epsilon elimination: each NFA node becomes a state carrying the edges of
    // everything reachable from it by epsilon moves.
    const auto base = static_cast<std::uint32_t>(states_.size());
    states_.resize(states_.size() + nfa.nodes.size());
    std::vector<std::uint32_t> stack;
    std::vector<char> in_closure(nfa.nodes.size());
    for (std::uint32_t n = 0; n < nfa.nodes.size(); ++n) {
      std::fill(in_closure.begin(), in_closure.end(), 0);
      stack.assign(1, n);
      in_closure[n] = 1;
      State& state = states_[base + n];
      while (!stack.empty()) {
        const std::uint32_t s = stack.back();
        stack.pop_back();
        if (s == final_state) state.accept = static_cast<std::int32_t>(r);
        for (const auto& [atom, to] : nfa.nodes[s].edges) state.edges.push_back({atom, base + to});
        for (const std::uint32_t e : nfa.nodes[s].epsilon) {
          if (!in_closure[e]) {
            in_closure[e] = 1;
            stack.push_back(e);
          }
        }
      }
    }
    // The rule's start state is folded into the shared root.
    for (const Edge& e : states_[base + start].edges) {
      if (e.atom == kAny) {
        root_any_.push_back(e.target);
      } else {
        if (root_.size() <= e.atom) root_.resize(e.atom + 1);
        root_[e.atom].push_back(e.target);
      }
    }
    states_[base + start].edges.clear();
  }
  root_.resize(atom_count_);
  for (auto& s : states_) s.edges.shrink_to_fit();
}

void Automaton::match(const TokenizedText& text, Scratch& scratch, std::vector<Match>& out) const {
  if (scratch.seen.size() != states_.size()) {
    scratch.seen.assign(states_.size(), 0);
    scratch.generation = 0;
  }
  scratch.current.clear();
  std::uint32_t sentence = 0;
  for (std::uint32_t i = 0; i < text.tokens.size(); ++i) {
    const Token& token = text.tokens[i];
    if (token.sentence != sentence) {  // matches never cross a sentence end
      scratch.current.clear();
      sentence = token.sentence;
    }
    atoms_of(text.word(i), scratch.atoms);
    if (++scratch.generation == 0) {  // wrapped: reset the marks
      std::fill(scratch.seen.begin(), scratch.seen.end(), 0);
      scratch.generation = 1;
    }
    scratch.next.clear();
    const auto push = [&](std::uint32_t state, std::uint32_t first) {
      if (scratch.seen[state] == scratch.generation) return;  // the earliest start wins
      scratch.seen[state] = scratch.generation;
      scratch.next.emplace_back(state, first);
    };
    for (const auto& [state, first] : scratch.current) {
      for (const Edge& e : states_[state].edges) {
        if (e.atom == kAny || std::find(scratch.atoms.begin(), scratch.atoms.end(), e.atom) != scratch.atoms.end()) {
          push(e.target, first);
        }
      }
    }
    for (const std::uint32_t atom : scratch.atoms) {
      for (const std::uint32_t target : root_[atom]) push(target, i);
    }
    for (const std::uint32_t target : root_any_) push(target, i);
    for (const auto& [state, first] : scratch.next) {
      if (states_[state].accept >= 0) out.push_back({static_cast<std::uint32_t>(states_[state].accept), first, i});
    }
    std::swap(scratch.current, scratch.next);
  }
}

}  // namespace rapport::quality::detail
