// Thompson construction per rule, epsilon elimination, and one merged start
// state indexed by token atom; matching steps the live partial matches, one
// cached move per token.
#include "automaton.hpp"

#include <algorithm>
#include <atomic>

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

std::atomic<std::uint64_t> g_next_serial{1};

}  // namespace

Automaton::Automaton(const std::vector<RuleSpec>& rules) : serial_(g_next_serial.fetch_add(1)) {
  std::vector<std::vector<Edge>> state_edges;
  std::vector<std::vector<std::uint32_t>> root(0);
  for (std::size_t r = 0; r < rules.size(); ++r) {
    Nfa nfa;
    const std::uint32_t start = nfa.add();
    // Builds `node` from state `from`; returns the state where it ends.
    const auto build = [&](auto&& self, const PatternNode& node, std::uint32_t from) -> std::uint32_t {
      switch (node.kind) {
        case PatternNode::Kind::word:
        case PatternNode::Kind::prefix: {
          const std::uint32_t atom = node.kind == PatternNode::Kind::word ? words_.add_word(node.text, atom_count_)
                                                                          : words_.add_prefix(node.text, atom_count_);
          if (atom == atom_count_) ++atom_count_;
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
    state_edges.resize(states_.size());
    std::vector<std::uint32_t> stack;
    std::vector<char> in_closure(nfa.nodes.size());
    for (std::uint32_t n = 0; n < nfa.nodes.size(); ++n) {
      std::fill(in_closure.begin(), in_closure.end(), 0);
      stack.assign(1, n);
      in_closure[n] = 1;
      while (!stack.empty()) {
        const std::uint32_t s = stack.back();
        stack.pop_back();
        if (s == final_state) states_[base + n].accept = static_cast<std::int32_t>(r);
        for (const auto& [atom, to] : nfa.nodes[s].edges) state_edges[base + n].push_back({atom, base + to});
        for (const std::uint32_t e : nfa.nodes[s].epsilon) {
          if (!in_closure[e]) {
            in_closure[e] = 1;
            stack.push_back(e);
          }
        }
      }
    }
    // The rule's start state is folded into the shared root.
    for (const Edge& e : state_edges[base + start]) {
      if (e.atom == kAny) {
        root_any_.push_back(e.target);
      } else {
        if (root.size() <= e.atom) root.resize(e.atom + 1);
        root[e.atom].push_back(e.target);
      }
    }
    state_edges[base + start].clear();
  }
  words_.finish();

  // Flat arrays: one allocation each instead of one per state.
  for (std::size_t s = 0; s < states_.size(); ++s) {
    states_[s].edge_begin = static_cast<std::uint32_t>(edges_.size());
    edges_.insert(edges_.end(), state_edges[s].begin(), state_edges[s].end());
    states_[s].edge_end = static_cast<std::uint32_t>(edges_.size());
  }
  root.resize(atom_count_);
  root_begin_.push_back(0);
  for (const auto& targets : root) {
    root_targets_.insert(root_targets_.end(), targets.begin(), targets.end());
    root_begin_.push_back(static_cast<std::uint32_t>(root_targets_.size()));
  }
}

std::uint32_t Automaton::step(std::uint32_t from, std::uint32_t list, Scratch& scratch) const {
  if (++scratch.generation == 0) {  // wrapped: reset the marks
    std::fill(scratch.seen.begin(), scratch.seen.end(), 0);
    scratch.generation = 1;
  }
  const std::span<const std::uint32_t> atoms = words_.atoms(list);
  scratch.live.clear();
  const auto push = [&](std::uint32_t state, std::uint32_t age) {
    if (scratch.seen[state] == scratch.generation) return;  // the earliest start wins
    scratch.seen[state] = scratch.generation;
    scratch.live.push_back({state, age});
  };
  for (const MoveCache::Live& l : scratch.moves.live(from)) {
    const State& state = states_[l.state];
    for (std::uint32_t k = state.edge_begin; k < state.edge_end; ++k) {
      const Edge& e = edges_[k];
      if (e.atom == kAny || std::find(atoms.begin(), atoms.end(), e.atom) != atoms.end()) push(e.target, l.age + 1);
    }
  }
  for (const std::uint32_t atom : atoms) {
    for (std::uint32_t k = root_begin_[atom]; k < root_begin_[atom + 1]; ++k) push(root_targets_[k], 0);
  }
  for (const std::uint32_t target : root_any_) push(target, 0);
  scratch.accepts.clear();
  for (const MoveCache::Live& l : scratch.live) {
    if (states_[l.state].accept >= 0)
      scratch.accepts.push_back({static_cast<std::uint32_t>(states_[l.state].accept), l.age});
  }
  return scratch.moves.add(from, list, scratch.live, scratch.accepts);
}

void Automaton::match(const TokenizedText& text, Scratch& scratch, std::vector<Match>& out) const {
  if (scratch.automaton != serial_) {
    scratch.moves.clear();
    scratch.words.clear();
    scratch.seen.assign(states_.size(), 0);
    scratch.generation = 0;
    scratch.automaton = serial_;
  }
  std::uint32_t config = MoveCache::kStart;
  std::uint32_t sentence = 0;
  for (std::uint32_t i = 0; i < text.tokens.size(); ++i) {
    const Token& token = text.tokens[i];
    if (token.sentence != sentence) {  // matches never cross a sentence end
      config = MoveCache::kStart;
      sentence = token.sentence;
    }
    const std::string_view word = text.word(i);
    std::uint32_t list = scratch.words.find(word);
    if (list == WordCache::kMiss) {
      list = words_.list_of(word);
      scratch.words.add(word, list);
    }
    std::uint32_t next = scratch.moves.move(config, list);
    if (next == MoveCache::kUnknown) next = step(config, list, scratch);
    for (const MoveCache::Accept& a : scratch.moves.accepts(next)) out.push_back({a.rule, i - a.age, i});
    config = next;
  }
}

}  // namespace rapport::quality::detail
