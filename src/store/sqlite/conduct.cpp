// Client conduct levels: the current level is the last recorded change.
#include <SQLiteCpp/Transaction.h>

#include "rapport/error.hpp"
#include "sqlite_store.hpp"

namespace rapport::store::sqlite {

ConductLevel SqliteStore::current_conduct_level(ClientId id) {
  auto st = prepare("SELECT to_level FROM conduct_changes WHERE client_id = ? ORDER BY id DESC LIMIT 1");
  st->bind(1, static_cast<int64_t>(id.value));
  if (!st->executeStep()) return ConductLevel::none;
  return parse_conduct_level(st->getColumn(0).getString());
}

ConductRecord SqliteStore::conduct_record(ClientId client) {
  std::lock_guard lock(mutex_);
  try {
    require_client(client);
    ConductRecord record;
    record.client = client;
    auto st = prepare(
        "SELECT from_level, to_level, reason, approved_by, automatic, points, at_ms FROM conduct_changes "
        "WHERE client_id = ? ORDER BY id");
    st->bind(1, static_cast<int64_t>(client.value));
    while (st->executeStep()) {
      ConductChange c;
      c.from = parse_conduct_level(st->getColumn(0).getString());
      c.to = parse_conduct_level(st->getColumn(1).getString());
      c.reason = st->getColumn(2).getString();
      c.approved_by = st->getColumn(3).getString();
      c.automatic = st->getColumn(4).getInt() != 0;
      c.points = st->getColumn(5).getInt();
      c.at = from_unix_ms(st->getColumn(6).getInt64());
      record.history.push_back(std::move(c));
    }
    if (!record.history.empty()) {
      record.level = record.history.back().to;
      record.points = record.history.back().points;
    }
    return record;
  } catch (const std::exception& e) {
    fail(e, "read conduct of client " + to_string(client));
  }
}

ConductRecord SqliteStore::change_conduct(ClientId client, const ConductChange& change) {
  {
    std::lock_guard lock(mutex_);
    try {
      require_writable("change conduct level");
      WriteTransaction tx(db_, *write_lock_);
      require_client(client);
      // Checked inside the write transaction, so two processes cannot both
      // take the same step from the same level.
      const ConductLevel current = current_conduct_level(client);
      if (current != change.from) {
        throw Conflict("conduct level of client " + to_string(client) + " is '" + std::string(to_string(current)) +
                       "', not '" + std::string(to_string(change.from)) + "'");
      }
      auto st = prepare(
          "INSERT INTO conduct_changes (client_id, from_level, to_level, reason, approved_by, automatic, points, "
          "at_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
      st->bind(1, static_cast<int64_t>(client.value));
      st->bind(2, std::string(to_string(change.from)));
      st->bind(3, std::string(to_string(change.to)));
      st->bind(4, change.reason);
      st->bind(5, change.approved_by);
      st->bind(6, change.automatic ? 1 : 0);
      st->bind(7, change.points);
      st->bind(8, static_cast<int64_t>(to_unix_ms(change.at)));
      st->exec();
      audit_as(change.approved_by, "client", client.value, "update",
               {{"conduct_level", std::string(to_string(change.from)), std::string(to_string(change.to))}});
      tx.commit();
    } catch (const std::exception& e) {
      fail(e, "change conduct level of client " + to_string(client));
    }
  }
  return conduct_record(client);
}

}  // namespace rapport::store::sqlite
