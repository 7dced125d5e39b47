// Client rows and their satellite tables (emails, phones, tags, fields).
#include <SQLiteCpp/Transaction.h>

#include <algorithm>

#include "../common/field_codec.hpp"
#include "rapport/error.hpp"
#include "sqlite_store.hpp"
#include "text/fold.hpp"

namespace rapport::store::sqlite {
bool SqliteStore::client_exists(ClientId id) {
  auto st = prepare("SELECT 1 FROM clients WHERE id = ?");
  st->bind(1, static_cast<int64_t>(id.value));
  return st->executeStep();
}

void SqliteStore::require_client(ClientId id) {
  if (!client_exists(id)) throw NotFound("client " + to_string(id) + " does not exist");
}

void SqliteStore::require_staff(StaffId id) {
  auto st = prepare("SELECT 1 FROM staff WHERE id = ?");
  st->bind(1, static_cast<int64_t>(id.value));
  if (!st->executeStep()) throw NotFound("staff " + to_string(id) + " does not exist");
}

std::optional<Client> SqliteStore::load_client(ClientId id) {
  Client c;
  {
    auto st = prepare(
        "SELECT kind, name, language, stage, owner_id, marketing_consent, created_ms, updated_ms FROM clients "
        "WHERE id = ?");
    st->bind(1, static_cast<int64_t>(id.value));
    if (!st->executeStep()) return std::nullopt;
    c.id = id;
    c.kind = parse_client_kind(st->getColumn(0).getString());
    c.name = st->getColumn(1).getString();
    c.language = st->getColumn(2).getString();
    c.stage = parse_lifecycle_stage(st->getColumn(3).getString());
    if (!st->getColumn(4).isNull()) c.owner = StaffId{st->getColumn(4).getInt64()};
    c.consent.marketing = st->getColumn(5).getInt() != 0;
    c.created_at = from_unix_ms(st->getColumn(6).getInt64());
    c.updated_at = from_unix_ms(st->getColumn(7).getInt64());
  }
  {
    auto st = prepare("SELECT email FROM client_emails WHERE client_id = ? ORDER BY position");
    st->bind(1, static_cast<int64_t>(id.value));
    while (st->executeStep()) c.emails.push_back(st->getColumn(0).getString());
  }
  {
    auto st = prepare("SELECT phone FROM client_phones WHERE client_id = ? ORDER BY position");
    st->bind(1, static_cast<int64_t>(id.value));
    while (st->executeStep()) c.phones.push_back(st->getColumn(0).getString());
  }
  {
    auto st = prepare("SELECT tag FROM client_tags WHERE client_id = ? ORDER BY tag");
    st->bind(1, static_cast<int64_t>(id.value));
    while (st->executeStep()) c.tags.push_back(st->getColumn(0).getString());
  }
  {
    auto st = prepare("SELECT key, type, value FROM client_fields WHERE client_id = ?");
    st->bind(1, static_cast<int64_t>(id.value));
    while (st->executeStep()) {
      c.fields.emplace(st->getColumn(0).getString(),
                       decode_field(st->getColumn(1).getString(), st->getColumn(2).getString()));
    }
  }
  return c;
}

void SqliteStore::write_client_details(const Client& c) {
  const auto id = static_cast<int64_t>(c.id.value);
  for (const char* table : {"client_emails", "client_phones", "client_tags", "client_fields"}) {
    auto st = prepare(std::string("DELETE FROM ") + table + " WHERE client_id = ?");
    st->bind(1, id);
    st->exec();
  }
  for (std::size_t i = 0; i < c.emails.size(); ++i) {
    // A clear Conflict beats the bare UNIQUE failure: name the email and its owner.
    auto owner = prepare("SELECT client_id FROM client_emails WHERE email = ?");
    owner->bind(1, c.emails[i]);
    if (owner->executeStep()) {
      throw Conflict("email '" + c.emails[i] + "' already belongs to client " +
                     std::to_string(owner->getColumn(0).getInt64()));
    }
    auto st = prepare("INSERT INTO client_emails (client_id, position, email, email_key) VALUES (?, ?, ?, ?)");
    st->bind(1, id);
    st->bind(2, static_cast<int64_t>(i));
    st->bind(3, c.emails[i]);
    st->bind(4, email_key(c.emails[i]));
    st->exec();
  }
  for (std::size_t i = 0; i < c.phones.size(); ++i) {
    auto st = prepare("INSERT INTO client_phones (client_id, position, phone) VALUES (?, ?, ?)");
    st->bind(1, id);
    st->bind(2, static_cast<int64_t>(i));
    st->bind(3, c.phones[i]);
    st->exec();
  }
  for (const auto& tag : c.tags) {
    auto st = prepare("INSERT INTO client_tags (client_id, tag) VALUES (?, ?)");
    st->bind(1, id);
    st->bind(2, tag);
    st->exec();
  }
  for (const auto& [key, value] : c.fields) {
    const auto [type, text] = encode_field(value);
    auto st = prepare("INSERT INTO client_fields (client_id, key, type, value) VALUES (?, ?, ?, ?)");
    st->bind(1, id);
    st->bind(2, key);
    st->bind(3, type);
    st->bind(4, text);
    st->exec();
  }
  refresh_client_fts(c.id);
}

void SqliteStore::refresh_client_fts(ClientId id) {
  const auto key = static_cast<int64_t>(id.value);
  {
    auto st = prepare("DELETE FROM client_fts WHERE rowid = ?");
    st->bind(1, key);
    st->exec();
  }
  std::string name;
  std::string emails;
  {
    auto st = prepare(
        "SELECT name, (SELECT coalesce(group_concat(email, ' '), '') FROM client_emails WHERE client_id = ?1) "
        "FROM clients WHERE id = ?1");
    st->bind(1, key);
    if (!st->executeStep()) return;
    name = st->getColumn(0).getString();
    emails = st->getColumn(1).getString();
  }
  auto st = prepare("INSERT INTO client_fts (rowid, name, emails, folded) VALUES (?, ?, ?, ?)");
  st->bind(1, key);
  st->bind(2, name);
  st->bind(3, emails);
  st->bind(4, text::search_fold(name));
  st->exec();
}

namespace {

// Binds parameters 1..7 of an INSERT or UPDATE of the clients row: kind, name,
// name_key, language, stage, owner_id, marketing_consent (the same order in both).
void bind_client_columns(SQLite::Statement& st, const Client& c) {
  st.bind(1, std::string(to_string(c.kind)));
  st.bind(2, c.name);
  st.bind(3, text::name_key(c.name));
  st.bind(4, c.language);
  st.bind(5, std::string(to_string(c.stage)));
  if (c.owner) st.bind(6, static_cast<int64_t>(c.owner->value));
  st.bind(7, c.consent.marketing ? 1 : 0);
}

}  // namespace

Client SqliteStore::insert_client(Client c, std::int64_t now, const Actor& actor) {
  if (c.owner) require_staff(*c.owner);
  {
    auto st = prepare(
        "INSERT INTO clients (kind, name, name_key, language, stage, owner_id, marketing_consent, created_ms, "
        "updated_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    bind_client_columns(*st, c);
    st->bind(8, static_cast<int64_t>(now));
    st->bind(9, static_cast<int64_t>(now));
    st->exec();
  }
  c.id = ClientId{db_.getLastInsertRowid()};
  c.created_at = c.updated_at = from_unix_ms(now);
  write_client_details(c);
  audit(actor, "client", c.id.value, "create", diff(std::nullopt, c));
  return c;
}

Client SqliteStore::create_client(Client c, const Actor& actor) {
  std::lock_guard lock(mutex_);
  try {
    require_writable("create client");
    WriteTransaction tx(db_, *write_lock_);
    Client stored = insert_client(c, now_ms(), actor);
    tx.commit();
    return stored;
  } catch (const std::exception& e) {
    fail(e, "create client '" + c.name + "'");
  }
}

Client SqliteStore::update_client(Client c, const Actor& actor) {
  std::lock_guard lock(mutex_);
  try {
    require_writable("update client");
    WriteTransaction tx(db_, *write_lock_);
    const auto before = load_client(c.id);
    if (!before) throw NotFound("client " + to_string(c.id) + " does not exist");
    if (c.owner) require_staff(*c.owner);
    const std::int64_t now = now_ms();
    {
      auto st = prepare(
          "UPDATE clients SET kind = ?, name = ?, name_key = ?, language = ?, stage = ?, owner_id = ?, "
          "marketing_consent = ?, updated_ms = ? WHERE id = ?");
      bind_client_columns(*st, c);
      st->bind(8, static_cast<int64_t>(now));
      st->bind(9, static_cast<int64_t>(c.id.value));
      st->exec();
    }
    c.created_at = before->created_at;
    c.updated_at = from_unix_ms(now);
    write_client_details(c);
    audit(actor, "client", c.id.value, "update", diff(before, c));
    tx.commit();
    return c;
  } catch (const std::exception& e) {
    fail(e, "update client " + to_string(c.id));
  }
}

void SqliteStore::remove_client(ClientId id, const Actor& actor) {
  std::lock_guard lock(mutex_);
  try {
    require_writable("remove client");
    WriteTransaction tx(db_, *write_lock_);
    const auto before = load_client(id);
    if (!before) throw NotFound("client " + to_string(id) + " does not exist");
    const auto key = static_cast<int64_t>(id.value);
    // The full-text tables are not covered by foreign-key cascades.
    for (const char* sql : {"DELETE FROM note_fts WHERE rowid IN (SELECT id FROM notes WHERE client_id = ?)",
                            "DELETE FROM interaction_fts WHERE rowid IN "
                            "(SELECT id FROM interactions WHERE client_id = ?)",
                            "DELETE FROM client_fts WHERE rowid = ?", "DELETE FROM clients WHERE id = ?"}) {
      auto st = prepare(sql);
      st->bind(1, key);
      st->exec();
    }
    audit(actor, "client", id.value, "delete", diff(before, std::nullopt));
    tx.commit();
  } catch (const std::exception& e) {
    fail(e, "remove client " + to_string(id));
  }
}

std::optional<Client> SqliteStore::find_client(ClientId id) {
  std::lock_guard lock(mutex_);
  try {
    return load_client(id);
  } catch (const std::exception& e) {
    fail(e, "read client " + to_string(id));
  }
}

std::optional<Client> SqliteStore::find_client_by_email(std::string_view email) {
  std::lock_guard lock(mutex_);
  try {
    auto st = prepare("SELECT client_id FROM client_emails WHERE email = ?");
    st->bind(1, std::string(email));
    if (!st->executeStep()) return std::nullopt;
    const ClientId id{st->getColumn(0).getInt64()};
    return load_client(id);
  } catch (const std::exception& e) {
    fail(e, "find client by email '" + std::string(email) + "'");
  }
}

Page<Client, ClientId> SqliteStore::list_clients(const ClientFilter& f, std::optional<ClientId> after,
                                                 std::size_t limit) {
  std::lock_guard lock(mutex_);
  try {
    auto st = prepare(
        "SELECT id FROM clients WHERE id > ?1 "
        "AND (?2 IS NULL OR id IN (SELECT client_id FROM client_tags WHERE tag = ?2)) "
        "AND (?3 IS NULL OR stage = ?3) AND (?4 IS NULL OR owner_id = ?4) AND (?5 IS NULL OR language = ?5) "
        "AND (?6 IS NULL OR created_ms >= ?6) AND (?7 IS NULL OR created_ms < ?7) "
        "ORDER BY id LIMIT ?8");
    st->bind(1, static_cast<int64_t>(after ? after->value : 0));
    if (f.tag) st->bind(2, *f.tag);
    if (f.stage) st->bind(3, std::string(to_string(*f.stage)));
    if (f.owner) st->bind(4, static_cast<int64_t>(f.owner->value));
    if (f.language) st->bind(5, *f.language);
    if (f.created_from) st->bind(6, static_cast<int64_t>(to_unix_ms(*f.created_from)));
    if (f.created_before) st->bind(7, static_cast<int64_t>(to_unix_ms(*f.created_before)));
    // One row more than asked tells whether another page exists.
    st->bind(8, static_cast<int64_t>(limit + 1));
    std::vector<ClientId> ids;
    while (st->executeStep()) ids.push_back(ClientId{st->getColumn(0).getInt64()});
    Page<Client, ClientId> page;
    const bool more = ids.size() > limit && limit > 0;  // limit 0: an empty page, no cursor
    ids.resize(std::min(ids.size(), limit));
    for (const auto id : ids) page.items.push_back(*load_client(id));
    if (more) page.next = ids.back();
    return page;
  } catch (const std::exception& e) {
    fail(e, "list clients");
  }
}

}  // namespace rapport::store::sqlite
