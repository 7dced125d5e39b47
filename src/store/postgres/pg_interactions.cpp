// Interactions with their turns and full-text rows; the PostgreSQL port of src/store/sqlite/interactions.cpp.
#include <algorithm>
#include <set>

#include "../common/interaction_rows.hpp"
#include "pg_store.hpp"
#include "rapport/error.hpp"
#include "text/fold.hpp"

namespace rapport::store::postgres {
namespace {

Interaction interaction_at(const PgResult& rows, int r) {
  Interaction in;
  in.id = InteractionId{rows.int64(r, 0)};
  in.client = ClientId{rows.int64(r, 1)};
  if (!rows.is_null(r, 2)) in.staff = StaffId{rows.int64(r, 2)};
  in.channel = parse_channel(rows.text(r, 3));
  in.direction = parse_direction(rows.text(r, 4));
  in.started_at = from_unix_ms(rows.int64(r, 5));
  in.duration = std::chrono::milliseconds{rows.int64(r, 6)};
  in.subject = rows.text(r, 7);
  in.outcome = rows.text(r, 8);
  if (!rows.is_null(r, 9)) in.csat = static_cast<int>(rows.int64(r, 9));
  return in;
}

// The turn whose columns start at `first`.
Turn turn_at(const PgResult& rows, int r, int first) {
  Turn t;
  t.role = parse_speaker_role(rows.text(r, first));
  t.speaker = rows.text(r, first + 1);
  t.text = rows.text(r, first + 2);
  if (!rows.is_null(r, first + 3)) t.start_ms = rows.int64(r, first + 3);
  if (!rows.is_null(r, first + 4)) t.end_ms = rows.int64(r, first + 4);
  return t;
}

// Appends the interactions (and their turns) of rows joined as "interaction columns, turn columns".
void read_joined(const PgResult& rows, std::vector<Interaction>& out) {
  for (int r = 0; r < rows.rows(); ++r) {
    if (out.empty() || out.back().id.value != rows.int64(r, 0)) out.push_back(interaction_at(rows, r));
    if (!rows.is_null(r, kInteractionColumnCount)) {  // NULL: an interaction without turns
      out.back().turns.push_back(turn_at(rows, r, kInteractionColumnCount));
    }
  }
}

std::string transcript_text(const Interaction& in) {
  std::string body;
  for (const auto& t : in.turns) {
    if (!body.empty()) body += '\n';
    body += t.text;
  }
  return body;
}

Param optional_id(const std::optional<StaffId>& id) { return id ? param(id->value) : Param{}; }

}  // namespace

Param PgStore::pg_array(const std::vector<Param>& values) {
  // Every element quoted, so no text (commas, braces, "NULL") is array syntax.
  std::string out = "{";
  for (const auto& v : values) {
    if (out.size() > 1) out += ',';
    if (!v) {
      out += "NULL";
      continue;
    }
    out += '"';
    for (const char c : *v) {
      if (c == '"' || c == '\\') out += '\\';
      out += c;
    }
    out += '"';
  }
  return out + "}";
}

std::vector<Interaction> PgStore::insert_interactions(std::vector<Interaction> items, std::int64_t created_ms,
                                                      std::size_t* failed) {
  if (items.empty()) return items;
  {
    // FOR KEY SHARE: neither can be deleted before this transaction ends. One
    // statement each for the whole batch; the first item at fault is named.
    std::vector<Param> clients, staff;
    for (const auto& in : items) {
      clients.push_back(param(in.client.value));
      if (in.staff) staff.push_back(param(in.staff->value));
    }
    const auto existing = [&](const char* table, const std::vector<Param>& ids) {
      std::set<std::int64_t> found;
      if (ids.empty()) return found;
      const auto rows =
          conn_.exec(std::string("SELECT id FROM ") + table + " WHERE id = ANY($1::bigint[]) ORDER BY id FOR KEY SHARE",
                     {pg_array(ids)});
      for (int r = 0; r < rows.rows(); ++r) found.insert(rows.int64(r, 0));
      return found;
    };
    const auto known_clients = existing("clients", clients);
    const auto known_staff = existing("staff", staff);
    for (std::size_t k = 0; k < items.size(); ++k) {
      const Interaction& in = items[k];
      const bool client_ok = known_clients.contains(in.client.value);
      if (client_ok && (!in.staff || known_staff.contains(in.staff->value))) continue;
      if (failed) *failed = k;
      throw NotFound(client_ok ? "staff " + to_string(*in.staff) + " does not exist"
                               : "client " + to_string(in.client) + " does not exist");
    }
  }
  // Ids drawn up front and handed out in ascending order: batch order is id
  // order, and the rows of all three tables go in one statement.
  const auto ids =
      conn_.exec("SELECT nextval(pg_get_serial_sequence('interactions', 'id')) FROM generate_series(1, $1)",
                 {param(static_cast<std::int64_t>(items.size()))});
  std::vector<std::int64_t> sorted;
  for (int r = 0; r < ids.rows(); ++r) sorted.push_back(ids.int64(r, 0));
  std::sort(sorted.begin(), sorted.end());

  std::vector<Param> id, client, staff, channel, direction, started, duration, subject, outcome, csat;
  std::vector<Param> turn_id, idx, role, speaker, text, start, end;
  std::vector<Param> body, folded;
  for (std::size_t k = 0; k < items.size(); ++k) {
    Interaction& in = items[k];
    in.id = InteractionId{sorted.at(k)};
    id.push_back(param(in.id.value));
    client.push_back(param(in.client.value));
    staff.push_back(optional_id(in.staff));
    channel.push_back(param(to_string(in.channel)));
    direction.push_back(param(to_string(in.direction)));
    started.push_back(param(to_unix_ms(in.started_at)));
    duration.push_back(param(static_cast<std::int64_t>(in.duration.count())));
    subject.push_back(param(in.subject));
    outcome.push_back(param(in.outcome));
    csat.push_back(in.csat ? param(static_cast<std::int64_t>(*in.csat)) : Param{});
    for (std::size_t i = 0; i < in.turns.size(); ++i) {
      const Turn& t = in.turns[i];
      turn_id.push_back(param(in.id.value));
      idx.push_back(param(static_cast<std::int64_t>(i)));
      role.push_back(param(to_string(t.role)));
      speaker.push_back(param(t.speaker));
      text.push_back(param(t.text));
      start.push_back(t.start_ms ? param(*t.start_ms) : Param{});
      end.push_back(t.end_ms ? param(*t.end_ms) : Param{});
    }
    const std::string transcript = transcript_text(in);
    folded.push_back(param(text::search_fold(in.subject + "\n" + transcript)));
    body.push_back(param(transcript));
  }
  // The foreign keys of turns and interaction_fts are checked at the end of
  // the statement, when the interactions rows are in.
  conn_.exec(
      "WITH i AS (INSERT INTO interactions (id, client_id, staff_id, channel, direction, started_ms, duration_ms, "
      "subject, outcome, csat, created_ms) SELECT *, $18::bigint FROM unnest($1::bigint[], $2::bigint[], "
      "$3::bigint[], $4::text[], $5::text[], $6::bigint[], $7::bigint[], $8::text[], $9::text[], $10::int[])), "
      "t AS (INSERT INTO turns (interaction_id, idx, role, speaker, text, start_ms, end_ms) "
      "SELECT * FROM unnest($20::bigint[], $11::int[], $12::text[], $13::text[], $14::text[], $15::bigint[], "
      "$16::bigint[])) "
      "INSERT INTO interaction_fts (interaction_id, subject, body, folded) "
      "SELECT * FROM unnest($1::bigint[], $8::text[], $17::text[], $19::text[])",
      {pg_array(id),      pg_array(client),   pg_array(staff),   pg_array(channel), pg_array(direction),
       pg_array(started), pg_array(duration), pg_array(subject), pg_array(outcome), pg_array(csat),
       pg_array(idx),     pg_array(role),     pg_array(speaker), pg_array(text),    pg_array(start),
       pg_array(end),     pg_array(body),     param(created_ms), pg_array(folded),  pg_array(turn_id)});
  return items;
}

void PgStore::audit_created(const std::string& who, const std::vector<Interaction>& stored,
                            const std::vector<std::string>& summaries) {
  if (stored.empty()) return;
  std::vector<Param> ids, values;
  for (std::size_t k = 0; k < stored.size(); ++k) {
    ids.push_back(param(stored[k].id.value));
    values.push_back(param(summaries.at(k)));
  }
  // WITH ORDINALITY keeps the audit ids in batch order, as one audit() call per interaction would.
  conn_.exec(
      "INSERT INTO audit_log (at_ms, actor, entity, entity_id, action, field, old_value, new_value) "
      "SELECT $1, $2, 'interaction', u.id, 'create', '*', NULL, u.value "
      "FROM unnest($3::bigint[], $4::text[]) WITH ORDINALITY AS u(id, value, n) ORDER BY u.n",
      {param(now_ms()), param(who), pg_array(ids), pg_array(values)});
}

std::vector<Interaction> PgStore::create_interactions(std::span<const Interaction> items, const Actor& actor) {
  return write("create interactions", [&] {
    std::size_t failed = 0;
    try {
      auto stored = insert_interactions({items.begin(), items.end()}, now_ms(), &failed);
      std::vector<std::string> summaries;
      for (const auto& in : stored) summaries.push_back(interaction_summary(in));
      audit_created(actor.to_string(), stored, summaries);
      return stored;
    } catch (const NotFound& e) {
      if (items.size() == 1) throw;
      throw NotFound("interaction " + std::to_string(failed) + ": " + e.what());
    }
  });
}

std::optional<Interaction> PgStore::load_interaction(InteractionId id, std::string_view row_lock) {
  // One statement for the row and its turns: one snapshot, one round trip. A
  // row lock applies to the interaction only (OF i): turns are NULL-extended.
  const auto rows = conn_.exec(std::string("SELECT ") + kInteractionColumns + ", " + kTurnColumns +
                                   " FROM interactions i LEFT JOIN turns t ON t.interaction_id = i.id WHERE i.id = $1 "
                                   "ORDER BY t.idx " +
                                   std::string(row_lock),
                               {param(id.value)});
  std::vector<Interaction> found;
  read_joined(rows, found);
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

std::optional<Interaction> PgStore::find_interaction(InteractionId id) {
  return read("read interaction " + to_string(id), [&] { return load_interaction(id); });
}

Page<Interaction, InteractionCursor> PgStore::list_interactions(ClientId client, std::optional<InteractionCursor> after,
                                                                std::size_t limit) {
  return read("list interactions of client " + to_string(client), [&] {
    // One statement for the page and its turns: the row-value comparison walks
    // the (client_id, started_ms DESC, id DESC) index.
    const auto rows = conn_.exec(
        std::string("SELECT ") + kInteractionColumns + ", " + kTurnColumns +
            " FROM (SELECT * FROM interactions WHERE client_id = $1 AND ($2::bigint IS NULL OR (started_ms, id) < "
            "($2, $3)) ORDER BY started_ms DESC, id DESC LIMIT $4) AS i LEFT JOIN turns t ON t.interaction_id = i.id "
            "ORDER BY i.started_ms DESC, i.id DESC, t.idx",
        {param(client.value), after ? param(to_unix_ms(after->started_at)) : Param{},
         after ? param(after->id.value) : Param{}, param(static_cast<std::int64_t>(limit + 1))});
    Page<Interaction, InteractionCursor> page;
    read_joined(rows, page.items);
    const bool more = page.items.size() > limit && limit > 0;  // limit 0: an empty page, no cursor
    page.items.resize(std::min(page.items.size(), limit));
    if (more) page.next = InteractionCursor{page.items.back().started_at, page.items.back().id};
    return page;
  });
}

void PgStore::remove_interaction(InteractionId id, const Actor& actor) {
  write("remove interaction " + to_string(id), [&] {
    const auto before = load_interaction(id, "FOR UPDATE OF i");
    if (!before) throw NotFound("interaction " + to_string(id) + " does not exist");
    // Turns, full-text row, analysis, flags and ticket links go by cascade.
    conn_.exec("DELETE FROM interactions WHERE id = $1", {param(id.value)});
    audit(actor, "interaction", id.value, "delete", {{"*", interaction_summary(*before), std::nullopt}});
  });
}

}  // namespace rapport::store::postgres
