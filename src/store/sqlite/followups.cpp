// Periodic checks: follow-up tasks that came due and customers gone silent.
// Each "fired" mark is an INSERT OR IGNORE / conditional UPDATE, so a check
// run by two processes at once still fires each event once.
#include "rapport/error.hpp"
#include "sqlite_store.hpp"

namespace rapport::store::sqlite {

std::vector<Task> SqliteStore::tasks_to_notify(Timestamp now) {
  std::lock_guard lock(mutex_);
  try {
    std::vector<TaskId> ids;
    {
      auto st =
          prepare("SELECT id FROM tasks WHERE done = 0 AND notified_ms IS NULL AND due_ms <= ? ORDER BY due_ms, id");
      st->bind(1, static_cast<int64_t>(to_unix_ms(now)));
      while (st->executeStep()) ids.push_back(TaskId{st->getColumn(0).getInt64()});
    }
    std::vector<Task> out;
    for (auto id : ids) {
      if (auto t = load_task(id)) out.push_back(std::move(*t));
    }
    return out;
  } catch (const std::exception& e) {
    fail(e, "list due tasks");
  }
}

bool SqliteStore::mark_task_notified(TaskId id) {
  std::lock_guard lock(mutex_);
  try {
    require_writable("mark task notified");
    auto st = prepare("UPDATE tasks SET notified_ms = ? WHERE id = ? AND notified_ms IS NULL");
    st->bind(1, static_cast<int64_t>(now_ms()));
    st->bind(2, static_cast<int64_t>(id.value));
    return st->exec() == 1;
  } catch (const std::exception& e) {
    fail(e, "mark task " + to_string(id) + " notified");
  }
}

std::vector<std::pair<ClientId, Timestamp>> SqliteStore::silent_customers(Timestamp before) {
  std::lock_guard lock(mutex_);
  try {
    auto st = prepare(
        "SELECT c.id, COALESCE((SELECT MAX(i.started_ms) FROM interactions i WHERE i.client_id = c.id), c.created_ms) "
        "AS last FROM clients c WHERE c.stage = 'customer' AND last < ? ORDER BY c.id");
    st->bind(1, static_cast<int64_t>(to_unix_ms(before)));
    std::vector<std::pair<ClientId, Timestamp>> out;
    while (st->executeStep()) {
      out.emplace_back(ClientId{st->getColumn(0).getInt64()}, from_unix_ms(st->getColumn(1).getInt64()));
    }
    return out;
  } catch (const std::exception& e) {
    fail(e, "list silent customers");
  }
}

bool SqliteStore::mark_silence_alert(ClientId client, Timestamp last_contact) {
  std::lock_guard lock(mutex_);
  try {
    require_writable("record silence alert");
    auto st = prepare("INSERT OR IGNORE INTO silence_alerts (client_id, last_contact_ms) VALUES (?, ?)");
    st->bind(1, static_cast<int64_t>(client.value));
    st->bind(2, static_cast<int64_t>(to_unix_ms(last_contact)));
    return st->exec() == 1;
  } catch (const std::exception& e) {
    fail(e, "record silence alert of client " + to_string(client));
  }
}

}  // namespace rapport::store::sqlite
