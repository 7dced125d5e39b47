// Detectors for what words alone cannot show: raised voice in capitals,
// interruptions, the last word after the client gave up, repeated demands,
// monologues.
#include <algorithm>
#include <cmath>

#include "turn_analysis.hpp"

namespace rapport::quality::detail {
namespace {

struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
};

Flag make_flag(std::string marker, Side side, std::size_t turn, Span span, std::string evidence, int severity) {
  Flag f;
  f.marker = std::move(marker);
  f.side = side;
  f.turn = turn;
  f.begin = span.begin;
  f.end = span.end;
  f.evidence = std::move(evidence);
  f.severity = severity;
  return f;
}

// Words written in capitals that carry most of the turn's letters: a raised
// voice. Acronyms (PIN, IBAN, SMS) in a normal sentence hold too small a share.
std::optional<Span> capitals_run(const Capitals& caps, const StructuralConfig& config) {
  if (caps.words < config.shouting_min_caps_words || caps.letters == 0) return std::nullopt;
  if (static_cast<double>(caps.upper_letters) / static_cast<double>(caps.letters) < config.shouting_caps_share) {
    return std::nullopt;
  }
  return Span{caps.begin, caps.end};
}

// The first sentence of a turn, as evidence for whole-turn behaviours.
Span first_sentence(std::string_view text) {
  const auto end = text.find_first_of(".!?\n");
  return Span{0, end == std::string_view::npos ? text.size() : end + 1};
}

double overlap_share(const StemSet& a, const StemSet& b) {
  return static_cast<double>(a.common_with(b)) / static_cast<double>(std::min(a.size(), b.size()));
}

bool timed(const Turn& t) { return t.start_ms && t.end_ms; }

std::int64_t median(std::vector<std::int64_t> values) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  return values[values.size() / 2];
}

}  // namespace

void structural_flags(const Compiled& compiled, std::span<const Turn> turns, std::span<const TurnNotes> notes,
                      std::size_t i, std::vector<Flag>& flags) {
  const StructuralConfig& config = compiled.config.structural;
  const Turn& turn = turns[i];
  const auto side = side_of(turn.role);
  if (!side) return;

  // Raised voice in writing: capitals, and for a client also '!' or '?' (capitals
  // alone are as often enthusiasm or emphasis). An agent who writes in capitals
  // shows superiority whatever the punctuation.
  if (const auto caps = capitals_run(notes[i].capitals, config)) {
    const bool exclaims = turn.text.find_first_of("!?") != std::string::npos;
    const std::string evidence = turn.text.substr(caps->begin, caps->end - caps->begin);
    if (*side == Side::agent) {
      flags.push_back(make_flag("superior_tone", Side::agent, i, *caps, evidence, 2));
    } else if (exclaims) {
      flags.push_back(make_flag("shouting", Side::client, i, *caps, evidence, 2));
    }
  }

  // Interrupting: this turn starts well before the other side's previous turn
  // ends, or that turn was cut off mid-sentence.
  if (i > 0) {
    const Turn& prev = turns[i - 1];
    const auto prev_side = side_of(prev.role);
    if (prev_side && *prev_side != *side) {
      const bool overlaps =
          timed(prev) && turn.start_ms && *prev.end_ms - *turn.start_ms >= config.interrupt_overlap_ms;
      if (overlaps || notes[i - 1].cut_off) {
        const std::string evidence = overlaps
                                         ? "starts " + std::to_string(*prev.end_ms - *turn.start_ms) +
                                               " ms before the " + std::string(to_string(*prev_side)) + " finished"
                                         : "the " + std::string(to_string(*prev_side)) + "'s turn before was cut off";
        flags.push_back(make_flag("interrupting", *side, i, first_sentence(turn.text), evidence, 1));
      }
    }
  }

  // Last word: the client gave up or closed, and the agent pressed on with a
  // rebuttal instead of a kind word.
  if (*side == Side::agent && i > 0 && notes[i - 1].role == SpeakerRole::client && notes[i - 1].give_up &&
      !notes[i].has_positive && notes[i].words >= 3) {
    const Span span = first_sentence(turn.text);
    flags.push_back(
        make_flag("last_word", Side::agent, i, span, turn.text.substr(span.begin, span.end - span.begin), 2));
  }

  // Not listening: the client repeats an earlier demand although the agent answered in between.
  if (*side == Side::client && notes[i].stems.size() >= config.repeat_min_words) {
    bool agent_between = false;
    for (std::size_t j = i; j-- > 0;) {
      if (notes[j].role == SpeakerRole::agent) {
        agent_between = true;
        continue;
      }
      if (notes[j].role != SpeakerRole::client || !agent_between) continue;
      if (notes[j].stems.size() >= config.repeat_min_words &&
          overlap_share(notes[i].stems, notes[j].stems) >= config.repeat_similarity) {
        flags.push_back(make_flag("not_listening", Side::client, i, Span{0, turn.text.size()},
                                  "repeats the demand of turn " + std::to_string(j), 1));
        break;
      }
    }
  }
}

bool demands_comparable(std::span<const Turn> turns) {
  bool client = false, agent_after_client = false;
  for (const Turn& t : turns) {
    if (t.role == SpeakerRole::client) {
      if (agent_after_client) return true;
      client = true;
    } else if (t.role == SpeakerRole::agent && client) {
      agent_after_client = true;
    }
  }
  return false;
}

std::vector<Flag> monologue_flags(const StructuralConfig& config, std::span<const Turn> turns,
                                  std::span<const TurnNotes> notes) {
  std::vector<Flag> flags;
  const bool all_timed =
      std::all_of(turns.begin(), turns.end(), [](const Turn& t) { return !side_of(t.role) || timed(t); });
  // Runs of consecutive turns of one side.
  struct Run {
    std::size_t first, last;
    Side side;
  };
  std::vector<Run> runs;
  for (std::size_t i = 0; i < turns.size(); ++i) {
    const auto side = side_of(turns[i].role);
    if (!side) continue;
    if (!runs.empty() && runs.back().side == *side && runs.back().last + 1 == i) {
      runs.back().last = i;
    } else {
      runs.push_back({i, i, *side});
    }
  }
  if (runs.size() < 2) return flags;  // nobody else to compare with
  for (std::size_t r = 0; r < runs.size(); ++r) {
    const Run& run = runs[r];
    std::int64_t size = 0;
    std::vector<std::int64_t> others;
    for (std::size_t o = 0; o < runs.size(); ++o) {
      std::int64_t value = 0;
      for (std::size_t t = runs[o].first; t <= runs[o].last; ++t) {
        value += all_timed ? *turns[t].end_ms - *turns[t].start_ms : static_cast<std::int64_t>(notes[t].words);
      }
      if (o == r)
        size = value;
      else
        others.push_back(value);
    }
    const std::int64_t norm = std::max<std::int64_t>(median(others), 1);
    const std::int64_t minimum =
        all_timed ? config.monologue_min_ms : static_cast<std::int64_t>(config.monologue_min_words);
    if (size < minimum || static_cast<double>(size) < config.monologue_ratio * static_cast<double>(norm)) continue;
    const std::string evidence =
        all_timed ? std::to_string(size / 1000) + " s at a stretch (typical turn " + std::to_string(norm / 1000) + " s)"
                  : std::to_string(size) + " words at a stretch (typical turn " + std::to_string(norm) + " words)";
    flags.push_back(make_flag("monologue", run.side, run.first, Span{0, turns[run.first].text.size()}, evidence, 1));
  }
  return flags;
}

}  // namespace rapport::quality::detail
