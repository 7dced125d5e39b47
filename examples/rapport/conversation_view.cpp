// Printing one analysed conversation for a person: flagged turns with the
// evidence highlighted (colour on a terminal, brackets otherwise), scores, talk metrics.
#include "conversation_view.hpp"

#include <cstdio>

namespace rapport::cli {
namespace {

// Terminal colours by marker kind; plain brackets when not a terminal.
struct Style {
  bool colour;
  std::string open(quality::MarkerKind kind, quality::Side side) const {
    if (!colour) return "[";
    if (kind == quality::MarkerKind::positive) return "\033[1;32m";
    if (kind == quality::MarkerKind::neutral) return "\033[1;36m";
    return side == quality::Side::agent ? "\033[1;31m" : "\033[1;33m";
  }
  std::string close() const { return colour ? "\033[0m" : "]"; }
  std::string bold(const std::string& s) const { return colour ? "\033[1m" + s + "\033[0m" : s; }
};

quality::MarkerKind kind_of(const quality::Analyzer& analyzer, const std::string& marker) {
  if (const auto m = quality::find_builtin_marker(marker)) return m->kind;
  for (const auto& m : analyzer.config().markers) {
    if (m.id == marker) return m.kind;
  }
  return quality::MarkerKind::neutral;
}

std::string seconds(std::int64_t ms) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f s", static_cast<double>(ms) / 1000.0);
  return buf;
}

}  // namespace

void print_conversation(const quality::Analyzer& analyzer, const std::string& title, std::span<const Turn> turns,
                        const quality::QualityReport& r, bool colour) {
  const Style style{colour};
  std::printf("%s\n", style.bold("== " + title + " (" + std::to_string(turns.size()) + " turns) ==").c_str());
  std::printf("stance %d/100   conduct %d/100   %s\n", r.stance, r.conduct,
              r.adversarial ? style.bold("ADVERSARIAL").c_str() : "not adversarial");
  for (std::size_t t = 0; t < turns.size(); ++t) {
    std::vector<const quality::Flag*> here;
    for (const auto& f : r.flags) {
      if (f.turn == t) here.push_back(&f);
    }
    if (here.empty()) continue;
    const Turn& turn = turns[t];
    // Highlight lexical evidence (non-overlapping, in order); structural flags are listed below the turn.
    std::string shown;
    std::size_t pos = 0;
    for (const auto* f : here) {
      if (f->lang.empty() || f->begin < pos || f->end > turn.text.size()) continue;
      shown += turn.text.substr(pos, f->begin - pos);
      shown += style.open(kind_of(analyzer, f->marker), f->side) + turn.text.substr(f->begin, f->end - f->begin) +
               style.close();
      pos = f->end;
    }
    shown += turn.text.substr(pos);
    const std::string who = std::string(to_string(turn.role)) + (turn.speaker.empty() ? "" : " (" + turn.speaker + ")");
    std::printf("  turn %zu %s: %s\n", t, who.c_str(), shown.c_str());
    for (const auto* f : here) {
      std::printf("      %s%s%s %s, severity %d%s%s\n", style.open(kind_of(analyzer, f->marker), f->side).c_str(),
                  f->marker.c_str(), style.close().c_str(), std::string(quality::to_string(f->side)).c_str(),
                  f->severity, f->lang.empty() ? "" : (", " + f->lang).c_str(),
                  f->lang.empty() ? (": " + f->evidence).c_str() : "");
    }
  }
  const auto& m = r.metrics;
  std::printf("  talk share: agent %.0f%%, client %.0f%% (by %s)\n", m.agent.talk_share * 100,
              m.client.talk_share * 100, m.timed ? "time" : "words");
  std::printf("  longest monologue: agent %zu words%s, client %zu words%s\n", m.agent.longest_monologue_words,
              m.timed ? (" / " + seconds(m.agent.longest_monologue_ms)).c_str() : "", m.client.longest_monologue_words,
              m.timed ? (" / " + seconds(m.client.longest_monologue_ms)).c_str() : "");
  std::printf("  interruptions: agent %zu, client %zu   questions: agent %zu, client %zu\n", m.agent.interruptions,
              m.client.interruptions, m.agent.questions, m.client.questions);
  if (m.agent_response_ms) {
    std::printf("  agent response gap: mean %s, longest %s\n", seconds(*m.agent_response_ms).c_str(),
                seconds(*m.agent_max_response_ms).c_str());
  }
  std::printf("\n");
}

}  // namespace rapport::cli
