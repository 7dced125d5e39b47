// Interactions, their turns and their full-text rows.
#include <SQLiteCpp/Transaction.h>

#include <algorithm>

#include "rapport/error.hpp"
#include "sqlite_store.hpp"
#include "text/fold.hpp"

namespace rapport::store::sqlite {
namespace {

std::string summary(const Interaction& in) {
  return std::string(to_string(in.channel)) + " with client " + to_string(in.client) + ", " +
         std::to_string(in.turns.size()) + " turns";
}

std::string transcript_text(const Interaction& in) {
  std::string body;
  for (const auto& t : in.turns) {
    if (!body.empty()) body += '\n';
    body += t.text;
  }
  return body;
}

}  // namespace

Interaction SqliteStore::insert_interaction(Interaction in, std::int64_t created_ms) {
  require_client(in.client);
  if (in.staff) require_staff(*in.staff);
  {
    auto st = prepare(
        "INSERT INTO interactions (client_id, staff_id, channel, direction, started_ms, duration_ms, subject, "
        "outcome, csat, created_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st->bind(1, static_cast<int64_t>(in.client.value));
    if (in.staff) st->bind(2, static_cast<int64_t>(in.staff->value));
    st->bind(3, std::string(to_string(in.channel)));
    st->bind(4, std::string(to_string(in.direction)));
    st->bind(5, static_cast<int64_t>(to_unix_ms(in.started_at)));
    st->bind(6, static_cast<int64_t>(in.duration.count()));
    st->bind(7, in.subject);
    st->bind(8, in.outcome);
    if (in.csat) st->bind(9, *in.csat);
    st->bind(10, static_cast<int64_t>(created_ms));
    st->exec();
  }
  in.id = InteractionId{db_.getLastInsertRowid()};
  for (std::size_t i = 0; i < in.turns.size(); ++i) {
    const Turn& t = in.turns[i];
    auto st = prepare(
        "INSERT INTO turns (interaction_id, idx, role, speaker, text, start_ms, end_ms) VALUES (?, ?, ?, ?, ?, ?, ?)");
    st->bind(1, static_cast<int64_t>(in.id.value));
    st->bind(2, static_cast<int64_t>(i));
    st->bind(3, std::string(to_string(t.role)));
    st->bind(4, t.speaker);
    st->bind(5, t.text);
    if (t.start_ms) st->bind(6, static_cast<int64_t>(*t.start_ms));
    if (t.end_ms) st->bind(7, static_cast<int64_t>(*t.end_ms));
    st->exec();
  }
  const std::string body = transcript_text(in);
  auto fts = prepare("INSERT INTO interaction_fts (rowid, subject, body, folded) VALUES (?, ?, ?, ?)");
  fts->bind(1, static_cast<int64_t>(in.id.value));
  fts->bind(2, in.subject);
  fts->bind(3, body);
  fts->bind(4, text::search_fold(in.subject + "\n" + body));
  fts->exec();
  return in;
}

std::vector<Interaction> SqliteStore::write_interactions(
    std::size_t count, const std::string& operation,
    const std::function<Interaction(std::size_t index, std::int64_t now)>& write_one) {
  std::lock_guard lock(mutex_);
  std::size_t index = 0;
  try {
    require_writable(operation + "s");
    SQLite::Transaction tx(db_, SQLite::TransactionBehavior::IMMEDIATE);
    const std::int64_t now = now_ms();
    std::vector<Interaction> stored;
    stored.reserve(count);
    for (; index < count; ++index) stored.push_back(write_one(index, now));
    tx.commit();
    return stored;
  } catch (const NotFound& e) {
    if (count == 1) throw;
    throw NotFound("interaction " + std::to_string(index) + ": " + e.what());
  } catch (const std::exception& e) {
    fail(e, operation + " " + std::to_string(index));
  }
}

std::vector<Interaction> SqliteStore::create_interactions(std::span<const Interaction> items, const Actor& actor) {
  return write_interactions(items.size(), "create interaction", [&](std::size_t k, std::int64_t now) {
    Interaction in = insert_interaction(items[k], now);
    audit(actor, "interaction", in.id.value, "create", {{"*", std::nullopt, summary(in)}});
    return in;
  });
}

std::optional<Interaction> SqliteStore::load_interaction(InteractionId id) {
  Interaction in;
  {
    auto st = prepare(
        "SELECT client_id, staff_id, channel, direction, started_ms, duration_ms, subject, outcome, csat "
        "FROM interactions WHERE id = ?");
    st->bind(1, static_cast<int64_t>(id.value));
    if (!st->executeStep()) return std::nullopt;
    in.id = id;
    in.client = ClientId{st->getColumn(0).getInt64()};
    if (!st->getColumn(1).isNull()) in.staff = StaffId{st->getColumn(1).getInt64()};
    in.channel = parse_channel(st->getColumn(2).getString());
    in.direction = parse_direction(st->getColumn(3).getString());
    in.started_at = from_unix_ms(st->getColumn(4).getInt64());
    in.duration = std::chrono::milliseconds{st->getColumn(5).getInt64()};
    in.subject = st->getColumn(6).getString();
    in.outcome = st->getColumn(7).getString();
    if (!st->getColumn(8).isNull()) in.csat = st->getColumn(8).getInt();
  }
  auto st = prepare("SELECT role, speaker, text, start_ms, end_ms FROM turns WHERE interaction_id = ? ORDER BY idx");
  st->bind(1, static_cast<int64_t>(id.value));
  while (st->executeStep()) {
    Turn t;
    t.role = parse_speaker_role(st->getColumn(0).getString());
    t.speaker = st->getColumn(1).getString();
    t.text = st->getColumn(2).getString();
    if (!st->getColumn(3).isNull()) t.start_ms = st->getColumn(3).getInt64();
    if (!st->getColumn(4).isNull()) t.end_ms = st->getColumn(4).getInt64();
    in.turns.push_back(std::move(t));
  }
  return in;
}

std::optional<Interaction> SqliteStore::find_interaction(InteractionId id) {
  std::lock_guard lock(mutex_);
  try {
    return load_interaction(id);
  } catch (const std::exception& e) {
    fail(e, "read interaction " + to_string(id));
  }
}

Page<Interaction, InteractionCursor> SqliteStore::list_interactions(ClientId client,
                                                                    std::optional<InteractionCursor> after,
                                                                    std::size_t limit) {
  std::lock_guard lock(mutex_);
  try {
    // One statement for the page and its turns: the row-value comparison walks
    // the (client_id, started_ms DESC, id DESC) index, the turns come by primary key.
    auto st = prepare(
        "SELECT i.id, i.staff_id, i.channel, i.direction, i.started_ms, i.duration_ms, i.subject, i.outcome, i.csat, "
        "t.role, t.speaker, t.text, t.start_ms, t.end_ms FROM (SELECT * FROM interactions WHERE client_id = ?1 AND "
        "(?2 IS NULL OR (started_ms, id) < (?2, ?3)) ORDER BY started_ms DESC, id DESC LIMIT ?4) AS i "
        "LEFT JOIN turns t ON t.interaction_id = i.id ORDER BY i.started_ms DESC, i.id DESC, t.idx");
    st->bind(1, static_cast<int64_t>(client.value));
    if (after) {
      st->bind(2, static_cast<int64_t>(to_unix_ms(after->started_at)));
      st->bind(3, static_cast<int64_t>(after->id.value));
    }
    st->bind(4, static_cast<int64_t>(limit + 1));
    Page<Interaction, InteractionCursor> page;
    while (st->executeStep()) {
      const InteractionId id{st->getColumn(0).getInt64()};
      if (page.items.empty() || page.items.back().id != id) {
        Interaction in;
        in.id = id;
        in.client = client;
        if (!st->getColumn(1).isNull()) in.staff = StaffId{st->getColumn(1).getInt64()};
        in.channel = parse_channel(st->getColumn(2).getString());
        in.direction = parse_direction(st->getColumn(3).getString());
        in.started_at = from_unix_ms(st->getColumn(4).getInt64());
        in.duration = std::chrono::milliseconds{st->getColumn(5).getInt64()};
        in.subject = st->getColumn(6).getString();
        in.outcome = st->getColumn(7).getString();
        if (!st->getColumn(8).isNull()) in.csat = st->getColumn(8).getInt();
        page.items.push_back(std::move(in));
      }
      if (st->getColumn(9).isNull()) continue;  // no turns
      Turn t;
      t.role = parse_speaker_role(st->getColumn(9).getString());
      t.speaker = st->getColumn(10).getString();
      t.text = st->getColumn(11).getString();
      if (!st->getColumn(12).isNull()) t.start_ms = st->getColumn(12).getInt64();
      if (!st->getColumn(13).isNull()) t.end_ms = st->getColumn(13).getInt64();
      page.items.back().turns.push_back(std::move(t));
    }
    const bool more = page.items.size() > limit && limit > 0;  // limit 0: an empty page, no cursor
    page.items.resize(std::min(page.items.size(), limit));
    if (more) page.next = InteractionCursor{page.items.back().started_at, page.items.back().id};
    return page;
  } catch (const std::exception& e) {
    fail(e, "list interactions of client " + to_string(client));
  }
}

void SqliteStore::remove_interaction(InteractionId id, const Actor& actor) {
  std::lock_guard lock(mutex_);
  try {
    require_writable("remove interaction");
    SQLite::Transaction tx(db_, SQLite::TransactionBehavior::IMMEDIATE);
    const auto before = load_interaction(id);
    if (!before) throw NotFound("interaction " + to_string(id) + " does not exist");
    for (const char* sql : {"DELETE FROM interaction_fts WHERE rowid = ?", "DELETE FROM interactions WHERE id = ?"}) {
      auto st = prepare(sql);
      st->bind(1, static_cast<int64_t>(id.value));
      st->exec();
    }
    audit(actor, "interaction", id.value, "delete", {{"*", summary(*before), std::nullopt}});
    tx.commit();
  } catch (const std::exception& e) {
    fail(e, "remove interaction " + to_string(id));
  }
}

}  // namespace rapport::store::sqlite
