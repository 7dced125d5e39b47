#pragma once

// The database a store-level test runs on. The store and workflow suites are
// written once and run on both stores: ctest runs each suite binary twice, the
// second time with RAPPORT_TEST_STORE=postgresql, where every TestDatabase is
// a fresh schema on the test PostgreSQL server instead of a SQLite file.
#include <cstdlib>
#include <memory>
#include <string>

#include "postgres_support.hpp"
#include "support.hpp"

namespace test {

/// True when this run of the suite is on PostgreSQL (RAPPORT_TEST_STORE=postgresql).
inline bool on_postgres() {
  const char* store = std::getenv("RAPPORT_TEST_STORE");
  return store != nullptr && std::string(store) == "postgresql";
}

/// The store this run is on, for messages: "SQLite" or "PostgreSQL".
inline std::string store_name() { return on_postgres() ? "PostgreSQL" : "SQLite"; }

/// A fresh database for one test: a SQLite file in a temp dir, or (on the
/// PostgreSQL run) a private schema on the test server, dropped afterwards.
class TestDatabase {
 public:
  TestDatabase() {
    if (on_postgres()) {
      const std::string server = postgres_server();
      REQUIRE_MESSAGE(!server.empty(), "RAPPORT_TEST_STORE=postgresql needs RAPPORT_TEST_POSTGRES");
      schema_ = std::make_unique<PostgresSchema>(server);
    }
  }
  TestDatabase(const TestDatabase&) = delete;
  TestDatabase& operator=(const TestDatabase&) = delete;

  /// Where Crm::open finds it: the SQLite file `name` in the temp dir, or the schema's URI.
  [[nodiscard]] std::string location(const std::string& name = "crm.db") const {
    return schema_ ? schema_->uri() : dir_.file(name);
  }
  /// The temp dir (for files a test writes besides the database).
  [[nodiscard]] const TempDir& dir() const noexcept { return dir_; }

 private:
  TempDir dir_;
  std::unique_ptr<PostgresSchema> schema_;
};

/// Skips the rest of a test that checks something only the SQLite store has
/// (a file on disk, PRAGMAs), saying so on the PostgreSQL run.
#define RAPPORT_SQLITE_ONLY(why)                                             \
  do {                                                                       \
    if (::test::on_postgres()) {                                             \
      MESSAGE("SQLite-only check skipped on the PostgreSQL run: " << (why)); \
      return;                                                                \
    }                                                                        \
  } while (false)

/// Skips the rest of a test that checks something only the PostgreSQL store
/// has (a server: LISTEN/NOTIFY), saying so on the SQLite run.
#define RAPPORT_POSTGRES_ONLY(why)                                           \
  do {                                                                       \
    if (!::test::on_postgres()) {                                            \
      MESSAGE("PostgreSQL-only check skipped on the SQLite run: " << (why)); \
      return;                                                                \
    }                                                                        \
  } while (false)

}  // namespace test
