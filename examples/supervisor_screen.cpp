// A supervisor screen on another machine: one application instance logs
// conversations and relays its events through PostgreSQL; the screen listens
// on its own connection and shows each fight as it is logged.
// Run: example_supervisor_screen postgresql://user:password@host/db
// (both ends run in this one program here; in production they are separate).
#include <fmt/core.h>

#include <rapport/rapport.hpp>

int main(int argc, char** argv) try {
  if (argc < 2 || !rapport::store::is_postgres_location(argv[1])) {
    fmt::print("usage: example_supervisor_screen postgresql://user:password@host/db (the relay needs PostgreSQL)\n");
    return 1;
  }
  const std::string database = argv[1];

  // The application server: relays its committed events while `relay` lives.
  rapport::Crm crm = rapport::Crm::open(database);
  rapport::EventRelay relay(crm);

  // The supervisor screen: its own connection, its own bus.
  rapport::RemoteEvents screen(database);
  auto on_fight = screen.events().on_adversarial([](const rapport::AdversarialFlagged& e) {
    fmt::print("supervisor screen: interaction {} with client {} is adversarial (stance {}/100)\n", e.interaction.value,
               e.client.value, e.stance);
    for (const auto& f : e.flags) fmt::print("  {}: \"{}\"\n", f.marker, f.evidence);
  });

  const auto client = crm.clients().add({.name = "Oksana Melnyk", .language = "uk"});
  crm.log_interaction({.client = client.id,
                       .channel = rapport::Channel::call,
                       .started_at = rapport::system_now(),
                       .turns = {{.role = rapport::SpeakerRole::client, .text = "The invoice is wrong again."},
                                 {.role = rapport::SpeakerRole::agent,
                                  .text = "Obviously you didn't read the terms, it's your own fault."}}});

  // An event loop would watch screen.socket(); this program just waits a moment.
  for (int tries = 0; tries < 50 && screen.poll(std::chrono::milliseconds(200)) == 0; ++tries) {
  }
  return 0;
} catch (const rapport::Error& e) {
  fmt::print(stderr, "example_supervisor_screen: {}\n", e.what());
  return 2;
}
