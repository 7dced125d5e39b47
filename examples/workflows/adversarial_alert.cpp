// A hook on adversarial interactions: the host program is told, with evidence,
// when an employee fought a client instead of serving them.
// Usage: adversarial_alert [DB_PATH]   (default: an in-memory database)
#include <fmt/core.h>

#include <rapport/rapport.hpp>

int main(int argc, char** argv) {
  rapport::Crm crm = rapport::Crm::open(argc > 1 ? argv[1] : ":memory:");
  rapport::Client c;
  c.name = "Piotr Zielinski";
  const auto client = crm.clients().add(c);

  // The subscription disconnects when `alert` goes out of scope.
  auto alert = crm.events().on_adversarial([](const rapport::AdversarialFlagged& e) {
    fmt::print("interaction {}: stance {}/100\n", rapport::to_string(e.interaction), e.stance);
    for (const auto& flag : e.flags) fmt::print("  {}: \"{}\"\n", flag.marker, flag.evidence);
  });
  // A hook that throws does not undo the write or stop other hooks; its error lands here.
  crm.events().on_hook_error([](const rapport::HookError& e) { fmt::print("a {} hook failed\n", e.event); });

  rapport::Interaction chat;
  chat.client = client.id;
  chat.channel = rapport::Channel::chat;
  chat.started_at = rapport::system_now();
  chat.turns = {{rapport::SpeakerRole::client, "Piotr", "The app logs me out every hour.", std::nullopt, std::nullopt},
                {rapport::SpeakerRole::agent, "Agent", "Obviously you didn't read the FAQ, it's your own fault.",
                 std::nullopt, std::nullopt}};
  const auto logged = crm.log_interaction(chat);
  fmt::print("stored as interaction {}, rules {}\n", rapport::to_string(logged.interaction.id),
             logged.quality.rules_version);
}
