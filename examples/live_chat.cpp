// Live chat: analyse each message as it arrives, so a supervisor screen can
// react while the conversation is still going. No database needed.
#include <fmt/core.h>

#include <rapport/quality/analyzer.hpp>

int main() {
  const rapport::quality::Analyzer analyzer;  // en, ru, uk, pl, ro built in
  rapport::quality::Session chat = analyzer.start();

  const rapport::Turn messages[] = {
      {.role = rapport::SpeakerRole::client, .text = "Dzień dobry, zamówienie nie dotarło."},
      {.role = rapport::SpeakerRole::agent, .text = "Dzień dobry, przepraszam za kłopot. Sprawdzę to od razu."},
      {.role = rapport::SpeakerRole::client, .text = "You people are useless idiots."},
      {.role = rapport::SpeakerRole::agent, .text = "I understand how frustrating this is."},
  };
  for (const auto& message : messages) {
    fmt::print("{:>6}: {}\n", rapport::to_string(message.role), message.text);
    for (const auto& f : chat.add(message)) {  // only the flags this message produced
      fmt::print("        -> {} ({}, severity {})\n", f.marker, rapport::quality::to_string(f.side), f.severity);
    }
  }
  const auto report = chat.finish();
  fmt::print("stance {}/100, conduct {}/100\n", report.stance, report.conduct);
}
