// Interactions with turns, batches and paging.
#include <doctest/doctest.h>

#include "test_database.hpp"

using namespace rapport;

TEST_CASE("an interaction with its turns round-trips, times and CSAT included") {
  test::TestDatabase db;
  const auto path = db.location();
  Interaction stored;
  {
    Crm crm = Crm::open(path);
    const auto c = crm.clients().add(test::client("Mykola"));
    const auto s = crm.staff().add(test::staff("Iryna", "iryna@example.com"));
    auto in = test::call(c.id);
    in.staff = s.id;
    in.channel = Channel::chat;
    in.direction = Direction::outbound;
    in.outcome = "resolved";
    in.csat = 5;
    in.turns.push_back({SpeakerRole::other, "IVR", "Дякуємо за дзвінок, п’ять хвилин", std::nullopt, std::nullopt});
    stored = crm.interactions().add(in);
  }
  Crm crm = Crm::open(path);
  CHECK(crm.interactions().get(stored.id) == stored);
  CHECK(crm.interactions().get(stored.id).turns.size() == 3);
}

TEST_CASE("an interaction must name an existing client and staff member") {
  test::TestDatabase db;
  Crm crm = Crm::open(db.location());
  CHECK_THROWS_WITH_AS(crm.interactions().add(test::call(ClientId{5})), doctest::Contains("client 5 does not exist"),
                       NotFound);
  const auto c = crm.clients().add(test::client("A"));
  auto in = test::call(c.id);
  in.staff = StaffId{3};
  CHECK_THROWS_WITH_AS(crm.interactions().add(in), doctest::Contains("staff 3 does not exist"), NotFound);
  CHECK(crm.interactions().list(c.id).items.empty());
  CHECK_THROWS_WITH_AS(crm.interactions().get(InteractionId{8}), "interaction 8 does not exist", NotFound);
}

TEST_CASE("a batch is stored whole or not at all") {
  test::TestDatabase db;
  Crm crm = Crm::open(db.location());
  const auto c = crm.clients().add(test::client("Batch"));
  std::vector<Interaction> batch;
  for (int i = 0; i < 10; ++i) batch.push_back(test::call(c.id, 1'700'000'000'000 + i * 1000));

  SUBCASE("an invalid item is caught before anything is written") {
    batch[6].csat = 0;
    CHECK_THROWS_WITH_AS(crm.interactions().add_batch(batch), "interaction 6: csat 0 is out of range 1..5",
                         InvalidArgument);
  }
  SUBCASE("an unknown client in the middle rolls the whole batch back") {
    batch[7].client = ClientId{404};
    CHECK_THROWS_WITH_AS(crm.interactions().add_batch(batch), doctest::Contains("interaction 7: client 404"), NotFound);
  }
  CHECK(crm.interactions().list(c.id).items.empty());
  CHECK(crm.search("late").empty());

  batch = {};
  for (int i = 0; i < 10; ++i) batch.push_back(test::call(c.id, 1'700'000'000'000 + i * 1000));
  const auto stored = crm.interactions().add_batch(batch);
  CHECK(stored.size() == 10);
  CHECK(crm.interactions().list(c.id, {}, 100).items.size() == 10);
}

TEST_CASE("the store asked for a page of 0 gives an empty page without a cursor") {
  test::TestDatabase db;
  Crm crm = Crm::open(db.location());
  const auto c = crm.clients().add(test::client("Pager"));
  crm.interactions().add(test::call(c.id));
  const auto interactions = crm.store().list_interactions(c.id, std::nullopt, 0);
  CHECK(interactions.items.empty());
  CHECK_FALSE(interactions.next.has_value());
  const auto clients = crm.store().list_clients({}, std::nullopt, 0);
  CHECK(clients.items.empty());
  CHECK_FALSE(clients.next.has_value());
  CHECK_THROWS_WITH_AS(crm.interactions().list(c.id, std::nullopt, 0), doctest::Contains("limit 0 is out of range"),
                       InvalidArgument);
}

TEST_CASE("a client's interactions page newest first, ties broken by id") {
  test::TestDatabase db;
  Crm crm = Crm::open(db.location());
  const auto c = crm.clients().add(test::client("Pager"));
  const auto other = crm.clients().add(test::client("Other"));
  std::vector<InteractionId> expected;
  for (int i = 0; i < 7; ++i) {
    // Two interactions share each start time: the cursor must not skip or repeat one.
    expected.push_back(crm.interactions().add(test::call(c.id, 1'700'000'000'000 + (i / 2) * 60'000)).id);
    crm.interactions().add(test::call(other.id));
  }
  std::sort(expected.begin(), expected.end(), [&](InteractionId a, InteractionId b) {
    const auto ta = crm.interactions().get(a).started_at, tb = crm.interactions().get(b).started_at;
    return ta != tb ? ta > tb : a > b;
  });
  std::vector<InteractionId> seen;
  std::optional<store::InteractionCursor> cursor;
  do {
    auto page = crm.interactions().list(c.id, cursor, 2);
    for (const auto& in : page.items) seen.push_back(in.id);
    cursor = page.next;
  } while (cursor);
  CHECK(seen == expected);
}

TEST_CASE("removing an interaction removes its turns and search row") {
  test::TestDatabase db;
  Crm crm = Crm::open(db.location());
  const auto c = crm.clients().add(test::client("R"));
  const auto in = crm.interactions().add(test::call(c.id, 1'700'000'000'000, "the zeppelin arrived broken"));
  CHECK(crm.search("zeppelin").size() == 1);
  crm.interactions().remove(in.id);
  CHECK(crm.search("zeppelin").empty());
  CHECK_THROWS_AS(crm.interactions().remove(in.id), NotFound);
}

TEST_CASE("bad interaction input is refused by name and stores nothing") {
  test::TestDatabase db;
  Crm crm = Crm::open(db.location());
  const auto c = crm.clients().add(test::client("Careful"));
  auto bad_text = test::call(c.id);
  bad_text.turns[1].text = "caf\xC3";
  CHECK_THROWS_WITH_AS(crm.interactions().add(bad_text), doctest::Contains("turn 1 text 'caf\\xc3' is not valid UTF-8"),
                       InvalidArgument);
  auto bad_times = test::call(c.id);
  bad_times.turns[0].start_ms = 5000;
  bad_times.turns[0].end_ms = 100;
  CHECK_THROWS_WITH_AS(crm.interactions().add(bad_times), "turn 0: end_ms 100 is before start_ms 5000",
                       InvalidArgument);
  auto bad_csat = test::call(c.id);
  bad_csat.csat = 9;
  CHECK_THROWS_WITH_AS(crm.interactions().add(bad_csat), "csat 9 is out of range 1..5", InvalidArgument);
  CHECK(crm.interactions().list(c.id).items.empty());
  CHECK(crm.audit_log({.entity = "interaction"}).empty());
}
