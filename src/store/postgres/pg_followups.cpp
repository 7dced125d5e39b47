// The once-only follow-up events (due tasks, silent customers); the PostgreSQL port of src/store/sqlite/followups.cpp.
// Each "fired" mark is a conditional UPDATE or an INSERT ... ON CONFLICT DO
// NOTHING whose RETURNING row says whether this call fired it, so a check run
// by several processes or machines at once still fires each event once.
#include "pg_store.hpp"
#include "rapport/error.hpp"

namespace rapport::store::postgres {

std::vector<Task> PgStore::tasks_to_notify(Timestamp now) {
  return read("list due tasks", [&] {
    PgTransaction tx(conn_);
    read_snapshot();
    const auto rows =
        conn_.exec("SELECT id FROM tasks WHERE NOT done AND notified_ms IS NULL AND due_ms <= $1 ORDER BY due_ms, id",
                   {param(to_unix_ms(now))});
    std::vector<Task> out;
    for (int r = 0; r < rows.rows(); ++r) {
      if (auto t = load_task(TaskId{rows.int64(r, 0)})) out.push_back(std::move(*t));
    }
    tx.commit();
    return out;
  });
}

bool PgStore::mark_task_notified(TaskId id) {
  return write("mark task " + to_string(id) + " notified", [&] {
    // Of racing processes, the first UPDATE sets the mark; the others wait for
    // its row lock, re-check the condition on the new row and update nothing.
    return conn_
               .exec("UPDATE tasks SET notified_ms = $1 WHERE id = $2 AND notified_ms IS NULL RETURNING id",
                     {param(now_ms()), param(id.value)})
               .rows() == 1;
  });
}

std::vector<std::pair<ClientId, Timestamp>> PgStore::silent_customers(Timestamp before) {
  return read("list silent customers", [&] {
    const auto rows = conn_.exec(
        "SELECT id, last FROM (SELECT c.id, COALESCE((SELECT MAX(i.started_ms) FROM interactions i "
        "WHERE i.client_id = c.id), c.created_ms) AS last FROM clients c WHERE c.stage = 'customer') s "
        "WHERE last < $1 ORDER BY id",
        {param(to_unix_ms(before))});
    std::vector<std::pair<ClientId, Timestamp>> out;
    out.reserve(static_cast<std::size_t>(rows.rows()));
    for (int r = 0; r < rows.rows(); ++r) {
      out.emplace_back(ClientId{rows.int64(r, 0)}, from_unix_ms(rows.int64(r, 1)));
    }
    return out;
  });
}

bool PgStore::mark_silence_alert(ClientId client, Timestamp last_contact) {
  return write("record silence alert of client " + to_string(client), [&] {
    return conn_
               .exec(
                   "INSERT INTO silence_alerts (client_id, last_contact_ms) VALUES ($1, $2) "
                   "ON CONFLICT (client_id, last_contact_ms) DO NOTHING RETURNING 1",
                   {param(client.value), param(to_unix_ms(last_contact))})
               .rows() == 1;
  });
}

}  // namespace rapport::store::postgres
