// The SQLite schema as numbered migrations. Never edit a released migration:
// add a new one, so every existing file upgrades the same way.
#include "sqlite_store.hpp"

namespace rapport::store::sqlite {

const std::vector<std::string>& migrations() {
  static const std::vector<std::string> list = {
      // 1: clients, staff, interactions with turns, notes, tasks, audit log, full-text
      // index (each FTS table has a `folded` column: see text::search_fold).
      R"sql(
CREATE TABLE staff (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  email TEXT NOT NULL UNIQUE,
  role TEXT NOT NULL CHECK (role IN ('agent', 'supervisor', 'admin')),
  active INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE clients (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('person', 'company')),
  name TEXT NOT NULL,
  name_key TEXT NOT NULL,
  language TEXT NOT NULL DEFAULT '',
  stage TEXT NOT NULL CHECK (stage IN ('lead', 'prospect', 'customer', 'former')),
  owner_id INTEGER REFERENCES staff(id) ON DELETE SET NULL,
  marketing_consent INTEGER NOT NULL DEFAULT 0,
  created_ms INTEGER NOT NULL,
  updated_ms INTEGER NOT NULL
);
CREATE INDEX clients_stage ON clients(stage, id);
CREATE INDEX clients_owner ON clients(owner_id, id);
CREATE INDEX clients_language ON clients(language, id);
CREATE INDEX clients_created ON clients(created_ms, id);
CREATE INDEX clients_name_key ON clients(name_key);
CREATE TABLE client_emails (
  client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  email TEXT NOT NULL UNIQUE,
  email_key TEXT NOT NULL,
  PRIMARY KEY (client_id, position)
);
CREATE INDEX client_emails_key ON client_emails(email_key);
CREATE TABLE client_phones (
  client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  phone TEXT NOT NULL,
  PRIMARY KEY (client_id, position)
);
CREATE INDEX client_phones_phone ON client_phones(phone);
CREATE TABLE client_tags (
  client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  tag TEXT NOT NULL,
  PRIMARY KEY (client_id, tag)
) WITHOUT ROWID;
CREATE INDEX client_tags_tag ON client_tags(tag, client_id);
CREATE TABLE client_fields (
  client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  key TEXT NOT NULL,
  type TEXT NOT NULL CHECK (type IN ('text', 'number', 'bool', 'date')),
  value TEXT NOT NULL,
  PRIMARY KEY (client_id, key)
) WITHOUT ROWID;
CREATE TABLE interactions (
  id INTEGER PRIMARY KEY,
  client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  staff_id INTEGER REFERENCES staff(id) ON DELETE SET NULL,
  channel TEXT NOT NULL CHECK (channel IN ('call', 'chat', 'email', 'meeting', 'visit', 'message')),
  direction TEXT NOT NULL CHECK (direction IN ('inbound', 'outbound')),
  started_ms INTEGER NOT NULL,
  duration_ms INTEGER NOT NULL CHECK (duration_ms >= 0),
  subject TEXT NOT NULL DEFAULT '',
  outcome TEXT NOT NULL DEFAULT '',
  csat INTEGER CHECK (csat BETWEEN 1 AND 5),
  created_ms INTEGER NOT NULL
);
CREATE INDEX interactions_client_time ON interactions(client_id, started_ms DESC, id DESC);
CREATE INDEX interactions_staff_time ON interactions(staff_id, started_ms);
CREATE INDEX interactions_time ON interactions(started_ms);
CREATE TABLE turns (
  interaction_id INTEGER NOT NULL REFERENCES interactions(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('agent', 'client', 'other')),
  speaker TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL,
  start_ms INTEGER,
  end_ms INTEGER,
  PRIMARY KEY (interaction_id, idx)
) WITHOUT ROWID;
CREATE TABLE notes (
  id INTEGER PRIMARY KEY,
  client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  author_id INTEGER REFERENCES staff(id) ON DELETE SET NULL,
  body TEXT NOT NULL,
  created_ms INTEGER NOT NULL
);
CREATE INDEX notes_client ON notes(client_id, id);
CREATE TABLE tasks (
  id INTEGER PRIMARY KEY,
  client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  assignee_id INTEGER REFERENCES staff(id) ON DELETE SET NULL,
  title TEXT NOT NULL,
  due_ms INTEGER NOT NULL,
  done INTEGER NOT NULL DEFAULT 0,
  created_ms INTEGER NOT NULL
);
CREATE INDEX tasks_client ON tasks(client_id, due_ms);
CREATE INDEX tasks_open_due ON tasks(due_ms) WHERE done = 0;
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at_ms INTEGER NOT NULL,
  actor TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id INTEGER NOT NULL,
  action TEXT NOT NULL,
  field TEXT NOT NULL,
  old_value TEXT,
  new_value TEXT
);
CREATE INDEX audit_entity ON audit_log(entity, entity_id, id);
CREATE VIRTUAL TABLE client_fts USING fts5(name, emails, folded, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE note_fts USING fts5(body, folded, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE interaction_fts USING fts5(subject, body, folded, tokenize = 'unicode61 remove_diacritics 2');
)sql",
  };
  return list;
}

}  // namespace rapport::store::sqlite
