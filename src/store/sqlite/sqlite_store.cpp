// Opening, migrating and the shared plumbing of the SQLite store.
#include "sqlite_store.hpp"

#include <SQLiteCpp/Transaction.h>
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <thread>

#include "rapport/error.hpp"

namespace rapport::store {

int sqlite_schema_version() noexcept { return static_cast<int>(sqlite::migrations().size()); }

std::unique_ptr<Store> open_sqlite(const std::string& path, const StoreOptions& options) {
  return std::make_unique<sqlite::SqliteStore>(path, options);
}

std::string_view to_string(HitKind kind) noexcept {
  switch (kind) {
    case HitKind::client:
      return "client";
    case HitKind::note:
      return "note";
    case HitKind::interaction:
      return "interaction";
  }
  return "?";
}

std::string_view to_string(DuplicateReason reason) noexcept {
  switch (reason) {
    case DuplicateReason::email:
      return "email";
    case DuplicateReason::phone:
      return "phone";
    case DuplicateReason::name:
      return "name";
  }
  return "?";
}

}  // namespace rapport::store

namespace rapport::store::sqlite {
namespace {

int open_flags(const StoreOptions& options) {
  return options.read_only ? SQLite::OPEN_READONLY : (SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
}

SQLite::Database open_database(const std::string& path, const StoreOptions& options) {
  for (const auto& [name, value] :
       {std::pair{"busy_timeout_ms", options.busy_timeout_ms}, std::pair{"cache_mib", options.cache_mib},
        std::pair{"mmap_mib", options.mmap_mib}}) {
    if (value < 0)
      throw InvalidArgument(std::string("store option ") + name + " is " + std::to_string(value) +
                            ", must be 0 or more");
  }
  try {
    return SQLite::Database(path, open_flags(options) | SQLITE_OPEN_FULLMUTEX, options.busy_timeout_ms);
  } catch (const SQLite::Exception& e) {
    throw StorageError("cannot open database '" + path + "': " + e.what());
  }
}

}  // namespace

SqliteStore::SqliteStore(const std::string& path, const StoreOptions& options)
    : path_(path), options_(options), db_(open_database(path, options)), write_lock_(write_lock_for(path)) {
  std::lock_guard lock(mutex_);
  // Our own busy handler replaces SQLite's fixed sleep schedule: with many
  // writers, jitter keeps them from waking in lockstep (docs/reliability.md).
  busy_jitter_state_ = reinterpret_cast<std::uintptr_t>(this) ^
                       static_cast<std::uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count()) ^
                       static_cast<std::uint64_t>(getpid());
  if (busy_jitter_state_ == 0) busy_jitter_state_ = 1;
  sqlite3_busy_handler(db_.getHandle(), &SqliteStore::wait_while_busy, this);
  try {
    // The first read tells whether the file is a database at all.
    const int version = db_.execAndGet("PRAGMA user_version").getInt();
    const int known = sqlite_schema_version();
    if (version > known) {
      throw StorageError("database '" + path_ + "' has schema version " + std::to_string(version) +
                         ", newer than the " + std::to_string(known) +
                         " this rapport version understands; upgrade rapport to open it");
    }
    db_.exec("PRAGMA foreign_keys = ON");
    // Reports read pages at random; a bigger cache and mapped reads keep them
    // out of read() calls (docs/performance.md).
    db_.exec("PRAGMA cache_size = " + std::to_string(-1024 * static_cast<std::int64_t>(options_.cache_mib)));
    db_.exec("PRAGMA mmap_size = " + std::to_string(1024 * 1024 * static_cast<std::int64_t>(options_.mmap_mib)));
    // A statement that fires the aggregate triggers keeps a statement journal;
    // in a temporary file that costs a write() per page per statement.
    db_.exec("PRAGMA temp_store = MEMORY");
    if (!options_.read_only) {
      // WAL lets readers in other processes run beside one writer; FULL sync
      // makes every acknowledged write survive a power cut, not only a crash.
      if (path_ != ":memory:" && !path_.empty()) db_.exec("PRAGMA journal_mode = WAL");
      db_.exec("PRAGMA synchronous = FULL");
      migrate();
    } else if (version < known) {
      throw StorageError("database '" + path_ + "' has schema version " + std::to_string(version) + ", needs " +
                         std::to_string(known) + " and was opened read-only, so it cannot be migrated");
    }
  } catch (const Error&) {
    throw;
  } catch (const std::exception& e) {
    fail(e, "open");
  }
}

int SqliteStore::wait_while_busy(void* store, int attempt) noexcept {
  auto& self = *static_cast<SqliteStore*>(store);
  const auto now = std::chrono::steady_clock::now();
  if (attempt == 0) self.busy_since_ = now;
  const auto waited = std::chrono::duration_cast<std::chrono::milliseconds>(now - self.busy_since_).count();
  if (waited >= self.options_.busy_timeout_ms) return 0;  // give up: the caller gets SQLITE_BUSY
  // 1, 2, 4 ... 32 ms, each scaled by a random factor in [0.5, 1.5).
  const std::int64_t base_us = 1000LL << std::min(attempt, 5);
  auto& x = self.busy_jitter_state_;
  x ^= x << 13;
  x ^= x >> 7;
  x ^= x << 17;
  const std::int64_t delay_us = base_us / 2 + static_cast<std::int64_t>(x % static_cast<std::uint64_t>(base_us));
  const std::int64_t left_us = (self.options_.busy_timeout_ms - waited) * 1000;
  std::this_thread::sleep_for(std::chrono::microseconds(std::min(delay_us, left_us)));
  return 1;
}

void SqliteStore::migrate() {
  const auto& steps = migrations();
  int version = db_.execAndGet("PRAGMA user_version").getInt();
  while (version < static_cast<int>(steps.size())) {
    // One transaction per step: a failed step leaves the file at the previous version.
    WriteTransaction tx(db_, *write_lock_);
    // Another process may have migrated while we waited for the lock.
    version = db_.execAndGet("PRAGMA user_version").getInt();
    if (version >= static_cast<int>(steps.size())) break;
    db_.exec(steps[static_cast<std::size_t>(version)]);
    ++version;
    db_.exec("PRAGMA user_version = " + std::to_string(version));
    tx.commit();
  }
}

Borrowed SqliteStore::prepare(const std::string& sql) {
  auto it = statements_.find(sql);
  if (it == statements_.end()) {
    it = statements_.emplace(sql, std::make_unique<SQLite::Statement>(db_, sql)).first;
  }
  it->second->clearBindings();
  return Borrowed(*it->second);
}

void SqliteStore::fail(const std::exception& e, const std::string& operation) const {
  if (dynamic_cast<const Error*>(&e) != nullptr) throw;
  const auto* sqlite_error = dynamic_cast<const SQLite::Exception*>(&e);
  const int code = sqlite_error ? sqlite_error->getExtendedErrorCode() : 0;
  std::string message = "database '" + path_ + "': " + operation + " failed: " + e.what();
  if (code == SQLITE_CONSTRAINT_UNIQUE || code == SQLITE_CONSTRAINT_PRIMARYKEY) throw Conflict(message);
  if ((code & 0xff) == SQLITE_READONLY) message += " (the database is read-only)";
  if ((code & 0xff) == SQLITE_BUSY || (code & 0xff) == SQLITE_LOCKED)
    message += " (another connection held the lock for longer than busy_timeout_ms = " +
               std::to_string(options_.busy_timeout_ms) + ")";
  if ((code & 0xff) == SQLITE_NOTADB) message = "'" + path_ + "' is not a SQLite database (" + e.what() + ")";
  throw StorageError(message);
}

void SqliteStore::require_writable(const std::string& operation) const {
  if (options_.read_only) {
    throw StorageError("database '" + path_ + "' was opened read-only; cannot " + operation);
  }
}

void SqliteStore::audit(const Actor& actor, std::string_view entity, std::int64_t id, std::string_view action,
                        const std::vector<FieldChange>& changes) {
  audit_as(actor.to_string(), entity, id, action, changes);
}

void SqliteStore::audit_as(const std::string& who, std::string_view entity, std::int64_t id, std::string_view action,
                           const std::vector<FieldChange>& changes) {
  auto st = prepare(
      "INSERT INTO audit_log (at_ms, actor, entity, entity_id, action, field, old_value, new_value) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  const std::int64_t at = now_ms();
  for (const auto& change : changes) {
    st->bind(1, static_cast<int64_t>(at));
    st->bind(2, who);
    st->bind(3, std::string(entity));
    st->bind(4, static_cast<int64_t>(id));
    st->bind(5, std::string(action));
    st->bind(6, change.field);
    if (change.old_value)
      st->bind(7, *change.old_value);
    else
      st->bind(7);
    if (change.new_value)
      st->bind(8, *change.new_value);
    else
      st->bind(8);
    st->exec();
    st->reset();
  }
}

std::vector<AuditEntry> SqliteStore::audit_log(const AuditFilter& filter) {
  std::lock_guard lock(mutex_);
  try {
    auto st = prepare(
        "SELECT id, at_ms, actor, entity, entity_id, action, field, old_value, new_value FROM audit_log "
        "WHERE (?1 IS NULL OR entity = ?1) AND (?2 IS NULL OR entity_id = ?2) ORDER BY id DESC LIMIT ?3");
    if (filter.entity) st->bind(1, *filter.entity);
    if (filter.entity_id) st->bind(2, static_cast<int64_t>(*filter.entity_id));
    st->bind(3, static_cast<int64_t>(filter.limit));
    std::vector<AuditEntry> out;
    while (st->executeStep()) {
      AuditEntry e;
      e.id = st->getColumn(0).getInt64();
      e.at = from_unix_ms(st->getColumn(1).getInt64());
      e.actor = st->getColumn(2).getString();
      e.entity = st->getColumn(3).getString();
      e.entity_id = st->getColumn(4).getInt64();
      e.action = st->getColumn(5).getString();
      e.field = st->getColumn(6).getString();
      if (!st->getColumn(7).isNull()) e.old_value = st->getColumn(7).getString();
      if (!st->getColumn(8).isNull()) e.new_value = st->getColumn(8).getString();
      out.push_back(std::move(e));
    }
    return out;
  } catch (const std::exception& e) {
    fail(e, "read audit log");
  }
}

int SqliteStore::schema_version() {
  std::lock_guard lock(mutex_);
  try {
    return db_.execAndGet("PRAGMA user_version").getInt();
  } catch (const std::exception& e) {
    fail(e, "read schema version");
  }
}

void SqliteStore::notify(std::string_view channel, std::string_view) {
  throw StorageError("'" + path_ + "': cannot notify channel '" + std::string(channel) +
                     "': a SQLite file has no server to relay events through (use PostgreSQL)");
}

}  // namespace rapport::store::sqlite
