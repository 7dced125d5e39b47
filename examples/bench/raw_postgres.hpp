#pragma once

// Bulk writes with libpq's COPY FROM STDIN into a rapport PostgreSQL schema:
// the ingest baseline, and the fast way to build a million-interaction history
// for the report timings (no analysis, no library code in the loop). Errors
// name the server as "user@host:port/db", never the password.
#include <libpq-fe.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "raw_interaction.hpp"

namespace bench::pg {

struct Finish {
  void operator()(PGconn* conn) const noexcept { PQfinish(conn); }
};
/// A libpq connection, closed when dropped.
using Connection = std::unique_ptr<PGconn, Finish>;

/// Connects to `conninfo` (a libpq URI or key=value string) with UTF-8 client encoding.
Connection open_raw(const std::string& conninfo);
/// Runs `sql` (statements whose results are not read); throws naming the server on error.
void exec(PGconn* conn, const std::string& sql);
/// Inserts `items` in ONE transaction, one COPY per table. The interaction ids
/// are reserved from the identity sequence first, so rapport's later inserts
/// draw ids after them.
void insert_raw(PGconn* conn, const std::vector<RawInteraction>& items);
/// Inserts `clients` clients (ids 1..clients in a fresh schema) and `staff`
/// staff members in one transaction.
void insert_people(PGconn* conn, std::size_t clients, std::size_t staff, std::int64_t created_ms);

/// `conninfo` with its search_path set to `schema`, then public (where the
/// unaccent extension lives): a URI gets an options= query parameter, a
/// key=value string an options keyword.
std::string in_schema(const std::string& conninfo, const std::string& schema);

/// A schema of the run's own on the server: created fresh by recreate()
/// (dropping what a previous run left), dropped on destruction unless kept.
class Schema {
 public:
  Schema(std::string server, std::string name, bool keep);
  ~Schema();
  Schema(const Schema&) = delete;
  Schema& operator=(const Schema&) = delete;

  /// Drops the schema if it exists and creates it empty.
  void recreate();
  /// The connection string that works inside the schema.
  [[nodiscard]] const std::string& location() const noexcept { return location_; }
  /// The schema's name.
  [[nodiscard]] const std::string& name() const noexcept { return name_; }

 private:
  std::string server_, name_, location_;
  bool keep_ = false, created_ = false;
};

}  // namespace bench::pg
