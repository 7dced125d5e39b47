// The smallest useful rapport program: open a database, add a client, log a
// call and print what the analyzer found in it. Run: quickstart [file.db]
// (or quickstart postgresql://user@host/db: the same program on PostgreSQL).
#include <fmt/core.h>

#include <filesystem>

#include <rapport/rapport.hpp>

int main(int argc, char** argv) try {
  const std::string path = argc > 1 ? argv[1] : "quickstart.db";
  if (!rapport::store::is_postgres_location(path)) {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);  // fresh each run
  }
  rapport::Crm crm = rapport::Crm::open(path);

  const auto agent = crm.staff().add({.name = "Olena Shevchenko", .email = "olena@example.com"});
  const auto anna = crm.clients().add({.name = "Anna Kowalska",
                                       .emails = {"Anna.Kowalska@example.pl"},
                                       .phones = {"+48 601 234 567"},
                                       .language = "pl"});
  const auto call = crm.log_interaction({
      .client = anna.id,
      .staff = agent.id,
      .started_at = rapport::system_now(),
      .subject = "Late delivery",
      .turns = {{.role = rapport::SpeakerRole::client, .text = "My parcel is a week late!"},
                {.role = rapport::SpeakerRole::agent,
                 .text = "You must have typed the wrong address, it's your fault."},
                {.role = rapport::SpeakerRole::client, .text = "I checked it twice."},
                {.role = rapport::SpeakerRole::agent,
                 .text = "I'm sorry, I understand. I'll refund the delivery fee."}},
  });

  fmt::print("{} ({}), phone {}\n", anna.name, anna.emails.front(), anna.phones.front());
  fmt::print("Interaction #{} \"{}\": stance {}/100, conduct {}/100{}\n", call.interaction.id.value,
             call.interaction.subject, call.quality.stance, call.quality.conduct,
             call.quality.adversarial ? ", adversarial" : "");
  for (const auto& f : call.quality.flags) {
    fmt::print("  turn {} {:<6} {:<20} \"{}\"\n", f.turn, rapport::quality::to_string(f.side), f.marker, f.evidence);
  }
  return 0;
} catch (const rapport::Error& e) {
  fmt::print(stderr, "quickstart: {}\n", e.what());
  return 2;
}
