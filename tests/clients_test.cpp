// Clients, notes and tasks on a real SQLite file.
#include <doctest/doctest.h>

#include "test_database.hpp"

using namespace rapport;

TEST_CASE("a client with every field survives a round trip through a file") {
  test::TestDatabase db;
  const auto path = db.location();
  ClientId id;
  Client stored;
  {
    Crm crm = Crm::open(path);
    const auto owner = crm.staff().add(test::staff("Bob", "bob@example.com"));
    Client c = test::client("Ioana Popescu", "Ioana@Example.ro");
    c.kind = ClientKind::person;
    c.phones = {"+40 722 123 456"};
    c.language = "ro";
    c.stage = LifecycleStage::prospect;
    c.owner = owner.id;
    c.tags = {"vip", "newsletter"};
    c.fields = {{"company_size", 12.5},
                {"segment", std::string("retail")},
                {"vegan", true},
                {"birthday",
                 std::chrono::year_month_day{std::chrono::year{1990}, std::chrono::month{5}, std::chrono::day{17}}}};
    c.consent.marketing = true;
    stored = crm.clients().add(c);
    id = stored.id;
    CHECK(id.valid());
    CHECK(stored.emails == std::vector<std::string>{"ioana@example.ro"});
    CHECK(stored.phones == std::vector<std::string>{"+40722123456"});
  }
  Crm reopened = Crm::open(path);
  CHECK(reopened.clients().get(id) == stored);
  CHECK(reopened.clients().find_by_email(" IOANA@example.ro") == stored);
  CHECK_FALSE(reopened.clients().find_by_email("nobody@example.ro").has_value());
  CHECK_FALSE(reopened.clients().find_by_email("not an email").has_value());
}

TEST_CASE("updates stamp the time and keep the creation time") {
  test::ManualClock clock;
  test::TestDatabase db;
  Crm crm = Crm::open(db.location(), test::options_with(clock));
  auto c = crm.clients().add(test::client("Jan Nowak"));
  clock.advance(60'000);
  c.stage = LifecycleStage::customer;
  const auto updated = crm.clients().update(c);
  CHECK(updated.created_at == c.created_at);
  CHECK(to_unix_ms(updated.updated_at) == to_unix_ms(c.created_at) + 60'000);
  CHECK(crm.clients().get(c.id).stage == LifecycleStage::customer);
}

TEST_CASE("bad client writes give a clear error and change nothing") {
  test::TestDatabase db;
  Crm crm = Crm::open(db.location());
  const auto anna = crm.clients().add(test::client("Anna", "anna@example.com"));
  const auto before = crm.clients().list().items;

  SUBCASE("duplicate email") {
    CHECK_THROWS_WITH_AS(crm.clients().add(test::client("Other Anna", "ANNA@example.com")),
                         doctest::Contains("'anna@example.com' already belongs to client 1"), Conflict);
    auto renamed = anna;
    renamed.name = "Changed";
    auto other = crm.clients().add(test::client("Piotr", "piotr@example.com"));
    other.emails.push_back("anna@example.com");
    CHECK_THROWS_AS(crm.clients().update(other), Conflict);
    CHECK(crm.clients().get(other.id).emails == std::vector<std::string>{"piotr@example.com"});
    crm.clients().remove(other.id);
  }
  SUBCASE("empty name") {
    CHECK_THROWS_WITH_AS(crm.clients().add(test::client("")), "client name must not be empty", InvalidArgument);
  }
  SUBCASE("malformed email") {
    CHECK_THROWS_WITH_AS(crm.clients().add(test::client("Bob", "bob(at)example.com")),
                         doctest::Contains("'bob(at)example.com'"), InvalidArgument);
  }
  SUBCASE("unparsable phone") {
    auto c = test::client("Bob");
    c.phones = {"12"};
    CHECK_THROWS_WITH_AS(crm.clients().add(c), doctest::Contains("phone '12'"), InvalidArgument);
  }
  SUBCASE("unknown owner") {
    auto c = test::client("Bob");
    c.owner = StaffId{77};
    CHECK_THROWS_WITH_AS(crm.clients().add(c), doctest::Contains("staff 77 does not exist"), NotFound);
  }
  SUBCASE("unknown id") {
    auto ghost = test::client("Ghost");
    ghost.id = ClientId{999};
    CHECK_THROWS_WITH_AS(crm.clients().update(ghost), doctest::Contains("client 999 does not exist"), NotFound);
    CHECK_THROWS_WITH_AS(crm.clients().get(ClientId{999}), "client 999 does not exist", NotFound);
    CHECK_THROWS_AS(crm.clients().remove(ClientId{999}), NotFound);
    CHECK_FALSE(crm.clients().find(ClientId{999}).has_value());
  }
  SUBCASE("page size out of range") {
    CHECK_THROWS_WITH_AS(crm.clients().list({}, {}, 0), doctest::Contains("limit 0"), InvalidArgument);
  }
  CHECK(crm.clients().list().items == before);
}

TEST_CASE("listing filters and pages with a keyset cursor") {
  test::ManualClock clock;
  test::TestDatabase db;
  Crm crm = Crm::open(db.location(), test::options_with(clock));
  const auto owner = crm.staff().add(test::staff("Olena", "olena@example.com"));
  std::vector<ClientId> vip_ids;
  for (int i = 0; i < 25; ++i) {
    auto c = test::client("Client " + std::to_string(i));
    c.language = i % 2 == 0 ? "pl" : "ro";
    c.stage = i % 5 == 0 ? LifecycleStage::customer : LifecycleStage::lead;
    if (i % 3 == 0) c.tags = {"vip"};
    if (i < 10) c.owner = owner.id;
    const auto stored = crm.clients().add(c);
    if (i % 3 == 0) vip_ids.push_back(stored.id);
    clock.advance(1000);
  }
  std::vector<ClientId> seen;
  std::optional<ClientId> cursor;
  int pages = 0;
  do {
    auto page = crm.clients().list({.tag = "vip"}, cursor, 3);
    for (const auto& c : page.items) seen.push_back(c.id);
    cursor = page.next;
    ++pages;
  } while (cursor);
  CHECK(seen == vip_ids);
  CHECK(pages == 3);
  CHECK(crm.clients().list({.language = "pl"}).items.size() == 13);
  CHECK(crm.clients().list({.stage = LifecycleStage::customer}).items.size() == 5);
  CHECK(crm.clients().list({.owner = owner.id}).items.size() == 10);
  const Timestamp start = from_unix_ms(1'700'000'000'000);
  CHECK(crm.clients()
            .list({.created_from = start + std::chrono::seconds(5), .created_before = start + std::chrono::seconds(8)})
            .items.size() == 3);
}

TEST_CASE("notes and tasks belong to a client") {
  test::ManualClock clock;
  test::TestDatabase db;
  Crm crm = Crm::open(db.location(), test::options_with(clock));
  const auto c = crm.clients().add(test::client("Olga"));
  const auto note = crm.clients().add_note({.client = c.id, .body = "Prefers email after 6 pm."});
  CHECK(crm.clients().notes(c.id) == std::vector<Note>{note});
  const Timestamp now = clock.clock()();
  auto task = crm.clients().add_task(
      {.client = c.id, .title = "Call back about the refund", .due = now + std::chrono::hours(2)});
  crm.clients().add_task({.client = c.id, .title = "Send the contract", .due = now + std::chrono::hours(48)});
  CHECK(crm.clients().due_tasks(now + std::chrono::hours(3)).size() == 1);
  task.done = true;
  crm.clients().update_task(task);
  CHECK(crm.clients().due_tasks(now + std::chrono::hours(3)).empty());
  CHECK(crm.clients().tasks(c.id).size() == 2);
  CHECK_THROWS_WITH_AS(crm.clients().add_note({.client = ClientId{42}, .body = "x"}),
                       doctest::Contains("client 42 does not exist"), NotFound);
  CHECK_THROWS_AS(crm.clients().add_note({.client = c.id, .body = "  "}), InvalidArgument);
  CHECK_THROWS_AS(crm.clients().add_task({.client = c.id, .title = ""}), InvalidArgument);
}

TEST_CASE("removing a client removes its interactions, notes, tasks and search rows") {
  test::TestDatabase db;
  Crm crm = Crm::open(db.location());
  const auto c = crm.clients().add(test::client("Zofia Wiśniewska"));
  const auto in = crm.interactions().add(test::call(c.id, 1'700'000'000'000, "the blender is broken"));
  crm.clients().add_note({.client = c.id, .body = "allergic to nuts"});
  CHECK(crm.search("blender").size() == 1);
  crm.clients().remove(c.id);
  CHECK_FALSE(crm.interactions().find(in.id).has_value());
  CHECK(crm.search("blender").empty());
  CHECK(crm.search("nuts").empty());
  CHECK(crm.search("Zofia").empty());
}

TEST_CASE("staff: unique email, update, unknown id") {
  test::TestDatabase db;
  Crm crm = Crm::open(db.location());
  auto bob = crm.staff().add(test::staff("Bob", "Bob@Example.com"));
  CHECK(bob.email == "bob@example.com");
  CHECK_THROWS_WITH_AS(crm.staff().add(test::staff("Bobby", "bob@example.com")),
                       doctest::Contains("'bob@example.com' already belongs to staff"), Conflict);
  bob.role = StaffRole::supervisor;
  bob.active = false;
  crm.staff().update(bob);
  CHECK(crm.staff().get(bob.id) == bob);
  CHECK(crm.staff().list().size() == 1);
  CHECK_THROWS_WITH_AS(crm.staff().get(StaffId{9}), "staff 9 does not exist", NotFound);
  CHECK_THROWS_AS(crm.staff().add(test::staff("", "x@example.com")), InvalidArgument);
}
