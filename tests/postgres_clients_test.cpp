// The PostgreSQL store's clients, notes and tasks (issue 7) on a real server,
// checked against the SQLite store: both get the same inputs on the same
// manual clock, so ids, timestamps, errors and audit entries must match.
#include <algorithm>
#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "postgres_support.hpp"
#include "rapport/rapport.hpp"
#include "support.hpp"

using namespace rapport;

namespace {

// A PostgreSQL store and a SQLite store on one clock.
struct Stores {
  test::ManualClock clock;
  std::unique_ptr<store::Store> pg;
  std::unique_ptr<store::Store> lite;

  explicit Stores(const std::string& uri) {
    store::StoreOptions options;
    options.clock = clock.clock();
    pg = store::open_postgres(uri, options);
    lite = store::open_sqlite(":memory:", options);
  }

  // Runs `op` on both stores and checks they answer alike; returns PostgreSQL's answer.
  template <class Op>
  auto both(Op op) {
    auto from_lite = op(*lite);
    auto from_pg = op(*pg);
    CHECK(from_pg == from_lite);
    return from_pg;
  }

  // Runs `op` on both stores, expecting the same error type and message from each.
  template <class E>
  std::string fails_alike(const std::function<void(store::Store&)>& op) {
    std::string messages[2];
    int index = 0;
    for (store::Store* s : {lite.get(), pg.get()}) {
      try {
        op(*s);
        FAIL("no error from the " << (index == 0 ? "SQLite" : "PostgreSQL") << " store");
      } catch (const E& e) {
        messages[index] = e.what();
      }
      ++index;
    }
    CHECK(messages[1] == messages[0]);
    return messages[1];
  }

  // The audit log of both, compared field by field.
  void same_audit(const store::AuditFilter& filter) {
    const auto a = lite->audit_log(filter);
    const auto b = pg->audit_log(filter);
    REQUIRE(b.size() == a.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
      CAPTURE(i);
      CHECK(b[i].id == a[i].id);
      CHECK(b[i].at == a[i].at);
      CHECK(b[i].actor == a[i].actor);
      CHECK(b[i].entity == a[i].entity);
      CHECK(b[i].entity_id == a[i].entity_id);
      CHECK(b[i].action == a[i].action);
      CHECK(b[i].field == a[i].field);
      CHECK(b[i].old_value == a[i].old_value);
      CHECK(b[i].new_value == a[i].new_value);
    }
  }
};

// The first column of the first row of a query in the test's schema, as text.
std::string scalar(const std::string& uri, const std::string& sql) {
  PGconn* conn = PQconnectdb(uri.c_str());
  REQUIRE_MESSAGE(PQstatus(conn) == CONNECTION_OK, PQerrorMessage(conn));
  PGresult* r = PQexec(conn, sql.c_str());
  const bool ok = PQresultStatus(r) == PGRES_TUPLES_OK;
  const std::string error = PQresultErrorMessage(r);
  const std::string value = ok && PQntuples(r) > 0 ? PQgetvalue(r, 0, 0) : "";
  PQclear(r);
  PQfinish(conn);
  REQUIRE_MESSAGE(ok, error);
  return value;
}

Client full_client(StaffId owner) {
  Client c;
  c.kind = ClientKind::company;
  c.name = "Zoë Łukasz-Ćwik Sp. z o.o.";
  c.emails = {"office@zoe.example.com", "zoe.lukasz+crm@gmail.com"};
  c.phones = {"+48601234567", "+48221234567"};
  c.language = "pl";
  c.stage = LifecycleStage::customer;
  c.owner = owner;
  c.tags = {"Vip", "key-account", "vip", "ąbc"};
  c.fields = {
      {"segment", std::string("enterprise")},
      {"seats", 250.5},
      {"audited", true},
      {"founded", std::chrono::year_month_day{std::chrono::year{1990}, std::chrono::month{5}, std::chrono::day{17}}}};
  c.consent.marketing = true;
  return c;
}

}  // namespace

TEST_CASE("PostgreSQL store: a client with every field round-trips as in SQLite") {
  const std::string server = test::postgres_server();
  if (server.empty()) return;
  test::PostgresSchema schema(server);
  Stores s(schema.uri());

  const auto anna = s.both(
      [](store::Store& st) { return st.create_staff(test::staff("Anna Nowak", "anna@example.com"), Actor::system()); });
  const Client input = full_client(anna.id);
  const auto created = s.both([&](store::Store& st) { return st.create_client(input, Actor::by(anna.id)); });
  CHECK(created.id.value > 0);
  CHECK(to_unix_ms(created.created_at) == 1'700'000'000'000);
  CHECK(created.updated_at == created.created_at);

  const auto found = s.both([&](store::Store& st) { return st.find_client(created.id); });
  REQUIRE(found.has_value());
  CHECK(*found == created);
  auto expected = input;
  expected.id = created.id;
  expected.created_at = expected.updated_at = created.created_at;
  CHECK(*found == expected);

  CHECK(s.both([](store::Store& st) { return st.find_client_by_email("zoe.lukasz+crm@gmail.com"); }) == found);
  CHECK_FALSE(s.both([](store::Store& st) { return st.find_client_by_email("nobody@example.com"); }).has_value());
  CHECK_FALSE(s.both([](store::Store& st) { return st.find_client(ClientId{999}); }).has_value());

  // A minimal client: no owner, no emails, default stage.
  const auto bare = s.both([](store::Store& st) { return st.create_client(test::client("Bare"), Actor::system()); });
  CHECK_FALSE(bare.owner.has_value());
  CHECK(s.both([&](store::Store& st) { return st.find_client(bare.id); }) == bare);

  s.same_audit({"client", std::nullopt, 1000});

  // The full-text row holds the text SQLite's client_fts holds, and its
  // tsvector finds the name without accents and the emails by their parts.
  const std::string key = std::to_string(created.id.value);
  CHECK(scalar(schema.uri(), "SELECT name FROM client_fts WHERE client_id = " + key) == created.name);
  CHECK(scalar(schema.uri(), "SELECT emails FROM client_fts WHERE client_id = " + key) ==
        "office@zoe.example.com zoe.lukasz+crm@gmail.com");
  // folded: text::search_fold, the letters without a decomposition (ł) spelled plainly.
  CHECK(scalar(schema.uri(), "SELECT lower(folded) LIKE '%lukasz%' FROM client_fts WHERE client_id = " + key) == "t");
  for (const std::string word : {"lukasz", "cwik", "zoe", "office", "gmail"}) {
    CAPTURE(word);
    CHECK(scalar(schema.uri(),
                 "SELECT string_agg(client_id::text, ',') FROM client_fts WHERE document @@ "
                 "to_tsquery('simple', rapport_unaccent('" +
                     word + "'))") == key);
  }
}

TEST_CASE("PostgreSQL store: client updates are audited like SQLite's; emails conflict naming their owner") {
  const std::string server = test::postgres_server();
  if (server.empty()) return;
  test::PostgresSchema schema(server);
  Stores s(schema.uri());

  const auto anna = s.both(
      [](store::Store& st) { return st.create_staff(test::staff("Anna", "anna@example.com"), Actor::system()); });
  const auto ben =
      s.both([](store::Store& st) { return st.create_staff(test::staff("Ben", "ben@example.com"), Actor::system()); });
  const auto first = s.both([&](store::Store& st) { return st.create_client(full_client(anna.id), Actor::system()); });
  const auto second = s.both(
      [](store::Store& st) { return st.create_client(test::client("Other", "other@example.com"), Actor::system()); });

  s.clock.advance(60'000);
  auto changed = first;
  changed.name = "Zoe Lukasz Cwik";
  changed.emails = {"zoe.lukasz+crm@gmail.com", "new@zoe.example.com"};
  changed.phones = {"+48221234567"};
  changed.stage = LifecycleStage::former;
  changed.owner = ben.id;
  changed.tags = {"key-account", "lost"};
  changed.fields.erase("seats");
  changed.fields["audited"] = false;
  changed.consent.marketing = false;
  const auto updated = s.both([&](store::Store& st) { return st.update_client(changed, Actor::by(ben.id)); });
  CHECK(updated.created_at == first.created_at);
  CHECK(to_unix_ms(updated.updated_at) == to_unix_ms(first.created_at) + 60'000);
  CHECK(s.both([&](store::Store& st) { return st.find_client(first.id); }) == updated);

  const auto log = s.pg->audit_log({"client", first.id.value, 1000});
  std::vector<std::string> fields;
  for (const auto& e : log) {
    if (e.action == "update") fields.push_back(e.field);
    if (e.action == "update") CHECK(e.actor == "staff:" + std::to_string(ben.id.value));
  }
  CHECK_FALSE(fields.empty());
  s.same_audit({"client", std::nullopt, 1000});

  // The old email became free; a taken one is a Conflict naming it and its owner.
  const auto message = s.fails_alike<Conflict>(
      [&](store::Store& st) { st.create_client(test::client("Thief", "new@zoe.example.com"), Actor::system()); });
  CHECK(message.find("email 'new@zoe.example.com' already belongs to client " + std::to_string(first.id.value)) !=
        std::string::npos);
  auto taking = second;
  taking.emails = {"other@example.com", "zoe.lukasz+crm@gmail.com"};
  s.fails_alike<Conflict>([&](store::Store& st) { st.update_client(taking, Actor::system()); });
  // Nothing of the failed writes stays: the second client is as it was.
  CHECK(s.both([&](store::Store& st) { return st.find_client(second.id); }) == second);
  CHECK(s.both([](store::Store& st) { return st.find_client_by_email("office@zoe.example.com"); }) == std::nullopt);
  s.same_audit({std::nullopt, std::nullopt, 1000});

  // The full-text row follows the update.
  CHECK(scalar(schema.uri(),
               "SELECT name || '|' || emails FROM client_fts WHERE client_id = " + std::to_string(first.id.value)) ==
        "Zoe Lukasz Cwik|zoe.lukasz+crm@gmail.com new@zoe.example.com");
}

TEST_CASE("PostgreSQL store: list_clients pages and filters as SQLite does") {
  const std::string server = test::postgres_server();
  if (server.empty()) return;
  test::PostgresSchema schema(server);
  Stores s(schema.uri());

  const auto anna = s.both(
      [](store::Store& st) { return st.create_staff(test::staff("Anna", "anna@example.com"), Actor::system()); });
  const std::int64_t start = 1'700'000'000'000;
  for (int i = 0; i < 9; ++i) {
    Client c = test::client("Client " + std::to_string(i), "c" + std::to_string(i) + "@example.com");
    c.stage = static_cast<LifecycleStage>(i % 4);
    c.language = i % 3 == 0 ? "uk" : "en";
    if (i % 2 == 0) c.owner = anna.id;
    if (i % 3 != 2) c.tags = {"vip"};
    s.both([&](store::Store& st) { return st.create_client(c, Actor::system()); });
    s.clock.advance(1000);
  }

  std::vector<store::ClientFilter> filters(8);
  filters[1].tag = "vip";
  filters[2].stage = LifecycleStage::prospect;
  filters[3].owner = anna.id;
  filters[4].language = "uk";
  filters[5].created_from = from_unix_ms(start + 3000);
  filters[6].created_before = from_unix_ms(start + 5000);
  filters[7].tag = "vip";
  filters[7].owner = anna.id;
  filters[7].created_from = from_unix_ms(start + 1000);
  filters[7].created_before = from_unix_ms(start + 8000);
  const std::vector<std::size_t> expected_counts = {9, 6, 2, 5, 3, 6, 5, 2};

  for (std::size_t f = 0; f < filters.size(); ++f) {
    for (const std::size_t limit : {std::size_t{1}, std::size_t{2}, std::size_t{4}, std::size_t{100}}) {
      CAPTURE(f);
      CAPTURE(limit);
      std::optional<ClientId> after;
      std::vector<ClientId> seen;
      int pages = 0;
      do {
        const auto a = s.lite->list_clients(filters[f], after, limit);
        const auto b = s.pg->list_clients(filters[f], after, limit);
        CHECK(b.items == a.items);
        CHECK(b.next == a.next);
        CHECK(b.items.size() <= limit);
        for (const auto& c : b.items) seen.push_back(c.id);
        after = b.next;
        REQUIRE(++pages < 20);
      } while (after);
      CHECK(seen.size() == expected_counts[f]);
      CHECK(std::is_sorted(seen.begin(), seen.end()));
    }
  }
  CHECK(s.pg->list_clients({}, ClientId{9}, 10).items.empty());
}

TEST_CASE("PostgreSQL store: notes and tasks round-trip as in SQLite; due tasks in due order") {
  const std::string server = test::postgres_server();
  if (server.empty()) return;
  test::PostgresSchema schema(server);
  Stores s(schema.uri());

  const auto anna = s.both(
      [](store::Store& st) { return st.create_staff(test::staff("Anna", "anna@example.com"), Actor::system()); });
  const auto a =
      s.both([](store::Store& st) { return st.create_client(test::client("A", "a@example.com"), Actor::system()); });
  const auto b =
      s.both([](store::Store& st) { return st.create_client(test::client("B", "b@example.com"), Actor::system()); });

  const auto note = s.both([&](store::Store& st) {
    return st.create_note(Note{{}, a.id, anna.id, "Prefers calls in the morning; spoke with Zoë", {}},
                          Actor::by(anna.id));
  });
  s.clock.advance(10);
  s.both([&](store::Store& st) { return st.create_note(Note{{}, a.id, std::nullopt, "Second", {}}, Actor::system()); });
  s.both([&](store::Store& st) { return st.create_note(Note{{}, b.id, std::nullopt, "Other", {}}, Actor::system()); });
  const auto notes = s.both([&](store::Store& st) { return st.list_notes(a.id); });
  REQUIRE(notes.size() == 2);
  CHECK(notes[0] == note);
  CHECK(notes[1].body == "Second");
  CHECK(s.both([](store::Store& st) { return st.list_notes(ClientId{999}); }).empty());
  // No letter without a decomposition in the body: nothing extra to index.
  CHECK(scalar(schema.uri(), "SELECT body || '|' || folded FROM note_fts WHERE note_id = " +
                                 std::to_string(note.id.value)) == note.body + "|");
  CHECK(scalar(schema.uri(),
               "SELECT note_id FROM note_fts WHERE document @@ to_tsquery('simple', "
               "rapport_unaccent('zoe'))") == std::to_string(note.id.value));

  const std::int64_t t0 = 1'700'000'000'000;
  auto task = [&](ClientId client, std::string title, std::int64_t due, bool done) {
    return s.both([&](store::Store& st) {
      return st.create_task(Task{{}, client, anna.id, title, from_unix_ms(due), done, {}}, Actor::by(anna.id));
    });
  };
  const auto late = task(a.id, "late", t0 + 5000, false);
  const auto early = task(b.id, "early", t0 + 1000, false);
  const auto tie = task(a.id, "tie", t0 + 1000, false);
  task(a.id, "done", t0 + 500, true);
  task(b.id, "future", t0 + 90'000, false);
  CHECK(early.created_at == from_unix_ms(t0 + 10));

  const auto due = s.both([&](store::Store& st) { return st.due_tasks(from_unix_ms(t0 + 5001)); });
  REQUIRE(due.size() == 3);
  CHECK(due[0] == early);
  CHECK(due[1] == tie);
  CHECK(due[2] == late);
  CHECK(s.both([&](store::Store& st) { return st.due_tasks(from_unix_ms(t0 + 5000)); }).size() == 2);
  const auto of_a = s.both([&](store::Store& st) { return st.list_tasks(a.id); });
  REQUIRE(of_a.size() == 3);
  CHECK(of_a[0].title == "done");

  s.clock.advance(1000);
  auto finished = tie;
  finished.done = true;
  finished.assignee.reset();
  finished.title = "tie (called)";
  const auto stored = s.both([&](store::Store& st) { return st.update_task(finished, Actor::system()); });
  CHECK(stored.created_at == tie.created_at);
  CHECK(s.both([&](store::Store& st) { return st.due_tasks(from_unix_ms(t0 + 5001)); }).size() == 2);
  s.same_audit({std::nullopt, std::nullopt, 1000});
  const auto log = s.pg->audit_log({"task", tie.id.value, 100});
  REQUIRE_FALSE(log.empty());
  CHECK(log.front().action == "update");
}

TEST_CASE("PostgreSQL store: removing a client cascades; unknown ids are NotFound as in SQLite") {
  const std::string server = test::postgres_server();
  if (server.empty()) return;
  test::PostgresSchema schema(server);
  Stores s(schema.uri());

  const auto anna = s.both(
      [](store::Store& st) { return st.create_staff(test::staff("Anna", "anna@example.com"), Actor::system()); });
  const auto gone = s.both([&](store::Store& st) { return st.create_client(full_client(anna.id), Actor::system()); });
  const auto kept =
      s.both([](store::Store& st) { return st.create_client(test::client("Kept", "k@example.com"), Actor::system()); });
  for (const auto& c : {gone, kept}) {
    s.both([&](store::Store& st) { return st.create_note(Note{{}, c.id, anna.id, "note", {}}, Actor::system()); });
    s.both([&](store::Store& st) {
      return st.create_task(Task{{}, c.id, anna.id, "call", from_unix_ms(1), false, {}}, Actor::system());
    });
  }

  s.lite->remove_client(gone.id, Actor::by(anna.id));
  s.pg->remove_client(gone.id, Actor::by(anna.id));
  CHECK_FALSE(s.both([&](store::Store& st) { return st.find_client(gone.id); }).has_value());
  CHECK_FALSE(s.both([](store::Store& st) { return st.find_client_by_email("office@zoe.example.com"); }).has_value());
  CHECK(s.both([&](store::Store& st) { return st.list_notes(gone.id); }).empty());
  CHECK(s.both([&](store::Store& st) { return st.list_tasks(gone.id); }).empty());
  CHECK(s.both([&](store::Store& st) { return st.due_tasks(from_unix_ms(1000)); }).size() == 1);
  CHECK(s.both([&](store::Store& st) { return st.list_notes(kept.id); }).size() == 1);
  const std::string id = std::to_string(gone.id.value);
  for (const std::string table : {"client_emails", "client_phones", "client_tags", "client_fields", "notes", "tasks"}) {
    CAPTURE(table);
    CHECK(scalar(schema.uri(), "SELECT count(*) FROM " + table + " WHERE client_id = " + id) == "0");
  }
  CHECK(scalar(schema.uri(), "SELECT count(*) FROM client_fts") == "1");
  CHECK(scalar(schema.uri(), "SELECT count(*) FROM note_fts") == "1");
  s.same_audit({"client", gone.id.value, 1000});
  CHECK(s.pg->audit_log({"client", gone.id.value, 1}).front().action == "delete");
  // The email is free again.
  s.both([](store::Store& st) {
    return st.create_client(test::client("New owner", "office@zoe.example.com"), Actor::system()).emails;
  });

  const ClientId nobody{999};
  CHECK(s.fails_alike<NotFound>([&](store::Store& st) { st.remove_client(gone.id, Actor::system()); }) ==
        "client " + id + " does not exist");
  auto ghost = kept;
  ghost.id = nobody;
  ghost.emails.clear();
  s.fails_alike<NotFound>([&](store::Store& st) { st.update_client(ghost, Actor::system()); });
  auto orphan = test::client("Orphan");
  orphan.owner = StaffId{999};
  CHECK(s.fails_alike<NotFound>([&](store::Store& st) { st.create_client(orphan, Actor::system()); }) ==
        "staff 999 does not exist");
  s.fails_alike<NotFound>([&](store::Store& st) {
    st.create_note(Note{{}, nobody, std::nullopt, "x", {}}, Actor::system());
  });
  s.fails_alike<NotFound>([&](store::Store& st) {
    st.create_note(Note{{}, kept.id, StaffId{999}, "x", {}}, Actor::system());
  });
  s.fails_alike<NotFound>([&](store::Store& st) {
    st.create_task(Task{{}, nobody, std::nullopt, "x", from_unix_ms(1), false, {}}, Actor::system());
  });
  CHECK(s.fails_alike<NotFound>([&](store::Store& st) {
    st.update_task(Task{TaskId{999}, kept.id, std::nullopt, "x", from_unix_ms(1), false, {}}, Actor::system());
  }) == "task 999 does not exist");
  s.same_audit({std::nullopt, std::nullopt, 1000});
}

TEST_CASE("PostgreSQL store: a read-only store reads clients and refuses client writes") {
  const std::string server = test::postgres_server();
  if (server.empty()) return;
  test::PostgresSchema schema(server);
  ClientId id;
  {
    auto writer = store::open_postgres(schema.uri());
    id = writer->create_client(test::client("A", "a@example.com"), Actor::system()).id;
  }
  store::StoreOptions options;
  options.read_only = true;
  auto reader = store::open_postgres(schema.uri(), options);
  CHECK(reader->find_client(id).has_value());
  CHECK(reader->list_clients({}, std::nullopt, 10).items.size() == 1);
  CHECK_THROWS_WITH_AS(reader->create_client(test::client("B"), Actor::system()), doctest::Contains("read-only"),
                       StorageError);
  CHECK_THROWS_WITH_AS(reader->remove_client(id, Actor::system()), doctest::Contains("read-only"), StorageError);
}
