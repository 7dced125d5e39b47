// Scores and talk metrics. Scores saturate (1 - e^-x) so that one more flag
// in an already bad conversation moves the score less than the first one,
// and are normalised by the number of turns of the side concerned.
#include <algorithm>
#include <cmath>

#include "turn_analysis.hpp"

namespace rapport::quality::detail {
namespace {

// Severity points per five turns of a side at which a score has moved ~63% of its way.
constexpr double kScale = 3.0;

double saturate(double points) { return 1.0 - std::exp(-points / kScale); }

int clamp_score(double value) { return static_cast<int>(std::lround(std::clamp(value, 0.0, 100.0))); }

void talk_metrics(std::span<const Turn> turns, std::span<const TurnNotes> notes, const std::vector<Flag>& flags,
                  TalkMetrics& m) {
  m.timed = !turns.empty();
  for (std::size_t i = 0; i < turns.size(); ++i) {
    if (side_of(turns[i].role) && !(turns[i].start_ms && turns[i].end_ms)) m.timed = false;
  }
  // Per side: words, time, questions, longest run of consecutive turns.
  std::optional<Side> run_side;
  std::size_t run_words = 0;
  std::int64_t run_ms = 0;
  for (std::size_t i = 0; i < turns.size(); ++i) {
    const auto side = side_of(turns[i].role);
    if (!side) continue;
    SideMetrics& s = *side == Side::agent ? m.agent : m.client;
    const std::int64_t ms = m.timed ? *turns[i].end_ms - *turns[i].start_ms : 0;
    s.words += notes[i].words;
    s.talk_ms += ms;
    s.questions += notes[i].questions;
    if (run_side != side) {
      run_side = side;
      run_words = 0;
      run_ms = 0;
    }
    run_words += notes[i].words;
    run_ms += ms;
    s.longest_monologue_words = std::max(s.longest_monologue_words, run_words);
    s.longest_monologue_ms = std::max(s.longest_monologue_ms, run_ms);
  }
  const double agent_total = m.timed ? static_cast<double>(m.agent.talk_ms) : static_cast<double>(m.agent.words);
  const double client_total = m.timed ? static_cast<double>(m.client.talk_ms) : static_cast<double>(m.client.words);
  if (agent_total + client_total > 0) {
    m.agent.talk_share = agent_total / (agent_total + client_total);
    m.client.talk_share = client_total / (agent_total + client_total);
  }
  for (const auto& f : flags) {
    if (f.marker == "interrupting") (f.side == Side::agent ? m.agent : m.client).interruptions++;
  }
  // Patience: how long the agent takes to answer a client turn.
  std::int64_t total_gap = 0, max_gap = 0, gaps = 0;
  for (std::size_t i = 1; i < turns.size(); ++i) {
    const Turn& prev = turns[i - 1];
    const Turn& cur = turns[i];
    if (prev.role != SpeakerRole::client || cur.role != SpeakerRole::agent) continue;
    if (!prev.end_ms || !cur.start_ms) continue;
    const std::int64_t gap = std::max<std::int64_t>(0, *cur.start_ms - *prev.end_ms);
    total_gap += gap;
    max_gap = std::max(max_gap, gap);
    ++gaps;
  }
  if (gaps > 0) {
    m.agent_response_ms = total_gap / gaps;
    m.agent_max_response_ms = max_gap;
  }
}

}  // namespace

void score(const Compiled& compiled, std::span<const Turn> turns, std::span<const TurnNotes> notes,
           QualityReport& report) {
  double positive = 0, staff_negative = 0, client_negative = 0;
  bool high_severity = false;
  for (const auto& f : report.flags) {
    const auto it = compiled.kinds.find(f.marker);
    const MarkerKind kind = it == compiled.kinds.end() ? MarkerKind::neutral : it->second;
    if (kind == MarkerKind::neutral) continue;
    if (kind == MarkerKind::positive) {
      if (f.side == Side::agent) positive += f.severity;
      continue;
    }
    // A negative marker counts against whoever showed it.
    if (f.side == Side::agent) {
      staff_negative += f.severity;
      high_severity |= f.severity >= compiled.config.high_severity;
    } else {
      client_negative += f.severity;
    }
  }
  std::size_t agent_turns = 0, client_turns = 0;
  for (const auto& n : notes) {
    agent_turns += n.role == SpeakerRole::agent ? 1 : 0;
    client_turns += n.role == SpeakerRole::client ? 1 : 0;
  }
  // Long conversations gather more flags; five turns of a side count as one unit.
  const double agent_units = std::max(1.0, static_cast<double>(agent_turns) / 5.0);
  const double client_units = std::max(1.0, static_cast<double>(client_turns) / 5.0);
  report.stance =
      clamp_score(50.0 + 50.0 * saturate(positive / agent_units) - 50.0 * saturate(staff_negative / agent_units));
  report.conduct = clamp_score(100.0 - 100.0 * saturate(client_negative / client_units));
  report.adversarial = report.stance < compiled.config.adversarial_threshold || high_severity;
  talk_metrics(turns, notes, report.flags, report.metrics);
}

}  // namespace rapport::quality::detail
