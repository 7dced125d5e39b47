// Crm::backup: a consistent copy taken while another thread writes, that
// opens and passes SQLite's integrity check; restoring it brings back exactly
// the data of the moment it was taken; an existing path is never overwritten.
#include <doctest/doctest.h>
#include <sqlite3.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <set>
#include <thread>

#include "../workflow/workflow_support.hpp"

using namespace rapport;

namespace {

std::set<std::int64_t> interaction_ids(Crm& crm, ClientId client) {
  std::set<std::int64_t> ids;
  std::optional<store::InteractionCursor> after;
  do {
    auto page = crm.interactions().list(client, after, 1000);
    for (const auto& in : page.items) {
      CHECK(in.turns.size() == 2);  // whole interactions only
      ids.insert(in.id.value);
    }
    after = page.next;
  } while (after);
  return ids;
}

std::string integrity_check(const std::string& path) {
  sqlite3* db = nullptr;
  std::string result = "cannot open";
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &st, nullptr) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
      result = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
  }
  sqlite3_close(db);
  return result;
}

Interaction call(ClientId client, std::int64_t n) {
  return test::conversation(client, std::nullopt, from_unix_ms(1'790'000'000'000 + n * 1000), test::kPlainClient,
                            test::kKindAgent);
}

}  // namespace

TEST_CASE("a backup taken while another thread writes opens whole, and restoring it brings back that moment") {
  RAPPORT_SQLITE_ONLY("backup() copies SQLite files; PostgreSQL has pg_dump");
  test::TestDatabase db;
  Crm crm = Crm::open(db.location());
  const auto client = crm.clients().add(test::client("Backed Up", "backed.up@example.com")).id;
  for (int n = 0; n < 50; ++n) crm.log_interaction(call(client, n));

  // Online: a second connection keeps logging batches during the copy.
  std::atomic<bool> stop{false};
  std::atomic<int> written{0};
  std::thread writer([&] {
    Crm other = Crm::open(db.location());
    for (int n = 1000; !stop; n += 2) {
      std::vector<Interaction> batch{call(client, n), call(client, n + 1)};
      other.log_interactions(batch);
      written += 2;
    }
  });
  while (written < 20) std::this_thread::yield();
  const std::string copy = db.dir().file("backup.db");
  crm.backup(copy);
  stop = true;
  writer.join();

  CHECK(integrity_check(copy) == "ok");
  std::set<std::int64_t> in_copy;
  {
    Crm restored = Crm::open(copy);
    in_copy = interaction_ids(restored, client);
    CHECK(restored.clients().get(client).emails == std::vector<std::string>{"backed.up@example.com"});
    CHECK_FALSE(restored.search("Backed").empty());  // the search index came along
  }
  const auto in_original = interaction_ids(crm, client);
  CHECK(in_copy.size() >= 70);                                      // taken after 50 + 20
  CHECK(in_copy.size() % 2 == 0);                                   // whole batches: a snapshot
  CHECK(in_copy.size() < in_original.size() + 1);                   // nothing invented
  for (const auto id : in_copy) CHECK(in_original.count(id) == 1);  // only what the original had

  // Restore: the original goes on changing; a copy of the backup put in its
  // place holds exactly the snapshot, and works as a live database.
  crm.log_interaction(call(client, 99'999));
  const std::string restored_path = db.dir().file("restored.db");
  std::filesystem::copy_file(copy, restored_path);
  Crm restored = Crm::open(restored_path);
  CHECK(interaction_ids(restored, client) == in_copy);
  restored.log_interaction(call(client, 100'000));
  CHECK(interaction_ids(restored, client).size() == in_copy.size() + 1);
}

TEST_CASE("backup refuses a path that exists and leaves that file untouched") {
  RAPPORT_SQLITE_ONLY("backup() copies SQLite files");
  test::TestDatabase db;
  Crm crm = Crm::open(db.location());
  crm.clients().add(test::client("Someone"));
  const std::string taken = db.dir().file("taken.db");
  std::ofstream(taken) << "precious";
  const std::string exists = "'" + taken + "' exists already";
  CHECK_THROWS_WITH_AS(crm.backup(taken), doctest::Contains(exists.c_str()), InvalidArgument);
  std::ifstream in(taken);
  std::string content;
  in >> content;
  CHECK(content == "precious");
  CHECK_THROWS_WITH_AS(crm.backup(""), "backup path is empty", InvalidArgument);
  // A directory that does not exist: a StorageError naming the path, and no file left behind.
  const std::string nowhere = db.dir().file("no-such-dir/copy.db");
  const std::string named = "'" + nowhere + "'";
  CHECK_THROWS_WITH_AS(crm.backup(nowhere), doctest::Contains(named.c_str()), StorageError);
  CHECK_FALSE(std::filesystem::exists(db.dir().file("no-such-dir")));
  // No temporary copies left beside the database either.
  for (const auto& entry : std::filesystem::directory_iterator(db.dir().file("")))
    CHECK(entry.path().filename().string().find(".partial-") == std::string::npos);
}

TEST_CASE("backup on PostgreSQL says to use pg_dump") {
  RAPPORT_POSTGRES_ONLY("the SQLite store backs up");
  test::TestDatabase db;
  Crm crm = Crm::open(db.location());
  const std::string path = db.dir().file("copy.db");
  CHECK_THROWS_WITH_AS(crm.backup(path), doctest::Contains("pg_dump"), StorageError);
  CHECK_FALSE(std::filesystem::exists(path));
}
