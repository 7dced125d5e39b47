// Client rows and their satellite tables (emails, phones, tags, fields), and
// their full-text rows; the PostgreSQL port of src/store/sqlite/clients.cpp.
#include <map>

#include "../common/email_key.hpp"
#include "../common/field_codec.hpp"
#include "pg_store.hpp"
#include "rapport/error.hpp"
#include "text/fold.hpp"

namespace rapport::store::postgres {
namespace {

// A bigint[] parameter in text format: "{1,2,3}".
Param id_array(const std::vector<ClientId>& ids) {
  std::string out = "{";
  for (const auto id : ids) {
    if (out.size() > 1) out += ',';
    out += std::to_string(id.value);
  }
  return out + "}";
}

// Parameters $1..$7 of an INSERT or UPDATE of the clients row: kind, name,
// name_key, language, stage, owner_id, marketing_consent (the same order in both).
std::vector<Param> client_columns(const Client& c) {
  return {param(to_string(c.kind)),       param(c.name),
          param(text::name_key(c.name)),  param(c.language),
          param(to_string(c.stage)),      c.owner ? param(c.owner->value) : Param{},
          param_bool(c.consent.marketing)};
}

}  // namespace

void PgStore::read_snapshot() {
  // One snapshot for all statements of a read (a client row and its satellite
  // tables, a listing and its rows); a read-only transaction never has to retry.
  conn_.exec("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
}

void PgStore::require_client(ClientId id) {
  // FOR KEY SHARE: the client cannot be deleted before this transaction ends.
  if (conn_.exec("SELECT 1 FROM clients WHERE id = $1 FOR KEY SHARE", {param(id.value)}).rows() == 0) {
    throw NotFound("client " + to_string(id) + " does not exist");
  }
}

void PgStore::require_staff(StaffId id) {
  if (conn_.exec("SELECT 1 FROM staff WHERE id = $1 FOR KEY SHARE", {param(id.value)}).rows() == 0) {
    throw NotFound("staff " + to_string(id) + " does not exist");
  }
}

std::vector<Client> PgStore::load_clients(const std::vector<ClientId>& ids, std::string_view row_lock) {
  std::vector<Client> out;
  if (ids.empty()) return out;
  const Param key = id_array(ids);
  const auto rows = conn_.exec(
      "SELECT id, kind, name, language, stage, owner_id, marketing_consent, created_ms, updated_ms FROM clients "
      "WHERE id = ANY($1::bigint[]) ORDER BY id " +
          std::string(row_lock),
      {key});
  std::map<std::int64_t, std::size_t> index;
  for (int r = 0; r < rows.rows(); ++r) {
    Client c;
    c.id = ClientId{rows.int64(r, 0)};
    c.kind = parse_client_kind(rows.text(r, 1));
    c.name = rows.text(r, 2);
    c.language = rows.text(r, 3);
    c.stage = parse_lifecycle_stage(rows.text(r, 4));
    if (!rows.is_null(r, 5)) c.owner = StaffId{rows.int64(r, 5)};
    c.consent.marketing = rows.boolean(r, 6);
    c.created_at = from_unix_ms(rows.int64(r, 7));
    c.updated_at = from_unix_ms(rows.int64(r, 8));
    index.emplace(c.id.value, out.size());
    out.push_back(std::move(c));
  }
  if (out.empty()) return out;
  const auto owner = [&](const PgResult& result, int r) -> Client& { return out[index.at(result.int64(r, 0))]; };
  {
    const auto emails = conn_.exec(
        "SELECT client_id, email FROM client_emails WHERE client_id = ANY($1::bigint[]) ORDER BY client_id, position",
        {key});
    for (int r = 0; r < emails.rows(); ++r) owner(emails, r).emails.push_back(emails.text(r, 1));
  }
  {
    const auto phones = conn_.exec(
        "SELECT client_id, phone FROM client_phones WHERE client_id = ANY($1::bigint[]) ORDER BY client_id, position",
        {key});
    for (int r = 0; r < phones.rows(); ++r) owner(phones, r).phones.push_back(phones.text(r, 1));
  }
  {
    // COLLATE "C": byte order, as SQLite's BINARY collation and the validator's sort.
    const auto tags = conn_.exec(
        "SELECT client_id, tag FROM client_tags WHERE client_id = ANY($1::bigint[]) "
        "ORDER BY client_id, tag COLLATE \"C\"",
        {key});
    for (int r = 0; r < tags.rows(); ++r) owner(tags, r).tags.push_back(tags.text(r, 1));
  }
  {
    const auto fields =
        conn_.exec("SELECT client_id, key, type, value FROM client_fields WHERE client_id = ANY($1::bigint[])", {key});
    for (int r = 0; r < fields.rows(); ++r) {
      owner(fields, r).fields.emplace(fields.text(r, 1), decode_field(fields.text(r, 2), fields.text(r, 3)));
    }
  }
  return out;
}

std::optional<Client> PgStore::load_client(ClientId id, std::string_view row_lock) {
  auto found = load_clients({id}, row_lock);
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

void PgStore::write_client_details(const Client& c) {
  const Param id = param(c.id.value);
  for (const char* table : {"client_emails", "client_phones", "client_tags", "client_fields"}) {
    conn_.exec(std::string("DELETE FROM ") + table + " WHERE client_id = $1", {id});
  }
  for (std::size_t i = 0; i < c.emails.size(); ++i) {
    // A clear Conflict beats the bare unique violation: name the email and its owner.
    const auto owner = conn_.exec("SELECT client_id FROM client_emails WHERE email = $1", {param(c.emails[i])});
    if (owner.rows() > 0) {
      throw Conflict("email '" + c.emails[i] + "' already belongs to client " + std::to_string(owner.int64(0, 0)));
    }
    conn_.exec("INSERT INTO client_emails (client_id, position, email, email_key) VALUES ($1, $2, $3, $4)",
               {id, param(static_cast<std::int64_t>(i)), param(c.emails[i]), param(email_key(c.emails[i]))});
  }
  for (std::size_t i = 0; i < c.phones.size(); ++i) {
    conn_.exec("INSERT INTO client_phones (client_id, position, phone) VALUES ($1, $2, $3)",
               {id, param(static_cast<std::int64_t>(i)), param(c.phones[i])});
  }
  for (const auto& tag : c.tags) {
    conn_.exec("INSERT INTO client_tags (client_id, tag) VALUES ($1, $2)", {id, param(tag)});
  }
  for (const auto& [key, value] : c.fields) {
    const auto [type, text] = encode_field(value);
    conn_.exec("INSERT INTO client_fields (client_id, key, type, value) VALUES ($1, $2, $3, $4)",
               {id, param(key), param(type), param(text)});
  }
  refresh_client_fts(c.id);
}

void PgStore::refresh_client_fts(ClientId id) {
  const Param key = param(id.value);
  const auto rows = conn_.exec(
      "SELECT name, (SELECT COALESCE(string_agg(email, ' ' ORDER BY position), '') FROM client_emails "
      "WHERE client_id = $1) FROM clients WHERE id = $1",
      {key});
  if (rows.rows() == 0) {
    conn_.exec("DELETE FROM client_fts WHERE client_id = $1", {key});
    return;
  }
  const std::string name = rows.text(0, 0);
  conn_.exec(
      "INSERT INTO client_fts (client_id, name, emails, folded) VALUES ($1, $2, $3, $4) "
      "ON CONFLICT (client_id) DO UPDATE SET name = EXCLUDED.name, emails = EXCLUDED.emails, folded = EXCLUDED.folded",
      {key, param(name), param(rows.text(0, 1)), param(text::search_fold(name))});
}

Client PgStore::insert_client(Client c, std::int64_t now, const Actor& actor) {
  if (c.owner) require_staff(*c.owner);
  auto params = client_columns(c);
  params.push_back(param(now));
  const auto id = conn_.exec(
      "INSERT INTO clients (kind, name, name_key, language, stage, owner_id, marketing_consent, created_ms, "
      "updated_ms) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id",
      params);
  c.id = ClientId{id.int64(0, 0)};
  c.created_at = c.updated_at = from_unix_ms(now);
  write_client_details(c);
  audit(actor, "client", c.id.value, "create", diff(std::nullopt, c));
  return c;
}

Client PgStore::create_client(Client c, const Actor& actor) {
  std::lock_guard lock(mutex_);
  try {
    require_writable("create client");
    PgTransaction tx(conn_);
    Client stored = insert_client(c, now_ms(), actor);
    tx.commit();
    return stored;
  } catch (const std::exception& e) {
    fail(e, "create client '" + c.name + "'");
  }
}

Client PgStore::update_client(Client c, const Actor& actor) {
  std::lock_guard lock(mutex_);
  try {
    require_writable("update client");
    PgTransaction tx(conn_);
    // A concurrent update or removal of the same client waits for this one; new
    // notes and tasks of the client (FOR KEY SHARE) need not.
    const auto before = load_client(c.id, "FOR NO KEY UPDATE");
    if (!before) throw NotFound("client " + to_string(c.id) + " does not exist");
    if (c.owner) require_staff(*c.owner);
    const std::int64_t now = now_ms();
    auto params = client_columns(c);
    params.push_back(param(now));
    params.push_back(param(c.id.value));
    conn_.exec(
        "UPDATE clients SET kind = $1, name = $2, name_key = $3, language = $4, stage = $5, owner_id = $6, "
        "marketing_consent = $7, updated_ms = $8 WHERE id = $9",
        params);
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

void PgStore::remove_client(ClientId id, const Actor& actor) {
  std::lock_guard lock(mutex_);
  try {
    require_writable("remove client");
    PgTransaction tx(conn_);
    const auto before = load_client(id, "FOR UPDATE");
    if (!before) throw NotFound("client " + to_string(id) + " does not exist");
    // Unlike SQLite's FTS5 tables, the full-text rows (client_fts, and note_fts
    // through notes) have foreign keys: the cascade removes them with the rest.
    conn_.exec("DELETE FROM clients WHERE id = $1", {param(id.value)});
    audit(actor, "client", id.value, "delete", diff(before, std::nullopt));
    tx.commit();
  } catch (const std::exception& e) {
    fail(e, "remove client " + to_string(id));
  }
}

std::optional<Client> PgStore::find_client(ClientId id) {
  std::lock_guard lock(mutex_);
  try {
    PgTransaction tx(conn_);
    read_snapshot();
    auto found = load_client(id);
    tx.commit();
    return found;
  } catch (const std::exception& e) {
    fail(e, "read client " + to_string(id));
  }
}

std::optional<Client> PgStore::find_client_by_email(std::string_view email) {
  std::lock_guard lock(mutex_);
  try {
    PgTransaction tx(conn_);
    read_snapshot();
    const auto rows = conn_.exec("SELECT client_id FROM client_emails WHERE email = $1", {param(email)});
    std::optional<Client> found;
    if (rows.rows() > 0) found = load_client(ClientId{rows.int64(0, 0)});
    tx.commit();
    return found;
  } catch (const std::exception& e) {
    fail(e, "find client by email '" + std::string(email) + "'");
  }
}

Page<Client, ClientId> PgStore::list_clients(const ClientFilter& f, std::optional<ClientId> after, std::size_t limit) {
  std::lock_guard lock(mutex_);
  try {
    PgTransaction tx(conn_);
    read_snapshot();
    const auto rows = conn_.exec(
        "SELECT id FROM clients WHERE id > $1 "
        "AND ($2::text IS NULL OR id IN (SELECT client_id FROM client_tags WHERE tag = $2)) "
        "AND ($3::text IS NULL OR stage = $3) AND ($4::bigint IS NULL OR owner_id = $4) "
        "AND ($5::text IS NULL OR language = $5) "
        "AND ($6::bigint IS NULL OR created_ms >= $6) AND ($7::bigint IS NULL OR created_ms < $7) "
        "ORDER BY id LIMIT $8",
        {param(after ? after->value : 0), f.tag ? param(*f.tag) : Param{},
         f.stage ? param(to_string(*f.stage)) : Param{}, f.owner ? param(f.owner->value) : Param{},
         f.language ? param(*f.language) : Param{}, f.created_from ? param(to_unix_ms(*f.created_from)) : Param{},
         f.created_before ? param(to_unix_ms(*f.created_before)) : Param{},
         // One row more than asked tells whether another page exists.
         param(static_cast<std::int64_t>(limit + 1))});
    std::vector<ClientId> ids;
    for (int r = 0; r < rows.rows(); ++r) ids.push_back(ClientId{rows.int64(r, 0)});
    Page<Client, ClientId> page;
    const bool more = ids.size() > limit;
    if (more) ids.pop_back();
    page.items = load_clients(ids);
    tx.commit();
    // (limit 0: no item to resume after, so no cursor; SQLite's store reads ids.back() of nothing there.)
    if (more && !ids.empty()) page.next = ids.back();
    return page;
  } catch (const std::exception& e) {
    fail(e, "list clients");
  }
}

}  // namespace rapport::store::postgres
