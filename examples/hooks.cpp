// Hooks: page a supervisor when an agent fights a client, and open a retention
// case only for clients worth a call (replacing the default policy).
// Run: hooks [file.db]   (default: in memory)
#include <fmt/core.h>

#include <rapport/rapport.hpp>

int main(int argc, char** argv) {
  rapport::Crm crm = rapport::Crm::open(argc > 1 ? argv[1] : ":memory:");

  // 1. Page the supervisor, with the evidence. A throwing pager does not undo the write.
  auto pager = crm.events().on_adversarial([](const rapport::AdversarialFlagged& e) {
    fmt::print("PAGE supervisor: interaction {} (stance {}/100)\n", e.interaction.value, e.stance);
    for (const auto& f : e.flags) fmt::print("  {}: \"{}\"\n", f.marker, f.evidence);
  });

  // 2. Our retention policy: only customers get a retention case.
  crm.default_retention_policy().disconnect();
  auto policy = crm.events().subscribe<rapport::ClientDissatisfied>([&crm](const rapport::ClientDissatisfied& e) {
    if (crm.clients().get(e.client).stage != rapport::LifecycleStage::customer) return;
    const auto outcome = crm.retention().add_signal(e.client, e.signal);
    if (outcome.opened) fmt::print("retention case {} opened ({})\n", outcome.retention_case.id.value, e.signal.detail);
  });

  const auto customer = crm.clients().add({.name = "Ion Popa", .stage = rapport::LifecycleStage::customer});
  const auto lead = crm.clients().add({.name = "Maria Ionescu"});
  for (auto client : {customer.id, lead.id}) {
    crm.log_interaction(
        {.client = client,
         .channel = rapport::Channel::chat,
         .started_at = rapport::system_now(),
         .turns = {{.role = rapport::SpeakerRole::client, .text = "The invoice shows the wrong amount."},
                   {.role = rapport::SpeakerRole::agent,
                    .text = "Obviously you didn't read the contract, it's your own fault."}}});
  }
  fmt::print("open retention cases: {}\n", crm.retention().open_cases().size());
}
