// Acquire: a deal through the pipeline; winning makes the lead a customer.
// Usage: acquire [DB_PATH]   (default: an in-memory database)
#include <fmt/core.h>

#include <rapport/rapport.hpp>

int main(int argc, char** argv) {
  rapport::Crm crm = rapport::Crm::open(argc > 1 ? argv[1] : ":memory:");
  rapport::Client lead;
  lead.name = "Baltic Bakeries";
  lead.kind = rapport::ClientKind::company;
  const auto client = crm.clients().add(lead);

  rapport::Deal deal;
  deal.client = client.id;
  deal.title = "Ovens service contract";
  deal.value = rapport::Money{"EUR", 480000};     // 4,800.00 EUR in minor units
  const auto created = crm.deals().create(deal);  // starts in the first stage, "lead"
  crm.deals().move(created.id, "qualified");
  crm.deals().move(created.id, "proposal", rapport::Actor::system(), "sent the quote");

  for (const auto& stage : crm.deals().open_pipeline()) fmt::print("{:<12} {} open\n", stage.stage, stage.deals);
  for (const auto& m : crm.deals().weighted_forecast()) fmt::print("forecast: {}\n", rapport::to_string(m));

  crm.deals().win(created.id, "fastest response time");
  fmt::print("client is now a {}\n", rapport::to_string(crm.clients().get(client.id).stage));
  fmt::print("lead -> won conversion: {:.0f}%\n", 100 * crm.deals().conversion_rate("lead", "won"));
}
