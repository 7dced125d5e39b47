// Lexical flags: the automaton's raw matches, filtered by side, quotation,
// tone-annotation and the negation guard, then reduced to non-overlapping
// evidence per marker.
#include <algorithm>

#include "turn_analysis.hpp"

namespace rapport::quality::detail {
namespace {

// How many words before a phrase the negation guard looks at (complementizers
// such as "that"/"что" do not count).
constexpr std::size_t kNegationWindow = 4;

bool reads(const RuleSides& sides, Side speaker) {
  return speaker == Side::agent ? sides.reads_agent : sides.reads_client;
}

// "I'm not saying it's your fault", "Я не кажу, що це ваша провина": a negator
// shortly before the phrase, in the same clause or across a comma that
// introduces a "that"-clause, suppresses it.
bool negated(const Compiled& compiled, const RuleSpec& rule, const TokenizedText& text, std::uint32_t first) {
  const auto it = compiled.languages.find(rule.lang);
  if (it == compiled.languages.end()) return false;
  const LanguageWords& words = it->second;
  const Token& start = text.tokens[first];
  std::uint32_t clause = start.clause;
  std::size_t counted = 0;
  for (std::uint32_t j = first; j-- > 0 && counted < kNegationWindow;) {
    const Token& t = text.tokens[j];
    if (t.sentence != start.sentence) break;
    if (t.clause != clause) {
      if (!words.complementizers.contains(std::string(text.word(j + 1)))) break;
      clause = t.clause;
    }
    const std::string w(text.word(j));
    if (words.complementizers.contains(w)) continue;
    if (words.negators.contains(w)) return true;
    ++counted;
  }
  return false;
}

bool ends_cut_off(std::string_view text) {
  while (!text.empty() && (text.back() == ' ' || text.back() == '\n' || text.back() == '\r')) text.remove_suffix(1);
  return text.ends_with("--") || text.ends_with("\u2014") || text.ends_with("\u2013") || text.ends_with("-");
}

}  // namespace

std::optional<Side> side_of(SpeakerRole role) {
  if (role == SpeakerRole::agent) return Side::agent;
  if (role == SpeakerRole::client) return Side::client;
  return std::nullopt;
}

void lexical_flags(const Compiled& compiled, const Turn& turn, std::size_t index, Workspace& work, TurnNotes& notes,
                   bool want_stems, std::vector<Flag>& flags) {
  notes = TurnNotes{};
  notes.role = turn.role;
  tokenize(turn.text, work.tokens);
  const TokenizedText& text = work.tokens;
  notes.capitals = text.capitals;
  for (const auto& t : text.tokens) notes.words += t.annotation ? 0 : 1;
  // Only not_listening reads stems, and only a client's.
  if (want_stems && turn.role == SpeakerRole::client) notes.stems.assign(text);
  notes.cut_off = ends_cut_off(turn.text);
  for (std::size_t i = 0; i < turn.text.size(); ++i) {
    if (turn.text[i] == '?' && (i + 1 == turn.text.size() || turn.text[i + 1] != '?')) ++notes.questions;
  }

  const auto speaker = side_of(turn.role);
  if (!speaker) return;
  work.matches.clear();
  compiled.automaton->match(text, work.scratch, work.matches);

  struct Candidate {
    const RuleSpec* rule;
    std::uint32_t first, last;
  };
  std::vector<Candidate> candidates;
  for (const auto& m : work.matches) {
    const RuleSpec& rule = compiled.rules[m.rule];
    if (!reads(rule.sides, *speaker)) continue;
    bool quoted = false, outside_annotation = false;
    for (std::uint32_t t = m.first; t <= m.last; ++t) {
      quoted |= text.tokens[t].quoted;
      outside_annotation |= !text.tokens[t].annotation;
    }
    if (quoted || (rule.cue && outside_annotation)) continue;
    if (negated(compiled, rule, text, m.first)) continue;
    if (rule.marker == kGiveUpSignal) {
      notes.give_up = true;
      continue;
    }
    candidates.push_back({&rule, m.first, m.last});
  }
  // Per marker: leftmost first, longest at each start, heaviest rule on ties.
  std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
    if (a.rule->marker != b.rule->marker) return a.rule->marker < b.rule->marker;
    if (a.first != b.first) return a.first < b.first;
    if (a.last != b.last) return a.last > b.last;
    if (a.rule->weight != b.rule->weight) return a.rule->weight > b.rule->weight;
    return a.rule->lang < b.rule->lang;
  });
  const std::string* marker = nullptr;
  std::uint32_t covered_until = 0;
  for (const auto& c : candidates) {
    if (marker == nullptr || *marker != c.rule->marker) {
      marker = &c.rule->marker;
      covered_until = 0;
    } else if (c.first < covered_until) {
      continue;
    }
    covered_until = c.last + 1;
    Flag f;
    f.marker = c.rule->marker;
    f.side = c.rule->sides.attribute_to_speaker ? *speaker : c.rule->sides.attributed;
    f.turn = index;
    f.begin = text.tokens[c.first].byte_begin;
    f.end = text.tokens[c.last].byte_end;
    f.evidence = turn.text.substr(f.begin, f.end - f.begin);
    f.lang = c.rule->lang;
    f.severity = c.rule->weight;
    const auto kind = compiled.kinds.find(f.marker);
    if (kind != compiled.kinds.end() && kind->second == MarkerKind::positive && f.side == Side::agent) {
      notes.has_positive = true;
    }
    flags.push_back(std::move(f));
  }
}

}  // namespace rapport::quality::detail
