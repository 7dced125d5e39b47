// Duplicate detection and atomic merge; the PostgreSQL port of src/store/sqlite/duplicates.cpp.
#include <algorithm>
#include <map>

#include "../common/duplicate_rules.hpp"
#include "../common/email_key.hpp"
#include "pg_store.hpp"
#include "rapport/error.hpp"
#include "text/fold.hpp"

namespace rapport::store::postgres {
namespace {

// A LIKE pattern for the keys that start with `key`'s block. The block may end
// inside a UTF-8 character, which is no valid text on its own: the pattern
// takes the whole character, and the caller keeps only the keys of the block.
std::string block_pattern(const std::string& key) {
  std::size_t end = block_of(key).size();
  while (end < key.size() && (static_cast<unsigned char>(key[end]) & 0xC0) == 0x80) ++end;
  std::string out;
  for (const char ch : key.substr(0, end)) {
    if (ch == '%' || ch == '_' || ch == '\\') out += '\\';
    out += ch;
  }
  return out + '%';
}

}  // namespace

std::vector<DuplicatePair> PgStore::find_duplicates(std::optional<ClientId> of) {
  const std::string operation = "find duplicate clients";
  return read(operation, [&] {
    PgTransaction tx(conn_);
    read_snapshot();
    const std::int64_t only = of ? of->value : 0;
    std::string wanted_key;
    if (of) {
      const auto rows = conn_.exec("SELECT name_key FROM clients WHERE id = $1", {param(only)});
      if (rows.rows() == 0) throw NotFound("client " + to_string(*of) + " does not exist");
      wanted_key = rows.text(0, 0);
    }
    DuplicatePairs pairs;
    {
      // Emails by their variant-blind key, then phones: the reasons of a pair
      // come in that order. With a client given, only the keys and numbers it
      // has are joined.
      const auto rows = conn_.exec(
          "SELECT 0 AS reason, a.client_id AS x, b.client_id AS y, a.position AS px, b.position AS py, a.email, "
          "b.email FROM client_emails a JOIN client_emails b ON a.email_key = b.email_key AND a.client_id < "
          "b.client_id WHERE $1::bigint = 0 OR (a.email_key IN (SELECT email_key FROM client_emails WHERE client_id "
          "= $1) AND (a.client_id = $1 OR b.client_id = $1)) "
          "UNION ALL SELECT 1, a.client_id, b.client_id, a.position, b.position, a.phone, '' FROM client_phones a "
          "JOIN client_phones b ON a.phone = b.phone AND a.client_id < b.client_id WHERE $1::bigint = 0 OR "
          "(a.phone IN (SELECT phone FROM client_phones WHERE client_id = $1) AND (a.client_id = $1 OR b.client_id "
          "= $1)) "
          "ORDER BY reason, x, y, px, py",
          {param(only)});
      for (int r = 0; r < rows.rows(); ++r) {
        if (rows.int64(r, 0) == 0) {
          add_pair(pairs, rows.int64(r, 1), rows.int64(r, 2), DuplicateReason::email,
                   "email " + rows.text(r, 5) + " ~ " + rows.text(r, 6));
        } else {
          add_pair(pairs, rows.int64(r, 1), rows.int64(r, 2), DuplicateReason::phone, "phone " + rows.text(r, 5));
        }
      }
    }
    // Names: load the keys of the block(s) concerned, then compare in memory.
    // A client without a name key has no name duplicates.
    if (!of || !wanted_key.empty()) {
      struct Named {
        std::int64_t id;
        std::string name;
        std::string key;
      };
      std::map<std::string, std::vector<Named>> blocks;
      const std::string wanted_block = block_of(wanted_key);
      const auto rows = conn_.exec("SELECT id, name, name_key FROM clients WHERE $1::text IS NULL OR name_key LIKE $1",
                                   {of ? param(block_pattern(wanted_key)) : Param{}});
      for (int r = 0; r < rows.rows(); ++r) {
        Named n{rows.int64(r, 0), rows.text(r, 1), rows.text(r, 2)};
        if (n.key.empty()) continue;
        std::string block = block_of(n.key);
        if (of && block != wanted_block) continue;
        blocks[std::move(block)].push_back(std::move(n));
      }
      for (auto& [block, names] : blocks) {
        // Id order, as SQLite's rowid scan: the pair's detail names the lower id first.
        std::sort(names.begin(), names.end(), [](const Named& x, const Named& y) { return x.id < y.id; });
        for (std::size_t i = 0; i < names.size(); ++i) {
          for (std::size_t j = i + 1; j < names.size(); ++j) {
            const auto& x = names[i];
            const auto& y = names[j];
            if (only != 0 && x.id != only && y.id != only) continue;
            const std::size_t tolerance = name_tolerance(std::min(x.key.size(), y.key.size()));
            if (x.key == y.key || text::edit_distance(x.key, y.key, tolerance) <= tolerance) {
              add_pair(pairs, x.id, y.id, DuplicateReason::name, "names '" + x.name + "' ~ '" + y.name + "'");
            }
          }
        }
      }
    }
    tx.commit();
    std::vector<DuplicatePair> out;
    for (auto& [key, pair] : pairs) out.push_back(std::move(pair));
    return out;
  });
}

Client PgStore::merge_clients(ClientId keep, ClientId drop, const Actor& actor) {
  return write("merge client " + to_string(drop) + " into " + to_string(keep), [&] {
    if (keep == drop) throw Conflict("cannot merge client " + to_string(keep) + " into itself");
    // Both rows locked FOR UPDATE, in id order (load_clients sorts before it
    // locks) so two merges of the same pair cannot deadlock. Until commit no
    // other transaction can add rows under either client (they take FOR KEY
    // SHARE on it) nor change or remove them.
    const auto locked = load_clients({std::min(keep, drop), std::max(keep, drop)}, "FOR UPDATE");
    const auto find = [&](ClientId id) -> std::optional<Client> {
      for (const auto& c : locked) {
        if (c.id == id) return c;
      }
      return std::nullopt;
    };
    const auto kept = find(keep);
    if (!kept) throw NotFound("client " + to_string(keep) + " (to keep) does not exist");
    const auto dropped = find(drop);
    if (!dropped) throw NotFound("client " + to_string(drop) + " (to merge away) does not exist");

    const Param keep_id = param(keep.value);
    const Param drop_id = param(drop.value);
    const auto both = [&](const char* sql) { conn_.exec(sql, {keep_id, drop_id}); };
    both("UPDATE interactions SET client_id = $1 WHERE client_id = $2");
    both("UPDATE notes SET client_id = $1 WHERE client_id = $2");
    both("UPDATE tasks SET client_id = $1 WHERE client_id = $2");
    both(
        "INSERT INTO client_tags (client_id, tag) SELECT $1, tag FROM client_tags WHERE client_id = $2 "
        "ON CONFLICT DO NOTHING");
    // The kept client's own values win; the dropped one only fills gaps.
    both(
        "INSERT INTO client_fields (client_id, key, type, value) SELECT $1, key, type, value FROM client_fields "
        "WHERE client_id = $2 ON CONFLICT DO NOTHING");

    // Both clients may have an open retention case: the dropped one's signals
    // and offers join the kept one's, so "one open case per client" still
    // holds (the partial unique index would refuse a second).
    const auto open_cases = conn_.exec(
        "SELECT (SELECT id FROM retention_cases WHERE client_id = $1 AND outcome IS NULL), "
        "(SELECT id FROM retention_cases WHERE client_id = $2 AND outcome IS NULL)",
        {keep_id, drop_id});
    if (!open_cases.is_null(0, 0) && !open_cases.is_null(0, 1)) {
      const std::vector<Param> cases = {param(open_cases.int64(0, 0)), param(open_cases.int64(0, 1))};
      conn_.exec("UPDATE retention_offers SET case_id = $1 WHERE case_id = $2", cases);
      conn_.exec("UPDATE retention_signals SET case_id = $1 WHERE case_id = $2", cases);
      conn_.exec("DELETE FROM retention_cases WHERE id = $1", {cases[1]});
    }
    both("UPDATE deals SET client_id = $1 WHERE client_id = $2");
    both("UPDATE tickets SET client_id = $1 WHERE client_id = $2");
    both("UPDATE retention_cases SET client_id = $1 WHERE client_id = $2");
    // A signal both clients had stays once, with the kept client (SQLite's
    // UPDATE OR IGNORE); the rest of the dropped one's go with it.
    both(
        "UPDATE retention_signals s SET client_id = $1 WHERE s.client_id = $2 AND (s.source = '' OR NOT EXISTS "
        "(SELECT 1 FROM retention_signals k WHERE k.client_id = $1 AND k.kind = s.kind AND k.source = s.source))");
    conn_.exec("DELETE FROM retention_signals WHERE client_id = $1", {drop_id});
    both("UPDATE conduct_changes SET client_id = $1 WHERE client_id = $2");

    // Emails and phones keep their order: the kept client's first.
    Client merged = *kept;
    for (const auto& e : dropped->emails) merged.emails.push_back(e);
    for (const auto& p : dropped->phones) {
      if (std::find(merged.phones.begin(), merged.phones.end(), p) == merged.phones.end()) merged.phones.push_back(p);
    }
    conn_.exec("DELETE FROM client_emails WHERE client_id = $1", {drop_id});
    conn_.exec("DELETE FROM client_emails WHERE client_id = $1", {keep_id});
    conn_.exec("DELETE FROM client_phones WHERE client_id = $1", {keep_id});
    for (std::size_t i = 0; i < merged.emails.size(); ++i) {
      conn_.exec(
          "INSERT INTO client_emails (client_id, position, email, email_key) VALUES ($1, $2, $3, $4)",
          {keep_id, param(static_cast<std::int64_t>(i)), param(merged.emails[i]), param(email_key(merged.emails[i]))});
    }
    for (std::size_t i = 0; i < merged.phones.size(); ++i) {
      conn_.exec("INSERT INTO client_phones (client_id, position, phone) VALUES ($1, $2, $3)",
                 {keep_id, param(static_cast<std::int64_t>(i)), param(merged.phones[i])});
    }
    conn_.exec("UPDATE clients SET updated_ms = $1 WHERE id = $2", {param(now_ms()), keep_id});
    // The cascade removes what stays of the dropped client: its full-text row,
    // tags, fields, phones and silence alerts (SQLite's merge drops those too).
    conn_.exec("DELETE FROM clients WHERE id = $1", {drop_id});
    refresh_client_fts(keep);
    const auto after = load_client(keep);
    auto changes = diff(kept, after);
    changes.push_back({"merged_from", std::nullopt, to_string(drop) + " '" + dropped->name + "'"});
    audit(actor, "client", keep.value, "merge", changes);
    audit(actor, "client", drop.value, "merge", {{"merged_into", std::nullopt, to_string(keep)}});
    audit(actor, "client", drop.value, "delete", diff(dropped, std::nullopt));
    return *after;
  });
}

}  // namespace rapport::store::postgres
