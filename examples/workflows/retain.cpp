// Retain: a dissatisfied client gets one retention case; offers and the outcome
// tell the business which offers keep clients.
// Usage: retain [DB_PATH]   (default: an in-memory database)
#include <fmt/core.h>

#include <rapport/rapport.hpp>

int main(int argc, char** argv) {
  rapport::Crm crm = rapport::Crm::open(argc > 1 ? argv[1] : ":memory:");
  rapport::Client c;
  c.name = "Taras Melnyk";
  const auto client = crm.clients().add(c);

  // The default policy is a hook; replace it with your own. Here: silence alone
  // (no contact for 90 days) does not open a case, every other signal does.
  crm.default_retention_policy().disconnect();
  auto policy = crm.events().subscribe<rapport::ClientDissatisfied>([&crm](const rapport::ClientDissatisfied& e) {
    if (e.signal.kind != rapport::SignalKind::no_contact) crm.retention().add_signal(e.client, e.signal);
  });

  // A low CSAT is a dissatisfaction signal; the policy hook opens a case.
  rapport::Interaction call;
  call.client = client.id;
  call.started_at = rapport::system_now();
  call.csat = 1;
  call.turns = {
      {rapport::SpeakerRole::client, "Taras", "The courier never came.", std::nullopt, std::nullopt},
      {rapport::SpeakerRole::agent, "Agent", "I am sorry, let me arrange it today.", std::nullopt, std::nullopt}};
  crm.log_interaction(call);

  const auto open = crm.retention().open_case(client.id);
  fmt::print("retention case {} opened by: {}\n", rapport::to_string(open->id), open->signals.front().detail);

  rapport::Offer discount;
  discount.kind = rapport::OfferKind::discount;
  discount.value = rapport::Money{"UAH", 20000};
  crm.retention().offer(open->id, discount);
  crm.retention().close(open->id, rapport::RetentionOutcome::retained, "ordered again");

  for (const auto& e : crm.retention().effectiveness()) {
    fmt::print("{}: {} of {} clients kept\n", rapport::to_string(e.kind), e.retained, e.cases);
  }
}
