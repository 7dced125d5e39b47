// Interactions, their turns and their full-text rows.
#include <SQLiteCpp/Transaction.h>

#include <algorithm>

#include "../common/interaction_rows.hpp"
#include "rapport/error.hpp"
#include "sqlite_store.hpp"
#include "text/fold.hpp"

namespace rapport::store::sqlite {
namespace {

Interaction interaction_at(SQLite::Statement& st) {
  Interaction in;
  in.id = InteractionId{st.getColumn(0).getInt64()};
  in.client = ClientId{st.getColumn(1).getInt64()};
  if (!st.getColumn(2).isNull()) in.staff = StaffId{st.getColumn(2).getInt64()};
  in.channel = parse_channel(st.getColumn(3).getString());
  in.direction = parse_direction(st.getColumn(4).getString());
  in.started_at = from_unix_ms(st.getColumn(5).getInt64());
  in.duration = std::chrono::milliseconds{st.getColumn(6).getInt64()};
  in.subject = st.getColumn(7).getString();
  in.outcome = st.getColumn(8).getString();
  if (!st.getColumn(9).isNull()) in.csat = st.getColumn(9).getInt();
  return in;
}

// The turn whose columns start at `first`.
Turn turn_at(SQLite::Statement& st, int first) {
  Turn t;
  t.role = parse_speaker_role(st.getColumn(first).getString());
  t.speaker = st.getColumn(first + 1).getString();
  t.text = st.getColumn(first + 2).getString();
  if (!st.getColumn(first + 3).isNull()) t.start_ms = st.getColumn(first + 3).getInt64();
  if (!st.getColumn(first + 4).isNull()) t.end_ms = st.getColumn(first + 4).getInt64();
  return t;
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
    WriteTransaction tx(db_, *write_lock_);
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
    audit(actor, "interaction", in.id.value, "create", {{"*", std::nullopt, interaction_summary(in)}});
    return in;
  });
}

std::optional<Interaction> SqliteStore::load_interaction(InteractionId id) {
  std::optional<Interaction> in;
  {
    static const std::string sql = std::string("SELECT ") + kInteractionColumns + " FROM interactions i WHERE i.id = ?";
    auto st = prepare(sql);
    st->bind(1, static_cast<int64_t>(id.value));
    if (!st->executeStep()) return std::nullopt;
    in = interaction_at(*st);
  }
  static const std::string turns_sql =
      std::string("SELECT ") + kTurnColumns + " FROM turns t WHERE t.interaction_id = ? ORDER BY t.idx";
  auto st = prepare(turns_sql);
  st->bind(1, static_cast<int64_t>(id.value));
  while (st->executeStep()) in->turns.push_back(turn_at(*st, 0));
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
    static const std::string sql =
        std::string("SELECT ") + kInteractionColumns + ", " + kTurnColumns +
        " FROM (SELECT * FROM interactions WHERE client_id = ?1 AND (?2 IS NULL OR (started_ms, id) < (?2, ?3)) "
        "ORDER BY started_ms DESC, id DESC LIMIT ?4) AS i LEFT JOIN turns t ON t.interaction_id = i.id "
        "ORDER BY i.started_ms DESC, i.id DESC, t.idx";
    auto st = prepare(sql);
    st->bind(1, static_cast<int64_t>(client.value));
    if (after) {
      st->bind(2, static_cast<int64_t>(to_unix_ms(after->started_at)));
      st->bind(3, static_cast<int64_t>(after->id.value));
    }
    st->bind(4, static_cast<int64_t>(limit + 1));
    Page<Interaction, InteractionCursor> page;
    while (st->executeStep()) {
      if (page.items.empty() || page.items.back().id.value != st->getColumn(0).getInt64()) {
        page.items.push_back(interaction_at(*st));
      }
      if (!st->getColumn(kInteractionColumnCount).isNull()) {  // NULL: an interaction without turns
        page.items.back().turns.push_back(turn_at(*st, kInteractionColumnCount));
      }
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
    WriteTransaction tx(db_, *write_lock_);
    const auto before = load_interaction(id);
    if (!before) throw NotFound("interaction " + to_string(id) + " does not exist");
    for (const char* sql : {"DELETE FROM interaction_fts WHERE rowid = ?", "DELETE FROM interactions WHERE id = ?"}) {
      auto st = prepare(sql);
      st->bind(1, static_cast<int64_t>(id.value));
      st->exec();
    }
    audit(actor, "interaction", id.value, "delete", {{"*", interaction_summary(*before), std::nullopt}});
    tx.commit();
  } catch (const std::exception& e) {
    fail(e, "remove interaction " + to_string(id));
  }
}

}  // namespace rapport::store::sqlite
