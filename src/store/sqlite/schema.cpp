// The SQLite schema as numbered migrations. Never edit a released migration:
// add a new one, so every existing file upgrades the same way.
#include "aggregates.hpp"
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
      // 2: the workflows: quality analyses and flags, conduct, strain alerts, deals
      // with stage history, tickets with SLA breaches, retention cases with signals
      // and offers, and the "due" event of tasks. Once-only rules are constraints.
      R"sql(
CREATE TABLE interaction_quality (
  interaction_id INTEGER PRIMARY KEY REFERENCES interactions(id) ON DELETE CASCADE,
  rules_version TEXT NOT NULL,
  stance INTEGER NOT NULL CHECK (stance BETWEEN 0 AND 100),
  conduct INTEGER NOT NULL CHECK (conduct BETWEEN 0 AND 100),
  adversarial INTEGER NOT NULL,
  strain REAL NOT NULL DEFAULT 0,
  metrics TEXT NOT NULL,
  analyzed_ms INTEGER NOT NULL
);
CREATE TABLE quality_flags (
  id INTEGER PRIMARY KEY,
  interaction_id INTEGER NOT NULL REFERENCES interactions(id) ON DELETE CASCADE,
  marker TEXT NOT NULL,
  side TEXT NOT NULL CHECK (side IN ('agent', 'client')),
  turn INTEGER NOT NULL,
  begin_byte INTEGER NOT NULL,
  end_byte INTEGER NOT NULL,
  evidence TEXT NOT NULL,
  lang TEXT NOT NULL,
  severity INTEGER NOT NULL CHECK (severity BETWEEN 1 AND 3)
);
CREATE INDEX quality_flags_interaction ON quality_flags(interaction_id, id);
CREATE INDEX interactions_time_id ON interactions(started_ms, id);
CREATE TABLE strain_alerts (
  staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
  day TEXT NOT NULL,
  PRIMARY KEY (staff_id, day)
) WITHOUT ROWID;
CREATE TABLE silence_alerts (
  client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  last_contact_ms INTEGER NOT NULL,
  PRIMARY KEY (client_id, last_contact_ms)
) WITHOUT ROWID;
CREATE TABLE conduct_changes (
  id INTEGER PRIMARY KEY,
  client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  from_level TEXT NOT NULL,
  to_level TEXT NOT NULL CHECK (to_level IN ('none', 'note', 'warning', 'senior_only', 'suspended')),
  reason TEXT NOT NULL,
  approved_by TEXT NOT NULL,
  automatic INTEGER NOT NULL,
  points INTEGER NOT NULL,
  at_ms INTEGER NOT NULL
);
CREATE INDEX conduct_changes_client ON conduct_changes(client_id, id);
CREATE TABLE deals (
  id INTEGER PRIMARY KEY,
  client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  currency TEXT NOT NULL,
  value_minor INTEGER NOT NULL CHECK (value_minor >= 0),
  stage TEXT NOT NULL,
  owner_id INTEGER REFERENCES staff(id) ON DELETE SET NULL,
  expected_close_ms INTEGER,
  close_reason TEXT NOT NULL DEFAULT '',
  created_ms INTEGER NOT NULL,
  updated_ms INTEGER NOT NULL,
  closed_ms INTEGER
);
CREATE INDEX deals_stage ON deals(stage, id);
CREATE INDEX deals_client ON deals(client_id, id);
CREATE TABLE deal_stage_history (
  id INTEGER PRIMARY KEY,
  deal_id INTEGER NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
  from_stage TEXT NOT NULL,
  to_stage TEXT NOT NULL,
  at_ms INTEGER NOT NULL,
  actor TEXT NOT NULL,
  reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX deal_stage_history_deal ON deal_stage_history(deal_id, id);
CREATE TABLE tickets (
  id INTEGER PRIMARY KEY,
  client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  subject TEXT NOT NULL,
  subject_key TEXT NOT NULL,
  complaint INTEGER NOT NULL DEFAULT 0,
  priority TEXT NOT NULL CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
  status TEXT NOT NULL CHECK (status IN ('new', 'open', 'waiting', 'resolved', 'closed')),
  assignee_id INTEGER REFERENCES staff(id) ON DELETE SET NULL,
  created_ms INTEGER NOT NULL,
  first_response_ms INTEGER,
  resolved_ms INTEGER,
  closed_ms INTEGER,
  csat INTEGER CHECK (csat BETWEEN 1 AND 5),
  escalations INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX tickets_client_subject ON tickets(client_id, subject_key, created_ms);
CREATE INDEX tickets_status ON tickets(status, id);
CREATE TABLE ticket_interactions (
  ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
  interaction_id INTEGER NOT NULL REFERENCES interactions(id) ON DELETE CASCADE,
  PRIMARY KEY (ticket_id, interaction_id)
) WITHOUT ROWID;
CREATE TABLE sla_breaches (
  ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
  target TEXT NOT NULL CHECK (target IN ('first_response', 'resolution')),
  at_ms INTEGER NOT NULL,
  PRIMARY KEY (ticket_id, target)
) WITHOUT ROWID;
CREATE TABLE retention_cases (
  id INTEGER PRIMARY KEY,
  client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  opened_ms INTEGER NOT NULL,
  outcome TEXT CHECK (outcome IN ('retained', 'lost')),
  outcome_note TEXT NOT NULL DEFAULT '',
  closed_ms INTEGER
);
CREATE UNIQUE INDEX retention_cases_one_open ON retention_cases(client_id) WHERE outcome IS NULL;
CREATE INDEX retention_cases_client ON retention_cases(client_id, id);
CREATE TABLE retention_signals (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES retention_cases(id) ON DELETE CASCADE,
  client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  source TEXT NOT NULL,
  detail TEXT NOT NULL,
  at_ms INTEGER NOT NULL
);
CREATE INDEX retention_signals_case ON retention_signals(case_id, id);
CREATE UNIQUE INDEX retention_signals_once ON retention_signals(client_id, kind, source) WHERE source <> '';
CREATE TABLE retention_offers (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES retention_cases(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('discount', 'gift', 'callback', 'upgrade', 'refund', 'apology', 'other')),
  currency TEXT,
  value_minor INTEGER CHECK (value_minor IS NULL OR value_minor >= 0),
  note TEXT NOT NULL DEFAULT '',
  at_ms INTEGER NOT NULL,
  staff_id INTEGER REFERENCES staff(id) ON DELETE SET NULL
);
CREATE INDEX retention_offers_case ON retention_offers(case_id, id);
ALTER TABLE tasks ADD COLUMN notified_ms INTEGER;
)sql",
      // 3: report aggregates kept by triggers (aggregates.cpp), and the agent's
      // markers of each analysis, so reports read summaries, not the history.
      aggregates_migration(),
  };
  return list;
}

}  // namespace rapport::store::sqlite
