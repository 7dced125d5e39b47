// Events relayed between application instances through PostgreSQL
// LISTEN/NOTIFY (rapport/relay.hpp): one Crm logs, a listener on another
// connection (as on another machine) receives the events on its own bus.
#include <doctest/doctest.h>
#include <unistd.h>

#include <algorithm>

#include "rapport/relay.hpp"
#include "workflow_support.hpp"

using namespace rapport;
using namespace std::chrono_literals;

namespace {

// Polls until `done` holds or 10 s pass (the server delivers at once; the
// margin is for a loaded machine).
template <class Done>
void poll_until(RemoteEvents& remote, Done done) {
  const auto deadline = std::chrono::steady_clock::now() + 10s;
  while (!done() && std::chrono::steady_clock::now() < deadline) remote.poll(200ms);
}

}  // namespace

TEST_CASE("the event relay needs PostgreSQL and a plain channel name") {
  test::Fixture f;
  if (!test::on_postgres()) {
    CHECK_THROWS_WITH_AS(EventRelay(f.crm), doctest::Contains("needs a Crm on PostgreSQL"), StorageError);
    return;
  }
  CHECK_THROWS_WITH_AS(EventRelay(f.crm, {"bad channel; DROP TABLE clients"}),
                       doctest::Contains("'bad channel; DROP TABLE clients' is not a plain identifier"),
                       InvalidArgument);
  CHECK_THROWS_AS(RemoteEvents(f.db.location(), {"1abc"}), InvalidArgument);
  CHECK_THROWS_WITH_AS(RemoteEvents("postgresql://rapport:wrong-secret@127.0.0.1:1/nowhere"),
                       doctest::Contains("127.0.0.1:1/nowhere"), StorageError);
}

TEST_CASE("an adversarial interaction logged on one instance reaches a listener on another") {
  RAPPORT_POSTGRES_ONLY("the relay runs on PostgreSQL; the SQLite run checks that it is refused");
  test::Fixture f;
  // NOTIFY channels are per database, and each test has its own schema in one
  // database: a channel per test keeps parallel runs apart.
  const RelayOptions channel{"relay_" + std::to_string(::getpid())};
  RemoteEvents remote(f.db.location(), channel);
  test::Recorder<AdversarialFlagged> adversarial(remote.events());
  test::Recorder<ClientDissatisfied> dissatisfied(remote.events());
  test::Recorder<InteractionLogged> logged(remote.events());  // not relayed: stays in-process

  const auto client = f.crm.clients().add(test::client("Ion"));
  const auto agent = f.crm.staff().add(test::staff("Agent", "agent@example.com"));
  const auto calm =
      f.crm.log_interaction(test::conversation(client.id, agent.id, f.now(), test::kPlainClient, test::kKindAgent));
  EventRelay relay(f.crm, channel);  // events from here on are relayed
  const auto fight =
      f.crm.log_interaction(test::conversation(client.id, agent.id, f.now(), test::kPlainClient, test::kBlamingAgent));
  REQUIRE(fight.quality.adversarial);

  poll_until(remote, [&] { return !adversarial.seen.empty() && !dissatisfied.seen.empty(); });
  REQUIRE(adversarial.seen.size() == 1);
  const auto& seen = adversarial.seen.front();
  CHECK(seen.interaction == fight.interaction.id);
  CHECK(seen.client == client.id);
  CHECK(seen.staff == agent.id);
  CHECK(seen.stance == fight.quality.stance);
  REQUIRE_FALSE(seen.flags.empty());
  CHECK(seen.flags.front().marker == "blame");
  CHECK_FALSE(seen.flags.front().evidence.empty());
  REQUIRE(dissatisfied.seen.size() == 1);
  CHECK(dissatisfied.seen.front().signal.source == "interaction:" + to_string(fight.interaction.id));
  CHECK(logged.seen.empty());
  CHECK(calm.interaction.id != fight.interaction.id);  // the calm one, before the relay, sent nothing

  // Nothing is delivered twice, and a stopped relay sends nothing.
  CHECK(remote.poll(300ms) == 0);
  relay = EventRelay(f.crm, {"relay_other"});
  f.crm.log_interaction(test::conversation(client.id, agent.id, f.now(), test::kPlainClient, test::kBlamingAgent));
  CHECK(remote.poll(500ms) == 0);
  CHECK(adversarial.seen.size() == 1);
  CHECK(remote.malformed() == 0);
}

TEST_CASE("relayed payloads stay under NOTIFY's limit, and foreign payloads are skipped") {
  RAPPORT_POSTGRES_ONLY("the relay runs on PostgreSQL");
  test::Fixture f;
  const RelayOptions channel{"relay_big_" + std::to_string(::getpid())};
  RemoteEvents remote(f.db.location(), channel);
  test::Recorder<AdversarialFlagged> adversarial(remote.events());
  EventRelay relay(f.crm, channel);

  // 200 flags of 100 bytes of evidence each: far over 8000 bytes whole.
  AdversarialFlagged big;
  big.interaction = InteractionId{7};
  big.client = ClientId{3};
  for (int k = 0; k < 200; ++k)
    big.flags.push_back(
        {"argue", quality::Side::agent, static_cast<std::size_t>(k), 0, 100, std::string(100, 'x'), "en", 2});
  f.crm.events().publish(big);
  CHECK(f.crm.events().hook_failures() == 0);  // sent, not refused by the server
  poll_until(remote, [&] { return !adversarial.seen.empty(); });
  REQUIRE(adversarial.seen.size() == 1);
  const auto& got = adversarial.seen.front();
  CHECK(got.interaction == big.interaction);
  CHECK(got.flags.size() > 10);
  CHECK(got.flags.size() < big.flags.size());
  CHECK(std::equal(got.flags.begin(), got.flags.end(), big.flags.begin()));  // a prefix, in order

  // Another program's text on the channel is counted, not published or thrown.
  f.crm.store().notify(channel.channel, "{\"not\": \"ours\"}");
  f.crm.store().notify(channel.channel, "plain text");
  const auto deadline = std::chrono::steady_clock::now() + 10s;
  while (remote.malformed() < 2 && std::chrono::steady_clock::now() < deadline) remote.poll(200ms);
  CHECK(remote.malformed() == 2);
  CHECK(adversarial.seen.size() == 1);
}
