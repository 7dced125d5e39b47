// The database file itself: migrations, bad files, read-only use, threads and processes.
#include <doctest/doctest.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <thread>

#include "test_database.hpp"

using namespace rapport;

namespace {

void exec_sql(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
  REQUIRE(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK);
  sqlite3_close(db);
}

}  // namespace

TEST_CASE("a new file is migrated to the current schema in WAL mode") {
  RAPPORT_SQLITE_ONLY("a SQLite file's own behaviour; PostgreSQL has its own cases in postgres_test.cpp");
  test::TempDir dir;
  const auto path = dir.file("crm.db");
  Crm crm = Crm::open(path);
  CHECK(crm.store().schema_version() == store::sqlite_schema_version());
  CHECK(std::filesystem::exists(path + "-wal"));
  Crm again = Crm::open(path);  // opening an up-to-date file migrates nothing
  CHECK(again.store().schema_version() == store::sqlite_schema_version());
}

TEST_CASE("a file that is not a SQLite database is refused by name and left alone") {
  RAPPORT_SQLITE_ONLY("a SQLite file's own behaviour; PostgreSQL has its own cases in postgres_test.cpp");
  test::TempDir dir;
  const auto path = dir.file("notes.txt");
  const std::string content = "these are not the pages you are looking for\n" + std::string(4096, 'x');
  std::ofstream(path) << content;
  CHECK_THROWS_WITH_AS(Crm::open(path), doctest::Contains(("'" + path + "' is not a SQLite database").c_str()),
                       StorageError);
  std::ifstream in(path);
  const std::string after((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  CHECK(after == content);
}

TEST_CASE("a file from a newer rapport is refused, not downgraded") {
  RAPPORT_SQLITE_ONLY("a SQLite file's own behaviour; PostgreSQL has its own cases in postgres_test.cpp");
  test::TempDir dir;
  const auto path = dir.file("crm.db");
  { Crm crm = Crm::open(path); }
  exec_sql(path, "PRAGMA user_version = 99");
  CHECK_THROWS_WITH_AS(Crm::open(path), doctest::Contains("schema version 99, newer than"), StorageError);
}

TEST_CASE("negative store options are refused by name before the file is touched") {
  RAPPORT_SQLITE_ONLY("a SQLite file's own behaviour; PostgreSQL has its own cases in postgres_test.cpp");
  test::TempDir dir;
  const auto path = dir.file("crm.db");
  CrmOptions options;
  options.store.mmap_mib = -1;
  CHECK_THROWS_WITH_AS(Crm::open(path, options), doctest::Contains("mmap_mib is -1"), InvalidArgument);
  options.store.mmap_mib = 0;
  options.store.cache_mib = -5;
  CHECK_THROWS_WITH_AS(Crm::open(path, options), doctest::Contains("cache_mib is -5"), InvalidArgument);
  CHECK_FALSE(std::filesystem::exists(path));
  options.store.cache_mib = 0;  // both off still works: SQLite's minimum cache, plain reads
  Crm crm = Crm::open(path, options);
  CHECK(crm.store().schema_version() == store::sqlite_schema_version());
}

TEST_CASE("read-only access: reads work, writes fail clearly and change nothing") {
  RAPPORT_SQLITE_ONLY("a SQLite file's own behaviour; PostgreSQL has its own cases in postgres_test.cpp");
  test::TempDir dir;
  const auto path = dir.file("crm.db");
  ClientId id;
  {
    Crm crm = Crm::open(path);
    id = crm.clients().add(test::client("Anna", "anna@example.com")).id;
  }
  CrmOptions options;
  options.store.read_only = true;
  Crm ro = Crm::open(path, options);
  CHECK(ro.clients().get(id).name == "Anna");
  CHECK_THROWS_WITH_AS(ro.clients().add(test::client("Bob")), doctest::Contains("read-only"), StorageError);
  auto renamed = ro.clients().get(id);
  renamed.name = "Changed";
  CHECK_THROWS_AS(ro.clients().update(renamed), StorageError);
  CHECK(ro.clients().get(id).name == "Anna");
  CHECK_THROWS_WITH_AS(Crm::open(dir.file("missing.db"), options), doctest::Contains("missing.db"), StorageError);
}

TEST_CASE("a file without write permission fails writes with a clear error") {
  RAPPORT_SQLITE_ONLY("a SQLite file's own behaviour; PostgreSQL has its own cases in postgres_test.cpp");
  if (geteuid() == 0) {
    MESSAGE("skipped: running as root, file permissions do not stop root (read_only option covers the path)");
    return;
  }
  test::TempDir dir;
  const auto path = dir.file("crm.db");
  ClientId id;
  {
    Crm crm = Crm::open(path);
    id = crm.clients().add(test::client("Anna")).id;
  }
  std::filesystem::permissions(dir.path(), std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec);
  std::filesystem::permissions(path, std::filesystem::perms::owner_read);
  try {
    Crm crm = Crm::open(path);
    CHECK_THROWS_AS(crm.clients().add(test::client("Bob")), StorageError);
  } catch (const StorageError& e) {
    CHECK(std::string(e.what()).find(path) != std::string::npos);
  }
  std::filesystem::permissions(dir.path(), std::filesystem::perms::owner_all);
  std::filesystem::permissions(path, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
  CHECK(Crm::open(path).clients().get(id).name == "Anna");
}

TEST_CASE("one Crm used from several threads at once") {
  test::TestDatabase db;
  Crm crm = Crm::open(db.location());
  const auto c = crm.clients().add(test::client("Shared"));
  constexpr int kThreads = 4, kEach = 25;
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kEach; ++i) {
        crm.clients().add(test::client("T" + std::to_string(t) + "-" + std::to_string(i)));
        crm.interactions().add(test::call(c.id, 1'700'000'000'000 + t * 1000 + i));
        (void)crm.clients().list({}, {}, 10);
      }
    });
  }
  for (auto& th : threads) th.join();
  CHECK(crm.interactions().list(c.id, {}, 1000).items.size() == kThreads * kEach);
  std::size_t clients = 0;
  std::optional<ClientId> cursor;
  do {
    auto page = crm.clients().list({}, cursor, 1000);
    clients += page.items.size();
    cursor = page.next;
  } while (cursor);
  CHECK(clients == kThreads * kEach + 1);
}

TEST_CASE("two processes write to one database at once and lose nothing") {
  test::TestDatabase db;
  const auto path = db.location();
  ClientId id;
  {
    Crm crm = Crm::open(path);
    id = crm.clients().add(test::client("Shared")).id;
  }
  constexpr int kEach = 40;
  const pid_t child = fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    int code = 0;
    try {
      Crm crm = Crm::open(path);
      for (int i = 0; i < kEach; ++i) crm.interactions().add(test::call(id, 1'700'000'000'000 + i));
    } catch (...) {
      code = 1;
    }
    _exit(code);
  }
  {
    Crm crm = Crm::open(path);
    for (int i = 0; i < kEach; ++i) crm.interactions().add(test::call(id, 1'700'000'100'000 + i));
  }
  int status = 0;
  REQUIRE(waitpid(child, &status, 0) == child);
  CHECK(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
  CHECK(Crm::open(path).interactions().list(id, {}, 1000).items.size() == 2 * kEach);
}
