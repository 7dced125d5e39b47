// Finding and merging clients that are the same person or company.
#include <SQLiteCpp/Transaction.h>

#include <algorithm>
#include <map>

#include "../common/duplicate_rules.hpp"
#include "rapport/error.hpp"
#include "sqlite_store.hpp"
#include "text/fold.hpp"

namespace rapport::store::sqlite {

std::vector<DuplicatePair> SqliteStore::find_duplicates(std::optional<ClientId> of) {
  std::lock_guard lock(mutex_);
  try {
    DuplicatePairs pairs;
    const std::int64_t only = of ? of->value : 0;
    {
      auto st = prepare(
          "SELECT a.client_id, b.client_id, a.email, b.email FROM client_emails a JOIN client_emails b "
          "ON a.email_key = b.email_key AND a.client_id < b.client_id "
          "WHERE ?1 = 0 OR a.client_id = ?1 OR b.client_id = ?1");
      st->bind(1, static_cast<int64_t>(only));
      while (st->executeStep()) {
        add_pair(pairs, st->getColumn(0).getInt64(), st->getColumn(1).getInt64(), DuplicateReason::email,
                 "email " + st->getColumn(2).getString() + " ~ " + st->getColumn(3).getString());
      }
    }
    {
      auto st = prepare(
          "SELECT a.client_id, b.client_id, a.phone FROM client_phones a JOIN client_phones b "
          "ON a.phone = b.phone AND a.client_id < b.client_id "
          "WHERE ?1 = 0 OR a.client_id = ?1 OR b.client_id = ?1");
      st->bind(1, static_cast<int64_t>(only));
      while (st->executeStep()) {
        add_pair(pairs, st->getColumn(0).getInt64(), st->getColumn(1).getInt64(), DuplicateReason::phone,
                 "phone " + st->getColumn(2).getString());
      }
    }
    {
      // Names: load the keys of the block(s) concerned, then compare in memory.
      struct Named {
        std::int64_t id;
        std::string name;
        std::string key;
      };
      std::map<std::string, std::vector<Named>> blocks;
      std::string wanted_block;
      if (of) {
        auto st = prepare("SELECT name_key FROM clients WHERE id = ?");
        st->bind(1, static_cast<int64_t>(only));
        if (!st->executeStep()) throw NotFound("client " + to_string(*of) + " does not exist");
        wanted_block = block_of(st->getColumn(0).getString());
      }
      auto st = prepare(
          "SELECT id, name, name_key FROM clients WHERE ?1 = '' OR (name_key >= ?1 AND name_key < ?1 || x'ff')");
      st->bind(1, wanted_block);
      while (st->executeStep()) {
        Named n{st->getColumn(0).getInt64(), st->getColumn(1).getString(), st->getColumn(2).getString()};
        if (n.key.empty()) continue;
        blocks[block_of(n.key)].push_back(std::move(n));
      }
      for (const auto& [block, names] : blocks) {
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
    std::vector<DuplicatePair> out;
    for (auto& [key, pair] : pairs) out.push_back(std::move(pair));
    return out;
  } catch (const std::exception& e) {
    fail(e, "find duplicate clients");
  }
}

Client SqliteStore::merge_clients(ClientId keep, ClientId drop, const Actor& actor) {
  std::lock_guard lock(mutex_);
  try {
    require_writable("merge clients");
    if (keep == drop) throw Conflict("cannot merge client " + to_string(keep) + " into itself");
    WriteTransaction tx(db_, *write_lock_);
    const auto kept = load_client(keep);
    if (!kept) throw NotFound("client " + to_string(keep) + " (to keep) does not exist");
    const auto dropped = load_client(drop);
    if (!dropped) throw NotFound("client " + to_string(drop) + " (to merge away) does not exist");

    const auto keep_id = static_cast<int64_t>(keep.value);
    const auto drop_id = static_cast<int64_t>(drop.value);
    for (const char* sql : {"UPDATE interactions SET client_id = ?1 WHERE client_id = ?2",
                            "UPDATE notes SET client_id = ?1 WHERE client_id = ?2",
                            "UPDATE tasks SET client_id = ?1 WHERE client_id = ?2",
                            "INSERT OR IGNORE INTO client_tags (client_id, tag) SELECT ?1, tag FROM client_tags "
                            "WHERE client_id = ?2",
                            // The kept client's own values win; the dropped one only fills gaps.
                            "INSERT OR IGNORE INTO client_fields (client_id, key, type, value) "
                            "SELECT ?1, key, type, value FROM client_fields WHERE client_id = ?2"}) {
      auto st = prepare(sql);
      st->bind(1, keep_id);
      st->bind(2, drop_id);
      st->exec();
    }
    merge_workflows(keep, drop);
    // Emails and phones keep their order: the kept client's first.
    Client merged = *kept;
    for (const auto& e : dropped->emails) merged.emails.push_back(e);
    for (const auto& p : dropped->phones) {
      if (std::find(merged.phones.begin(), merged.phones.end(), p) == merged.phones.end()) merged.phones.push_back(p);
    }
    {
      auto st = prepare("DELETE FROM client_emails WHERE client_id = ?");
      st->bind(1, drop_id);
      st->exec();
    }
    for (const char* table : {"client_emails", "client_phones"}) {
      auto st = prepare(std::string("DELETE FROM ") + table + " WHERE client_id = ?");
      st->bind(1, keep_id);
      st->exec();
    }
    for (std::size_t i = 0; i < merged.emails.size(); ++i) {
      auto st = prepare("INSERT INTO client_emails (client_id, position, email, email_key) VALUES (?, ?, ?, ?)");
      st->bind(1, keep_id);
      st->bind(2, static_cast<int64_t>(i));
      st->bind(3, merged.emails[i]);
      st->bind(4, email_key(merged.emails[i]));
      st->exec();
    }
    for (std::size_t i = 0; i < merged.phones.size(); ++i) {
      auto st = prepare("INSERT INTO client_phones (client_id, position, phone) VALUES (?, ?, ?)");
      st->bind(1, keep_id);
      st->bind(2, static_cast<int64_t>(i));
      st->bind(3, merged.phones[i]);
      st->exec();
    }
    {
      auto st = prepare("UPDATE clients SET updated_ms = ? WHERE id = ?");
      st->bind(1, static_cast<int64_t>(now_ms()));
      st->bind(2, keep_id);
      st->exec();
    }
    for (const char* sql : {"DELETE FROM client_fts WHERE rowid = ?", "DELETE FROM clients WHERE id = ?"}) {
      auto st = prepare(sql);
      st->bind(1, drop_id);
      st->exec();
    }
    refresh_client_fts(keep);
    const auto after = load_client(keep);
    auto changes = diff(kept, after);
    changes.push_back({"merged_from", std::nullopt, to_string(drop) + " '" + dropped->name + "'"});
    audit(actor, "client", keep.value, "merge", changes);
    audit(actor, "client", drop.value, "merge", {{"merged_into", std::nullopt, to_string(keep)}});
    audit(actor, "client", drop.value, "delete", diff(dropped, std::nullopt));
    tx.commit();
    return *after;
  } catch (const std::exception& e) {
    fail(e, "merge client " + to_string(drop) + " into " + to_string(keep));
  }
}

}  // namespace rapport::store::sqlite
