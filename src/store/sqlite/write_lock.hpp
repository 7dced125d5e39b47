#pragma once

// Writers of one SQLite file inside one process queue on a mutex of that
// file before they ask SQLite for its write lock. SQLite itself can only
// make a waiting writer sleep and poll (the busy handler), so without this
// several Crm objects in one process would spend the lock's free moments
// asleep; with it they take turns at once, and only writers in other
// processes are met by the busy handler (docs/reliability.md, "Load").
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Transaction.h>

#include <memory>
#include <mutex>
#include <string>

namespace rapport::store::sqlite {

/// The in-process write mutex of the database file `path` (already opened):
/// the same mutex for every connection to the same file (by device and inode),
/// a mutex of its own for ":memory:" or a file that cannot be identified.
std::shared_ptr<std::mutex> write_lock_for(const std::string& path);

/// A write transaction: the file's in-process write mutex, then BEGIN
/// IMMEDIATE. Rolls back (then unlocks) unless committed.
class WriteTransaction {
 public:
  WriteTransaction(SQLite::Database& db, std::mutex& file_lock)
      : lock_(file_lock), tx_(db, SQLite::TransactionBehavior::IMMEDIATE) {}
  /// Commits the transaction.
  void commit() { tx_.commit(); }

 private:
  std::unique_lock<std::mutex> lock_;  // declared first: released after the rollback
  SQLite::Transaction tx_;
};

}  // namespace rapport::store::sqlite
