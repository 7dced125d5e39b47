#pragma once

// A private schema on the test PostgreSQL server for each test, dropped after.
// The server comes from RAPPORT_TEST_POSTGRES (scripts/test starts one with
// scripts/pg-server); without it the PostgreSQL cases are skipped, saying so,
// unless RAPPORT_REQUIRE_POSTGRES=1 (CI), where its absence fails.
#include <doctest/doctest.h>
#include <libpq-fe.h>

#include <cstdlib>
#include <optional>
#include <random>
#include <string>

namespace test {

/// The test server's URI, or empty when there is none.
inline std::string postgres_server() {
  const char* uri = std::getenv("RAPPORT_TEST_POSTGRES");
  if (uri == nullptr || *uri == '\0') {
    const char* required = std::getenv("RAPPORT_REQUIRE_POSTGRES");
    if (required != nullptr && std::string(required) == "1")
      FAIL("RAPPORT_REQUIRE_POSTGRES=1 but RAPPORT_TEST_POSTGRES is not set");
    MESSAGE("PostgreSQL case skipped: RAPPORT_TEST_POSTGRES is not set (scripts/test starts a server)");
    return {};
  }
  return uri;
}

/// Runs one statement as the test server's owner; fails the test on error.
inline void postgres_admin(const std::string& uri, const std::string& sql) {
  PGconn* conn = PQconnectdb(uri.c_str());
  PQsetNoticeProcessor(
      conn, [](void*, const char*) {}, nullptr);
  REQUIRE_MESSAGE(PQstatus(conn) == CONNECTION_OK, PQerrorMessage(conn));
  PGresult* r = PQexec(conn, sql.c_str());
  const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK || PQresultStatus(r) == PGRES_TUPLES_OK;
  const std::string error = PQresultErrorMessage(r);
  PQclear(r);
  PQfinish(conn);
  REQUIRE_MESSAGE(ok, error);
}

/// A fresh schema on the test server, and the URI that works inside it.
class PostgresSchema {
 public:
  explicit PostgresSchema(std::string server) : server_(std::move(server)) {
    std::random_device rd;
    name_ = "t" + std::to_string(rd()) + std::to_string(rd());
    postgres_admin(server_, "CREATE SCHEMA " + name_);
    // search_path: our schema for the tables, public for the unaccent extension.
    uri_ = server_ + (server_.find('?') == std::string::npos ? "?" : "&") + "options=-csearch_path%3D" + name_ +
           "%2Cpublic";
  }
  ~PostgresSchema() {
    PGconn* conn = PQconnectdb(server_.c_str());
    PQsetNoticeProcessor(
        conn, [](void*, const char*) {}, nullptr);  // "drop cascades to ..."
    PQclear(PQexec(conn, ("DROP SCHEMA " + name_ + " CASCADE").c_str()));
    PQfinish(conn);
  }
  PostgresSchema(const PostgresSchema&) = delete;
  PostgresSchema& operator=(const PostgresSchema&) = delete;

  /// The connection string that selects this schema.
  [[nodiscard]] const std::string& uri() const noexcept { return uri_; }
  /// The schema's name.
  [[nodiscard]] const std::string& name() const noexcept { return name_; }
  /// The server URI (public schema).
  [[nodiscard]] const std::string& server() const noexcept { return server_; }

 private:
  std::string server_, name_, uri_;
};

}  // namespace test
