// Client conduct levels and their history; the PostgreSQL port of src/store/sqlite/conduct.cpp.
// The current level is the last recorded change.
#include "pg_store.hpp"
#include "rapport/error.hpp"

namespace rapport::store::postgres {

ConductRecord PgStore::load_conduct_record(ClientId client) {
  // One statement for the client and its history: one snapshot, one round
  // trip. No row lock: this also runs in read-only snapshots, which cannot take one.
  const auto rows = conn_.exec(
      "SELECT ch.from_level, ch.to_level, ch.reason, ch.approved_by, ch.automatic, ch.points, ch.at_ms "
      "FROM clients c LEFT JOIN conduct_changes ch ON ch.client_id = c.id WHERE c.id = $1 ORDER BY ch.id",
      {param(client.value)});
  if (rows.rows() == 0) throw NotFound("client " + to_string(client) + " does not exist");
  ConductRecord record;
  record.client = client;
  for (int r = 0; r < rows.rows(); ++r) {
    if (rows.is_null(r, 0)) continue;  // a client without changes
    ConductChange c;
    c.from = parse_conduct_level(rows.text(r, 0));
    c.to = parse_conduct_level(rows.text(r, 1));
    c.reason = rows.text(r, 2);
    c.approved_by = rows.text(r, 3);
    c.automatic = rows.boolean(r, 4);
    c.points = static_cast<int>(rows.int64(r, 5));
    c.at = from_unix_ms(rows.int64(r, 6));
    record.history.push_back(std::move(c));
  }
  if (!record.history.empty()) {
    record.level = record.history.back().to;
    record.points = record.history.back().points;
  }
  return record;
}

ConductRecord PgStore::conduct_record(ClientId client) {
  // One statement is one snapshot: no transaction needed.
  return read("read conduct of client " + to_string(client), [&] { return load_conduct_record(client); });
}

ConductRecord PgStore::change_conduct(ClientId client, const ConductChange& change) {
  return write("change conduct level of client " + to_string(client), [&] {
    // The client row is locked before the current level is read: a second
    // process changing the same client's level waits, then reads this change
    // (READ COMMITTED reads afresh per statement), so two cannot both take the
    // same step from the same level. FOR NO KEY UPDATE leaves new notes, tasks
    // and interactions of the client (FOR KEY SHARE) unblocked.
    if (conn_.exec("SELECT 1 FROM clients WHERE id = $1 FOR NO KEY UPDATE", {param(client.value)}).rows() == 0) {
      throw NotFound("client " + to_string(client) + " does not exist");
    }
    const auto last = conn_.exec("SELECT to_level FROM conduct_changes WHERE client_id = $1 ORDER BY id DESC LIMIT 1",
                                 {param(client.value)});
    const ConductLevel current = last.rows() > 0 ? parse_conduct_level(last.text(0, 0)) : ConductLevel::none;
    if (current != change.from) {
      throw Conflict("conduct level of client " + to_string(client) + " is '" + std::string(to_string(current)) +
                     "', not '" + std::string(to_string(change.from)) + "'");
    }
    conn_.exec(
        "INSERT INTO conduct_changes (client_id, from_level, to_level, reason, approved_by, automatic, points, at_ms) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        {param(client.value), param(to_string(change.from)), param(to_string(change.to)), param(change.reason),
         param(change.approved_by), param_bool(change.automatic), param(static_cast<std::int64_t>(change.points)),
         param(to_unix_ms(change.at))});
    audit_as(change.approved_by, "client", client.value, "update",
             {{"conduct_level", std::string(to_string(change.from)), std::string(to_string(change.to))}});
    return load_conduct_record(client);
  });
}

}  // namespace rapport::store::postgres
