// Notes and follow-up tasks.
#include <SQLiteCpp/Transaction.h>

#include "rapport/error.hpp"
#include "sqlite_store.hpp"
#include "text/fold.hpp"

namespace rapport::store::sqlite {
namespace {

Task read_task(SQLite::Statement& st) {
  Task t;
  t.id = TaskId{st.getColumn(0).getInt64()};
  t.client = ClientId{st.getColumn(1).getInt64()};
  if (!st.getColumn(2).isNull()) t.assignee = StaffId{st.getColumn(2).getInt64()};
  t.title = st.getColumn(3).getString();
  t.due = from_unix_ms(st.getColumn(4).getInt64());
  t.done = st.getColumn(5).getInt() != 0;
  t.created_at = from_unix_ms(st.getColumn(6).getInt64());
  return t;
}

constexpr const char* kTaskColumns = "SELECT id, client_id, assignee_id, title, due_ms, done, created_ms FROM tasks ";

}  // namespace

Note SqliteStore::create_note(Note n, const Actor& actor) {
  std::lock_guard lock(mutex_);
  try {
    require_writable("create note");
    WriteTransaction tx(db_, *write_lock_);
    require_client(n.client);
    if (n.author) require_staff(*n.author);
    const std::int64_t now = now_ms();
    {
      auto st = prepare("INSERT INTO notes (client_id, author_id, body, created_ms) VALUES (?, ?, ?, ?)");
      st->bind(1, static_cast<int64_t>(n.client.value));
      if (n.author) st->bind(2, static_cast<int64_t>(n.author->value));
      st->bind(3, n.body);
      st->bind(4, static_cast<int64_t>(now));
      st->exec();
    }
    n.id = NoteId{db_.getLastInsertRowid()};
    n.created_at = from_unix_ms(now);
    auto fts = prepare("INSERT INTO note_fts (rowid, body, folded) VALUES (?, ?, ?)");
    fts->bind(1, static_cast<int64_t>(n.id.value));
    fts->bind(2, n.body);
    fts->bind(3, text::search_fold(n.body));
    fts->exec();
    audit(actor, "note", n.id.value, "create", {{"body", std::nullopt, n.body}});
    tx.commit();
    return n;
  } catch (const std::exception& e) {
    fail(e, "create note for client " + to_string(n.client));
  }
}

std::vector<Note> SqliteStore::list_notes(ClientId client) {
  std::lock_guard lock(mutex_);
  try {
    auto st = prepare("SELECT id, author_id, body, created_ms FROM notes WHERE client_id = ? ORDER BY id");
    st->bind(1, static_cast<int64_t>(client.value));
    std::vector<Note> out;
    while (st->executeStep()) {
      Note n;
      n.id = NoteId{st->getColumn(0).getInt64()};
      n.client = client;
      if (!st->getColumn(1).isNull()) n.author = StaffId{st->getColumn(1).getInt64()};
      n.body = st->getColumn(2).getString();
      n.created_at = from_unix_ms(st->getColumn(3).getInt64());
      out.push_back(std::move(n));
    }
    return out;
  } catch (const std::exception& e) {
    fail(e, "list notes of client " + to_string(client));
  }
}

std::optional<Task> SqliteStore::load_task(TaskId id) {
  auto st = prepare(std::string(kTaskColumns) + "WHERE id = ?");
  st->bind(1, static_cast<int64_t>(id.value));
  if (!st->executeStep()) return std::nullopt;
  return read_task(*st);
}

Task SqliteStore::create_task(Task t, const Actor& actor) {
  std::lock_guard lock(mutex_);
  try {
    require_writable("create task");
    WriteTransaction tx(db_, *write_lock_);
    require_client(t.client);
    if (t.assignee) require_staff(*t.assignee);
    const std::int64_t now = now_ms();
    auto st = prepare(
        "INSERT INTO tasks (client_id, assignee_id, title, due_ms, done, created_ms) VALUES (?, ?, ?, ?, ?, ?)");
    st->bind(1, static_cast<int64_t>(t.client.value));
    if (t.assignee) st->bind(2, static_cast<int64_t>(t.assignee->value));
    st->bind(3, t.title);
    st->bind(4, static_cast<int64_t>(to_unix_ms(t.due)));
    st->bind(5, t.done ? 1 : 0);
    st->bind(6, static_cast<int64_t>(now));
    st->exec();
    t.id = TaskId{db_.getLastInsertRowid()};
    t.created_at = from_unix_ms(now);
    audit(actor, "task", t.id.value, "create", diff(std::nullopt, t));
    tx.commit();
    return t;
  } catch (const std::exception& e) {
    fail(e, "create task for client " + to_string(t.client));
  }
}

Task SqliteStore::update_task(Task t, const Actor& actor) {
  std::lock_guard lock(mutex_);
  try {
    require_writable("update task");
    WriteTransaction tx(db_, *write_lock_);
    const auto before = load_task(t.id);
    if (!before) throw NotFound("task " + to_string(t.id) + " does not exist");
    require_client(t.client);
    if (t.assignee) require_staff(*t.assignee);
    auto st = prepare("UPDATE tasks SET client_id = ?, assignee_id = ?, title = ?, due_ms = ?, done = ? WHERE id = ?");
    st->bind(1, static_cast<int64_t>(t.client.value));
    if (t.assignee) st->bind(2, static_cast<int64_t>(t.assignee->value));
    st->bind(3, t.title);
    st->bind(4, static_cast<int64_t>(to_unix_ms(t.due)));
    st->bind(5, t.done ? 1 : 0);
    st->bind(6, static_cast<int64_t>(t.id.value));
    st->exec();
    t.created_at = before->created_at;
    audit(actor, "task", t.id.value, "update", diff(before, t));
    tx.commit();
    return t;
  } catch (const std::exception& e) {
    fail(e, "update task " + to_string(t.id));
  }
}

std::vector<Task> SqliteStore::list_tasks(ClientId client) {
  std::lock_guard lock(mutex_);
  try {
    auto st = prepare(std::string(kTaskColumns) + "WHERE client_id = ? ORDER BY due_ms, id");
    st->bind(1, static_cast<int64_t>(client.value));
    std::vector<Task> out;
    while (st->executeStep()) out.push_back(read_task(*st));
    return out;
  } catch (const std::exception& e) {
    fail(e, "list tasks of client " + to_string(client));
  }
}

std::vector<Task> SqliteStore::due_tasks(Timestamp before) {
  std::lock_guard lock(mutex_);
  try {
    auto st = prepare(std::string(kTaskColumns) + "WHERE done = 0 AND due_ms < ? ORDER BY due_ms, id");
    st->bind(1, static_cast<int64_t>(to_unix_ms(before)));
    std::vector<Task> out;
    while (st->executeStep()) out.push_back(read_task(*st));
    return out;
  } catch (const std::exception& e) {
    fail(e, "list due tasks");
  }
}

}  // namespace rapport::store::sqlite
