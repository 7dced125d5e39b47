#pragma once

// A thin RAII layer over libpq: one connection, parameterised statements in
// text format, results with typed getters, transactions. Errors become
// StorageError naming user@host:port/db and never the password.
#include <libpq-fe.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rapport/error.hpp"

namespace rapport::store::postgres {

/// A transaction the server aborted because it raced another (serialization
/// failure 40001, deadlock 40P01): running it again may succeed.
class TransientFailure : public StorageError {
 public:
  using StorageError::StorageError;
};

/// One statement parameter in text format; empty means SQL NULL.
using Param = std::optional<std::string>;

/// A parameter from an integer.
inline Param param(std::int64_t v) { return std::to_string(v); }
/// A parameter from text.
inline Param param(std::string_view v) { return std::string(v); }
/// A parameter from a boolean ("t" / "f").
inline Param param_bool(bool v) { return std::string(v ? "t" : "f"); }

/// The rows a statement returned; owns its PGresult.
class PgResult {
 public:
  explicit PgResult(PGresult* result) noexcept : result_(result) {}
  PgResult(PgResult&& other) noexcept : result_(other.result_) { other.result_ = nullptr; }
  PgResult& operator=(PgResult&& other) noexcept;
  PgResult(const PgResult&) = delete;
  PgResult& operator=(const PgResult&) = delete;
  ~PgResult() { PQclear(result_); }

  /// Number of rows.
  [[nodiscard]] int rows() const noexcept { return PQntuples(result_); }
  /// True when the value is SQL NULL.
  [[nodiscard]] bool is_null(int row, int column) const noexcept { return PQgetisnull(result_, row, column) != 0; }
  /// The value as text ("" for NULL).
  [[nodiscard]] std::string text(int row, int column) const { return PQgetvalue(result_, row, column); }
  /// The value as an integer (0 for NULL).
  [[nodiscard]] std::int64_t int64(int row, int column) const;
  /// The value as a boolean (PostgreSQL's "t" / "f").
  [[nodiscard]] bool boolean(int row, int column) const { return text(row, column) == "t"; }

 private:
  PGresult* result_;
};

/// A connection to one database.
class PgConnection {
 public:
  /// Connects with a libpq URI or key=value string; throws StorageError naming the server.
  explicit PgConnection(const std::string& conninfo);
  PgConnection(const PgConnection&) = delete;
  PgConnection& operator=(const PgConnection&) = delete;
  ~PgConnection();

  /// Runs one statement with parameters; throws on failure (Conflict for unique
  /// violations, StorageError otherwise), naming `operation`.
  PgResult exec(const std::string& sql, const std::vector<Param>& params = {});
  /// Runs several statements without parameters (migrations).
  void exec_script(const std::string& sql);

  /// The libpq connection, for what this layer does not wrap (LISTEN's notifications).
  [[nodiscard]] PGconn* native() noexcept { return conn_; }
  /// "user@host:port/db" of this connection, for messages.
  [[nodiscard]] const std::string& where() const noexcept { return where_; }

 private:
  PGconn* conn_ = nullptr;
  std::string where_;
};

/// "user@host:port/db" of a connection string, without the password; throws
/// InvalidArgument when libpq cannot parse it (without echoing it).
std::string describe_conninfo(const std::string& conninfo);

/// A transaction: BEGIN on construction, ROLLBACK on destruction unless committed.
class PgTransaction {
 public:
  /// Begins a transaction on `connection`.
  explicit PgTransaction(PgConnection& connection);
  PgTransaction(const PgTransaction&) = delete;
  PgTransaction& operator=(const PgTransaction&) = delete;
  ~PgTransaction();
  /// Commits; afterwards the destructor does nothing.
  void commit();

 private:
  PgConnection& connection_;
  bool done_ = false;
};

}  // namespace rapport::store::postgres
