// A custom detector: the host plugs in its own check (here a rule of the
// business; it could call an ML model) under its own marker id. Its flags count
// in the scores and reach hooks like built-in ones.
#include <fmt/core.h>

#include <string_view>

#include <rapport/quality/analyzer.hpp>

int main() {
  rapport::quality::AnalyzerConfig config;
  // The business forbids promising delivery dates: a staff-side marker.
  config.detectors.push_back(
      {{"promised_date", rapport::quality::MarkerKind::staff_adversarial, "agent promised a delivery date"},
       [](std::span<const rapport::Turn> turns) {
         std::vector<rapport::quality::Flag> flags;
         for (std::size_t i = 0; i < turns.size(); ++i) {
           if (turns[i].role != rapport::SpeakerRole::agent) continue;
           const std::string_view text = turns[i].text;
           const auto at = text.find("guarantee");
           if (at == std::string_view::npos) continue;
           flags.push_back({.marker = "promised_date",
                            .side = rapport::quality::Side::agent,
                            .turn = i,
                            .begin = at,
                            .end = at + 9,
                            .evidence = std::string(text.substr(at, 9)),
                            .severity = 2});
         }
         return flags;
       }});
  const rapport::quality::Analyzer analyzer(config);
  const rapport::Turn turns[] = {
      {.role = rapport::SpeakerRole::client, .text = "When will it arrive?"},
      {.role = rapport::SpeakerRole::agent, .text = "I guarantee it will be there on Friday."},
  };
  const auto report = analyzer.analyze(turns);
  for (const auto& f : report.flags) fmt::print("{} in turn {}: \"{}\"\n", f.marker, f.turn, f.evidence);
  fmt::print("stance {}/100\n", report.stance);
}
