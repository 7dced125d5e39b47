// The acquire pillar: deals through the pipeline on a real SQLite file.
#include <doctest/doctest.h>

#include "workflow_support.hpp"

using namespace rapport;
using namespace std::chrono_literals;

namespace {

Deal deal_for(ClientId client, std::int64_t minor, std::string title = "Annual plan") {
  Deal d;
  d.client = client;
  d.title = std::move(title);
  d.value = Money{"EUR", minor};
  return d;
}

}  // namespace

TEST_CASE("a deal moves through the stages with history, and winning makes the lead a customer") {
  test::Fixture f;
  const auto client = f.crm.clients().add(test::client("Oksana"));
  REQUIRE(client.stage == LifecycleStage::lead);
  const auto owner = f.crm.staff().add(test::staff("Piotr", "piotr@example.com"));
  test::Recorder<DealStageChanged> moves(f.crm.events());
  test::Recorder<DealClosed> closed(f.crm.events());

  auto d = deal_for(client.id, 120000);
  d.owner = owner.id;
  d.expected_close = f.now() + std::chrono::days{30};
  const Deal created = f.crm.deals().create(d, Actor::by(owner.id));
  CHECK(created.stage == "lead");
  CHECK(created.created_at == f.now());

  f.clock.advance(3'600'000);
  f.crm.deals().move(created.id, "qualified", Actor::by(owner.id));
  f.clock.advance(3'600'000);
  f.crm.deals().move(created.id, "proposal", Actor::by(owner.id), "sent the offer");
  f.clock.advance(3'600'000);
  const Deal won = f.crm.deals().win(created.id, "best support", Actor::by(owner.id));

  CHECK(won.stage == "won");
  CHECK(won.close_reason == "best support");
  REQUIRE(won.closed_at);
  CHECK(*won.closed_at == f.now());
  CHECK(f.crm.clients().get(client.id).stage == LifecycleStage::customer);

  // Persisted: a second Crm on the same file sees the same deal and history.
  Crm again = f.reopen();
  CHECK(again.deals().get(created.id) == won);
  const auto history = again.deals().history(created.id);
  REQUIRE(history.size() == 4);
  CHECK(history[0].from.empty());
  CHECK(history[0].to == "lead");
  CHECK(history[2].reason == "sent the offer");
  CHECK(history[3].to == "won");
  CHECK(history[3].actor == "staff:" + to_string(owner.id));
  CHECK(history[3].at == f.now());

  REQUIRE(moves.seen.size() == 3);
  CHECK(moves.seen[1].change.to == "proposal");
  REQUIRE(closed.seen.size() == 1);
  CHECK(closed.seen[0].won);
  CHECK(closed.seen[0].deal == won);
}

TEST_CASE("invalid deal moves are refused by name and change nothing") {
  test::Fixture f;
  const auto client = f.crm.clients().add(test::client("Radu"));
  const Deal d = f.crm.deals().create(deal_for(client.id, 5000));
  test::Recorder<DealStageChanged> moves(f.crm.events());

  CHECK_THROWS_WITH_AS(f.crm.deals().move(d.id, "signed"), doctest::Contains("'signed'"), InvalidArgument);
  CHECK_THROWS_WITH_AS(f.crm.deals().move(d.id, "lead"), doctest::Contains("already in stage 'lead'"), InvalidArgument);
  CHECK_THROWS_AS(f.crm.deals().move(DealId{99}, "qualified"), NotFound);
  CHECK(f.crm.deals().get(d.id) == d);
  CHECK(f.crm.deals().history(d.id).size() == 1);

  const Deal lost = f.crm.deals().lose(d.id, "price");
  CHECK(lost.stage == "lost");
  CHECK(f.crm.clients().get(client.id).stage == LifecycleStage::lead);  // losing changes nothing
  CHECK_THROWS_WITH_AS(f.crm.deals().move(d.id, "proposal"), doctest::Contains("is closed in stage 'lost'"),
                       InvalidArgument);
  CHECK_THROWS_AS(f.crm.deals().win(d.id, "changed their mind"), InvalidArgument);
  CHECK(f.crm.deals().get(d.id) == lost);
  CHECK(moves.seen.size() == 1);
}

TEST_CASE("bad deals are refused before anything is stored") {
  test::Fixture f;
  const auto client = f.crm.clients().add(test::client("Ewa"));
  auto negative = deal_for(client.id, -1);
  CHECK_THROWS_WITH_AS(f.crm.deals().create(negative), doctest::Contains("-0.01 EUR"), InvalidArgument);
  auto untitled = deal_for(client.id, 100, "");
  CHECK_THROWS_AS(f.crm.deals().create(untitled), InvalidArgument);
  auto unknown_stage = deal_for(client.id, 100);
  unknown_stage.stage = "pitch";
  CHECK_THROWS_WITH_AS(f.crm.deals().create(unknown_stage), doctest::Contains("'pitch'"), InvalidArgument);
  auto already_won = deal_for(client.id, 100);
  already_won.stage = "won";
  CHECK_THROWS_WITH_AS(f.crm.deals().create(already_won), doctest::Contains("closing stage 'won'"), InvalidArgument);
  auto bad_currency = deal_for(client.id, 100);
  bad_currency.value.currency = "euro";
  CHECK_THROWS_WITH_AS(f.crm.deals().create(bad_currency), doctest::Contains("euro"), InvalidArgument);
  CHECK_THROWS_AS(f.crm.deals().create(deal_for(ClientId{404}, 100)), NotFound);
  CHECK(f.crm.deals().open_pipeline()[0].deals == 0);
}

TEST_CASE("pipeline queries: open deals by stage, weighted forecast, conversion, cycle time") {
  test::Fixture f;
  const auto a = f.crm.clients().add(test::client("A"));
  const auto b = f.crm.clients().add(test::client("B"));
  // Four deals: one won after 2 days, one won after 4 days, one lost, one open in proposal.
  const Deal d1 = f.crm.deals().create(deal_for(a.id, 10000));
  const Deal d2 = f.crm.deals().create(deal_for(b.id, 30000));
  const Deal d3 = f.crm.deals().create(deal_for(a.id, 50000));
  auto usd = deal_for(b.id, 20000);
  usd.value.currency = "USD";
  const Deal d4 = f.crm.deals().create(usd);

  f.crm.deals().move(d1.id, "qualified");
  f.crm.deals().move(d2.id, "qualified");
  f.crm.deals().move(d3.id, "qualified");
  f.crm.deals().move(d4.id, "proposal");  // skips qualified
  f.clock.advance(2 * 86'400'000);
  f.crm.deals().win(d1.id, "fit");
  f.crm.deals().lose(d2.id, "budget");
  f.clock.advance(2 * 86'400'000);
  f.crm.deals().move(d3.id, "proposal");
  f.crm.deals().win(d3.id, "fit");

  // Open: only d4 (proposal, 200.00 USD x 0.5).
  const auto open = f.crm.deals().open_pipeline();
  REQUIRE(open.size() == 4);
  CHECK(open[0].stage == "lead");
  CHECK(open[2].stage == "proposal");
  CHECK(open[2].deals == 1);
  CHECK(open[2].value == std::vector<Money>{Money{"USD", 20000}});
  CHECK(f.crm.deals().weighted_forecast() == std::vector<Money>{Money{"USD", 10000}});

  // Of the 3 deals that entered qualified, 2 reached won; of the 4 that entered lead, 1 reached lost.
  CHECK(f.crm.deals().conversion_rate("qualified", "won") == doctest::Approx(2.0 / 3.0));
  CHECK(f.crm.deals().conversion_rate("lead", "lost") == doctest::Approx(0.25));
  CHECK(f.crm.deals().conversion_rate("negotiation", "won") == 0.0);
  CHECK_THROWS_WITH_AS(f.crm.deals().conversion_rate("lead", "paid"), doctest::Contains("'paid'"), InvalidArgument);

  const auto cycle = f.crm.deals().average_cycle_time();
  REQUIRE(cycle);
  CHECK(*cycle == std::chrono::milliseconds{3 * 86'400'000});
}

TEST_CASE("a custom pipeline is validated when the Crm opens") {
  test::TestDatabase db;
  CrmOptions o;
  o.workflow.pipeline.stages = {{"trial", 0.3, StageOutcome::open}, {"paid", 1.0, StageOutcome::won}};
  CHECK_THROWS_WITH_AS(Crm::open(db.location(), o), doctest::Contains("lost"), InvalidArgument);
  o.workflow.pipeline.stages.push_back({"churned", 1.5, StageOutcome::lost});
  CHECK_THROWS_WITH_AS(Crm::open(db.location(), o), doctest::Contains("churned"), InvalidArgument);
  o.workflow.pipeline.stages.back().probability = 0;
  Crm crm = Crm::open(db.location(), o);
  const auto c = crm.clients().add(test::client("Trial user"));
  Deal d;
  d.client = c.id;
  d.title = "Pro";
  d.value = Money{"PLN", 9900};
  const Deal created = crm.deals().create(d);
  CHECK(created.stage == "trial");
  CHECK(crm.deals().win(created.id, "converted").stage == "paid");
}
