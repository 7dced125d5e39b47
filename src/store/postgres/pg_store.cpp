// The PostgreSQL store's connection, migrations, errors and audit log.
#include "pg_store.hpp"

#include <chrono>
#include <random>
#include <thread>

#include "rapport/error.hpp"

namespace rapport::store {

int postgres_schema_version() noexcept { return static_cast<int>(postgres::migrations().size()); }

std::unique_ptr<Store> open_postgres(const std::string& conninfo, const StoreOptions& options) {
  return std::make_unique<postgres::PgStore>(conninfo, options);
}

bool is_postgres_location(std::string_view location) noexcept {
  if (location.starts_with("postgresql://") || location.starts_with("postgres://")) return true;
  // A key=value string starts with a libpq keyword (letters and '_') and '='.
  std::size_t i = 0;
  while (i < location.size() && location[i] == ' ') ++i;
  const std::size_t start = i;
  while (i < location.size() && ((location[i] >= 'a' && location[i] <= 'z') || location[i] == '_')) ++i;
  while (i < location.size() && location[i] == ' ') ++i;
  return i > start && i < location.size() && location[i] == '=';
}

std::string describe_location(const std::string& location) {
  return is_postgres_location(location) ? "PostgreSQL " + postgres::describe_conninfo(location) : location;
}

}  // namespace rapport::store

namespace rapport::store::postgres {
namespace {

// Serialises migrations between processes and machines: the key is arbitrary
// but fixed ("rapport" in ASCII).
constexpr const char* kMigrationLock = "SELECT pg_advisory_xact_lock(7234287046676596)";

}  // namespace

PgStore::PgStore(const std::string& conninfo, const StoreOptions& options) : options_(options), conn_(conninfo) {
  std::lock_guard lock(mutex_);
  try {
    if (options_.read_only) {
      const int version = stored_version();
      check_not_newer(version);
      if (version < postgres_schema_version()) {
        throw StorageError("PostgreSQL " + conn_.where() + " has schema version " + std::to_string(version) +
                           ", needs " + std::to_string(postgres_schema_version()) +
                           " and was opened read-only, so it cannot be migrated");
      }
      conn_.exec("SET default_transaction_read_only = on");
    } else {
      migrate();
    }
  } catch (const Error&) {
    throw;
  } catch (const std::exception& e) {
    fail(e, "open");
  }
}

int PgStore::stored_version() {
  if (conn_.exec("SELECT to_regclass('rapport_schema') IS NULL").boolean(0, 0)) return 0;
  return static_cast<int>(conn_.exec("SELECT COALESCE(MAX(version), 0) FROM rapport_schema").int64(0, 0));
}

void PgStore::check_not_newer(int version) const {
  if (version > postgres_schema_version()) {
    throw StorageError("PostgreSQL " + conn_.where() + " has schema version " + std::to_string(version) +
                       ", newer than the " + std::to_string(postgres_schema_version()) +
                       " this rapport version understands; upgrade rapport to use it");
  }
}

void PgStore::migrate() {
  // One transaction for all steps (PostgreSQL's DDL is transactional). The
  // advisory lock makes a second process wait, then find the work done.
  PgTransaction tx(conn_);
  conn_.exec(kMigrationLock);
  conn_.exec("CREATE TABLE IF NOT EXISTS rapport_schema (version INTEGER NOT NULL)");
  const int version = stored_version();
  check_not_newer(version);
  const auto& steps = migrations();
  for (auto step = static_cast<std::size_t>(version); step < steps.size(); ++step) {
    conn_.exec_script(steps[step]);
    conn_.exec("INSERT INTO rapport_schema (version) VALUES ($1)", {param(static_cast<std::int64_t>(step + 1))});
  }
  tx.commit();
}

void PgStore::fail(const std::exception& e, const std::string& operation) const {
  if (dynamic_cast<const Error*>(&e) != nullptr) throw;
  throw StorageError("PostgreSQL " + conn_.where() + ": " + operation + " failed: " + e.what());
}

void PgStore::backoff(int attempt) const {
  // 2, 4, 8 ... ms plus jitter, so racing writers do not collide again in step.
  thread_local std::minstd_rand jitter(std::random_device{}());
  const auto base = std::chrono::milliseconds(1 << attempt);
  std::this_thread::sleep_for(base + std::chrono::milliseconds(jitter() % (1u << attempt)));
}

void PgStore::require_writable(const std::string& operation) const {
  if (options_.read_only) {
    throw StorageError("PostgreSQL " + conn_.where() + " was opened read-only; cannot " + operation);
  }
}

void PgStore::audit(const Actor& actor, std::string_view entity, std::int64_t id, std::string_view action,
                    const std::vector<FieldChange>& changes) {
  audit_as(actor.to_string(), entity, id, action, changes);
}

void PgStore::audit_as(const std::string& who, std::string_view entity, std::int64_t id, std::string_view action,
                       const std::vector<FieldChange>& changes) {
  const std::int64_t at = now_ms();
  for (const auto& change : changes) {
    conn_.exec(
        "INSERT INTO audit_log (at_ms, actor, entity, entity_id, action, field, old_value, new_value) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        {param(at), param(who), param(entity), param(id), param(action), param(change.field), change.old_value,
         change.new_value});
  }
}

std::vector<AuditEntry> PgStore::audit_log(const AuditFilter& filter) {
  std::lock_guard lock(mutex_);
  try {
    const auto rows = conn_.exec(
        "SELECT id, at_ms, actor, entity, entity_id, action, field, old_value, new_value FROM audit_log "
        "WHERE ($1::text IS NULL OR entity = $1) AND ($2::bigint IS NULL OR entity_id = $2) ORDER BY id DESC LIMIT $3",
        {filter.entity ? param(*filter.entity) : Param{}, filter.entity_id ? param(*filter.entity_id) : Param{},
         param(static_cast<std::int64_t>(filter.limit))});
    std::vector<AuditEntry> out;
    for (int r = 0; r < rows.rows(); ++r) {
      AuditEntry e;
      e.id = rows.int64(r, 0);
      e.at = from_unix_ms(rows.int64(r, 1));
      e.actor = rows.text(r, 2);
      e.entity = rows.text(r, 3);
      e.entity_id = rows.int64(r, 4);
      e.action = rows.text(r, 5);
      e.field = rows.text(r, 6);
      if (!rows.is_null(r, 7)) e.old_value = rows.text(r, 7);
      if (!rows.is_null(r, 8)) e.new_value = rows.text(r, 8);
      out.push_back(std::move(e));
    }
    return out;
  } catch (const std::exception& e) {
    fail(e, "read audit log");
  }
}

int PgStore::schema_version() {
  std::lock_guard lock(mutex_);
  try {
    return static_cast<int>(conn_.exec("SELECT COALESCE(MAX(version), 0) FROM rapport_schema").int64(0, 0));
  } catch (const std::exception& e) {
    fail(e, "read schema version");
  }
}

void PgStore::notify(std::string_view channel, std::string_view payload) {
  // pg_notify outside a transaction block: sent at once (this statement's own commit).
  read("notify " + std::string(channel), [&] {
    conn_.exec("SELECT pg_notify($1, $2)", {param(channel), param(payload)});
  });
}

void PgStore::backup(const std::string& path) {
  throw StorageError("PostgreSQL " + conn_.where() + ": cannot back up to '" + path +
                     "': backup() copies SQLite files; back up a PostgreSQL database with pg_dump or the "
                     "server's own backups");
}

}  // namespace rapport::store::postgres
