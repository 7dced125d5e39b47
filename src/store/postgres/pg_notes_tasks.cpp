// Notes and follow-up tasks; the PostgreSQL port of src/store/sqlite/notes_tasks.cpp.
#include "pg_store.hpp"
#include "rapport/error.hpp"
#include "text/fold.hpp"

namespace rapport::store::postgres {
namespace {

Task task_from(const PgResult& rows, int r) {
  Task t;
  t.id = TaskId{rows.int64(r, 0)};
  t.client = ClientId{rows.int64(r, 1)};
  if (!rows.is_null(r, 2)) t.assignee = StaffId{rows.int64(r, 2)};
  t.title = rows.text(r, 3);
  t.due = from_unix_ms(rows.int64(r, 4));
  t.done = rows.boolean(r, 5);
  t.created_at = from_unix_ms(rows.int64(r, 6));
  return t;
}

std::vector<Task> tasks_from(const PgResult& rows) {
  std::vector<Task> out;
  for (int r = 0; r < rows.rows(); ++r) out.push_back(task_from(rows, r));
  return out;
}

constexpr const char* kTaskColumns = "SELECT id, client_id, assignee_id, title, due_ms, done, created_ms FROM tasks ";

}  // namespace

Note PgStore::create_note(Note n, const Actor& actor) {
  return write("create note for client " + to_string(n.client), [&] {
    require_client(n.client);
    if (n.author) require_staff(*n.author);
    const std::int64_t now = now_ms();
    const auto id =
        conn_.exec("INSERT INTO notes (client_id, author_id, body, created_ms) VALUES ($1, $2, $3, $4) RETURNING id",
                   {param(n.client.value), n.author ? param(n.author->value) : Param{}, param(n.body), param(now)});
    Note stored = n;
    stored.id = NoteId{id.int64(0, 0)};
    stored.created_at = from_unix_ms(now);
    conn_.exec("INSERT INTO note_fts (note_id, body, folded) VALUES ($1, $2, $3)",
               {param(stored.id.value), param(stored.body), param(text::search_fold(stored.body))});
    audit(actor, "note", stored.id.value, "create", {{"body", std::nullopt, stored.body}});
    return stored;
  });
}

std::vector<Note> PgStore::list_notes(ClientId client) {
  return read("list notes of client " + to_string(client), [&] {
    const auto rows = conn_.exec("SELECT id, author_id, body, created_ms FROM notes WHERE client_id = $1 ORDER BY id",
                                 {param(client.value)});
    std::vector<Note> out;
    for (int r = 0; r < rows.rows(); ++r) {
      Note n;
      n.id = NoteId{rows.int64(r, 0)};
      n.client = client;
      if (!rows.is_null(r, 1)) n.author = StaffId{rows.int64(r, 1)};
      n.body = rows.text(r, 2);
      n.created_at = from_unix_ms(rows.int64(r, 3));
      out.push_back(std::move(n));
    }
    return out;
  });
}

std::optional<Task> PgStore::load_task(TaskId id, std::string_view row_lock) {
  const auto rows = conn_.exec(std::string(kTaskColumns) + "WHERE id = $1 " + std::string(row_lock), {param(id.value)});
  if (rows.rows() == 0) return std::nullopt;
  return task_from(rows, 0);
}

Task PgStore::create_task(Task t, const Actor& actor) {
  std::lock_guard lock(mutex_);
  try {
    require_writable("create task");
    PgTransaction tx(conn_);
    require_client(t.client);
    if (t.assignee) require_staff(*t.assignee);
    const std::int64_t now = now_ms();
    const auto id = conn_.exec(
        "INSERT INTO tasks (client_id, assignee_id, title, due_ms, done, created_ms) VALUES ($1, $2, $3, $4, $5, $6) "
        "RETURNING id",
        {param(t.client.value), t.assignee ? param(t.assignee->value) : Param{}, param(t.title),
         param(to_unix_ms(t.due)), param_bool(t.done), param(now)});
    t.id = TaskId{id.int64(0, 0)};
    t.created_at = from_unix_ms(now);
    audit(actor, "task", t.id.value, "create", diff(std::nullopt, t));
    tx.commit();
    return t;
  } catch (const std::exception& e) {
    fail(e, "create task for client " + to_string(t.client));
  }
}

Task PgStore::update_task(Task t, const Actor& actor) {
  std::lock_guard lock(mutex_);
  try {
    require_writable("update task");
    PgTransaction tx(conn_);
    // FOR UPDATE: a concurrent update of the same task waits for this one.
    const auto before = load_task(t.id, "FOR UPDATE");
    if (!before) throw NotFound("task " + to_string(t.id) + " does not exist");
    require_client(t.client);
    if (t.assignee) require_staff(*t.assignee);
    conn_.exec("UPDATE tasks SET client_id = $1, assignee_id = $2, title = $3, due_ms = $4, done = $5 WHERE id = $6",
               {param(t.client.value), t.assignee ? param(t.assignee->value) : Param{}, param(t.title),
                param(to_unix_ms(t.due)), param_bool(t.done), param(t.id.value)});
    t.created_at = before->created_at;
    audit(actor, "task", t.id.value, "update", diff(before, t));
    tx.commit();
    return t;
  } catch (const std::exception& e) {
    fail(e, "update task " + to_string(t.id));
  }
}

std::vector<Task> PgStore::list_tasks(ClientId client) {
  std::lock_guard lock(mutex_);
  try {
    return tasks_from(
        conn_.exec(std::string(kTaskColumns) + "WHERE client_id = $1 ORDER BY due_ms, id", {param(client.value)}));
  } catch (const std::exception& e) {
    fail(e, "list tasks of client " + to_string(client));
  }
}

std::vector<Task> PgStore::due_tasks(Timestamp before) {
  std::lock_guard lock(mutex_);
  try {
    return tasks_from(conn_.exec(std::string(kTaskColumns) + "WHERE NOT done AND due_ms < $1 ORDER BY due_ms, id",
                                 {param(to_unix_ms(before))}));
  } catch (const std::exception& e) {
    fail(e, "list due tasks");
  }
}

}  // namespace rapport::store::postgres
