// Online backup of a SQLite store to a new file (SQLite's backup API).
#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <utility>

#include "rapport/error.hpp"
#include "sqlite_store.hpp"

namespace rapport::store::sqlite {
namespace {

// Closes a raw connection however the backup ends.
struct Connection {
  sqlite3* db = nullptr;
  Connection() = default;
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;
  ~Connection() { sqlite3_close(db); }
};

// Removes the temporary copy unless it was linked into place.
struct TempFile {
  std::string path;
  explicit TempFile(std::string p) : path(std::move(p)) {}
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  ~TempFile() {
    if (!path.empty()) unlink(path.c_str());
  }
};

void sync_directory(const std::filesystem::path& dir) {
  const int fd = open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY);
  if (fd < 0) return;
  fsync(fd);  // best effort: the file itself is synced by SQLite
  close(fd);
}

}  // namespace

void SqliteStore::backup(const std::string& path) {
  namespace fs = std::filesystem;
  if (path.empty()) throw InvalidArgument("backup path is empty");
  const std::string failure = "cannot back up database '" + path_ + "' to '" + path + "': ";
  std::error_code ec;
  if (fs::exists(fs::symlink_status(path, ec)))
    throw InvalidArgument("backup path '" + path +
                          "' exists already; rapport does not overwrite it (choose a new name or remove the file)");
  // The copy is written beside the target under a temporary name and linked
  // into place only when complete: an interrupted backup leaves no partial
  // file at `path`, and link() refuses if `path` appeared in the meantime.
  const fs::path target(path);
  std::string pattern = (target.parent_path() / (target.filename().string() + ".partial-XXXXXX")).string();
  const int fd = mkstemp(pattern.data());
  if (fd < 0) throw StorageError(failure + std::strerror(errno));
  close(fd);
  TempFile temp{pattern};

  Connection dest;
  if (sqlite3_open_v2(temp.path.c_str(), &dest.db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
    throw StorageError(failure + sqlite3_errmsg(dest.db));
  sqlite3_exec(dest.db, "PRAGMA synchronous = FULL", nullptr, nullptr, nullptr);

  // A file is read through a connection of its own, so the copy does not hold
  // this store's mutex: the Crm's other threads go on working meanwhile. In
  // WAL mode the copy is one read transaction, a snapshot writers do not wait for.
  Connection own_source;
  sqlite3* source = nullptr;
  std::unique_lock lock(mutex_, std::defer_lock);
  if (path_.empty() || path_ == ":memory:") {
    lock.lock();
    source = db_.getHandle();
  } else {
    if (sqlite3_open_v2(path_.c_str(), &own_source.db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
      throw StorageError(failure + sqlite3_errmsg(own_source.db));
    sqlite3_busy_timeout(own_source.db, options_.busy_timeout_ms);
    source = own_source.db;
  }
  sqlite3_backup* copy = sqlite3_backup_init(dest.db, "main", source, "main");
  if (copy == nullptr) throw StorageError(failure + sqlite3_errmsg(dest.db));
  const int stepped = sqlite3_backup_step(copy, -1);
  const int finished = sqlite3_backup_finish(copy);
  if (stepped != SQLITE_DONE || finished != SQLITE_OK)
    throw StorageError(failure + sqlite3_errstr(stepped != SQLITE_DONE ? stepped : finished));
  if (sqlite3_close(dest.db) != SQLITE_OK) throw StorageError(failure + sqlite3_errmsg(dest.db));
  dest.db = nullptr;

  if (link(temp.path.c_str(), path.c_str()) != 0) {
    if (errno == EEXIST)
      throw InvalidArgument("backup path '" + path +
                            "' was created by someone else during the backup; not overwritten");
    throw StorageError(failure + std::strerror(errno));
  }
  sync_directory(target.parent_path());
}

}  // namespace rapport::store::sqlite
