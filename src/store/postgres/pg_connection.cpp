// libpq calls and their errors.
#include "pg_connection.hpp"

#include <charconv>
#include <memory>

#include "rapport/error.hpp"

namespace rapport::store::postgres {
namespace {

// libpq's messages end with a newline; ours do not.
std::string trimmed(const char* message) {
  std::string s = message ? message : "";
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  return s;
}

}  // namespace

std::string describe_conninfo(const std::string& conninfo) {
  char* error = nullptr;
  PQconninfoOption* options = PQconninfoParse(conninfo.c_str(), &error);
  if (options == nullptr) {
    // The parser's message may quote the string, and the string may hold a password.
    PQfreemem(error);
    throw InvalidArgument("not a PostgreSQL connection string (libpq cannot parse it)");
  }
  std::string host, port, db, user;
  for (PQconninfoOption* o = options; o->keyword != nullptr; ++o) {
    if (o->val == nullptr) continue;
    const std::string_view key = o->keyword;
    if (key == "host" || (key == "hostaddr" && host.empty())) host = o->val;
    if (key == "port") port = o->val;
    if (key == "dbname") db = o->val;
    if (key == "user") user = o->val;
  }
  PQconninfoFree(options);
  return (user.empty() ? "" : user + "@") + (host.empty() ? "localhost" : host) + (port.empty() ? "" : ":" + port) +
         "/" + (db.empty() ? user : db);
}

PgResult& PgResult::operator=(PgResult&& other) noexcept {
  if (this != &other) {
    PQclear(result_);
    result_ = other.result_;
    other.result_ = nullptr;
  }
  return *this;
}

std::int64_t PgResult::int64(int row, int column) const {
  if (is_null(row, column)) return 0;
  const char* v = PQgetvalue(result_, row, column);
  std::int64_t out = 0;
  const auto end = v + PQgetlength(result_, row, column);
  if (std::from_chars(v, end, out).ptr != end) throw StorageError(std::string("not an integer: '") + v + "'");
  return out;
}

PgConnection::PgConnection(const std::string& conninfo) : where_(describe_conninfo(conninfo)) {
  conn_ = PQconnectdb(conninfo.c_str());
  if (conn_ == nullptr) throw StorageError("cannot connect to PostgreSQL " + where_ + ": out of memory");
  if (PQstatus(conn_) != CONNECTION_OK) {
    const std::string message = trimmed(PQerrorMessage(conn_));
    PQfinish(conn_);
    conn_ = nullptr;
    throw StorageError("cannot connect to PostgreSQL " + where_ + ": " + message);
  }
  // Times are integers (UTC milliseconds) and text is UTF-8 whatever the server's defaults.
  PQclear(PQexec(conn_, "SET client_encoding = 'UTF8'"));
  PQsetNoticeProcessor(
      conn_, [](void*, const char*) {}, nullptr);  // NOTICEs are not errors
}

PgConnection::~PgConnection() { PQfinish(conn_); }

namespace {

// Wraps `raw`, throwing when the statement failed: a unique violation is a
// Conflict (the caller usually checked first; this is the race it lost), a
// foreign-key violation NotFound, anything else StorageError.
PgResult checked(PGresult* raw, PGconn* conn, const std::string& where) {
  PgResult result(raw);
  const ExecStatusType status = raw ? PQresultStatus(raw) : PGRES_FATAL_ERROR;
  if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) return result;
  const std::string message = trimmed(raw ? PQresultErrorMessage(raw) : PQerrorMessage(conn));
  const char* state = raw ? PQresultErrorField(raw, PG_DIAG_SQLSTATE) : nullptr;
  const std::string code = state ? state : "";
  if (code == "23505") throw Conflict(message);
  if (code == "23503") throw NotFound(message);
  if (code == "40001" || code == "40P01") throw TransientFailure("PostgreSQL " + where + ": " + message);
  throw StorageError("PostgreSQL " + where + ": " + message);
}

}  // namespace

PgResult PgConnection::exec(const std::string& sql, const std::vector<Param>& params) {
  std::vector<const char*> values;
  values.reserve(params.size());
  for (const auto& p : params) values.push_back(p ? p->c_str() : nullptr);
  return checked(
      PQexecParams(conn_, sql.c_str(), static_cast<int>(values.size()), nullptr, values.data(), nullptr, nullptr, 0),
      conn_, where_);
}

void PgConnection::exec_script(const std::string& sql) { checked(PQexec(conn_, sql.c_str()), conn_, where_); }

PgTransaction::PgTransaction(PgConnection& connection) : connection_(connection) { connection_.exec("BEGIN"); }

PgTransaction::~PgTransaction() {
  if (!done_) {
    try {
      connection_.exec("ROLLBACK");
    } catch (...) {  // a destructor must not throw; the server rolls back a broken connection anyway
    }
  }
}

void PgTransaction::commit() {
  connection_.exec("COMMIT");
  done_ = true;
}

}  // namespace rapport::store::postgres
