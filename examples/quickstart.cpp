// The smallest useful rapport program: open a database, add clients and a
// call, print them back. Run: quickstart [path/to/file.db]
#include <fmt/core.h>

#include <filesystem>

#include <rapport/rapport.hpp>

int main(int argc, char** argv) try {
  const std::string path = argc > 1 ? argv[1] : "quickstart.db";
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);  // fresh each run
  rapport::Crm crm = rapport::Crm::open(path);

  const auto agent = crm.staff().add({.name = "Olena Shevchenko", .email = "olena@example.com"});
  const auto anna = crm.clients().add({.name = "Anna Kowalska",
                                       .emails = {"Anna.Kowalska@example.pl"},
                                       .phones = {"+48 601 234 567"},
                                       .language = "pl",
                                       .stage = rapport::LifecycleStage::customer,
                                       .tags = {"vip"}});
  crm.clients().add({.kind = rapport::ClientKind::company, .name = "Brașov Tours SRL", .language = "ro"});

  const auto call = crm.interactions().add({
      .client = anna.id,
      .staff = agent.id,
      .channel = rapport::Channel::call,
      .started_at = rapport::system_now(),
      .duration = std::chrono::minutes(4),
      .subject = "Late delivery",
      .turns = {{.role = rapport::SpeakerRole::client, .text = "My parcel is a week late."},
                {.role = rapport::SpeakerRole::agent, .text = "I'm sorry about that. I'll refund the delivery fee."}},
      .csat = 4,
  });

  fmt::print("rapport {} — database {}\n\nClients:\n", rapport::version_string, path);
  for (const auto& c : crm.clients().list().items) {
    fmt::print("  #{} {} [{}] {} {}\n", c.id.value, c.name, rapport::to_string(c.stage),
               c.emails.empty() ? "" : c.emails.front(), c.phones.empty() ? "" : c.phones.front());
  }
  fmt::print("\nInteraction #{} with {} ({} turns, CSAT {}):\n", call.id.value, anna.name, call.turns.size(),
             *call.csat);
  for (const auto& t : crm.interactions().get(call.id).turns) {
    fmt::print("  {:>6}: {}\n", rapport::to_string(t.role), t.text);
  }
  return 0;
} catch (const rapport::Error& e) {
  fmt::print(stderr, "quickstart: {}\n", e.what());
  return 2;
}
