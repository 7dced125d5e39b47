// Stored analyses, re-analysis and strain figures; the PostgreSQL port of src/store/sqlite/quality.cpp.
#include <algorithm>
#include <charconv>
#include <cstdint>

#include "../common/quality_codec.hpp"
#include "pg_store.hpp"
#include "rapport/error.hpp"

namespace rapport::store::postgres {
namespace {

// The shortest text that reads back as the same double (a text parameter must not round).
Param param_double(double v) {
  char buf[32];
  const auto end = std::to_chars(buf, buf + sizeof buf, v).ptr;
  return std::string(buf, end);
}

// PostgreSQL (12+) prints a double PRECISION value in its shortest exact form.
double double_at(const PgResult& rows, int r, int c) {
  const std::string text = rows.text(r, c);
  double v = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (error != std::errc{} || end != text.data() + text.size()) {
    throw StorageError("not a number: '" + text + "'");
  }
  return v;
}

}  // namespace

void PgStore::insert_quality(const std::vector<InteractionId>& ids,
                             const std::vector<const quality::QualityReport*>& reports,
                             const std::vector<double>& strains) {
  if (ids.empty()) return;
  std::vector<Param> id, rules, stance, conduct, adversarial, strain, metrics, markers, talk_share;
  std::vector<Param> flag_id, marker, side, turn, begin, end, evidence, lang, severity;
  for (std::size_t k = 0; k < ids.size(); ++k) {
    const quality::QualityReport& report = *reports.at(k);
    id.push_back(param(ids[k].value));
    rules.push_back(param(report.rules_version));
    stance.push_back(param(static_cast<std::int64_t>(report.stance)));
    conduct.push_back(param(static_cast<std::int64_t>(report.conduct)));
    adversarial.push_back(param_bool(report.adversarial));
    strain.push_back(param_double(strains.at(k)));
    metrics.push_back(param(metrics_text(report.metrics)));
    markers.push_back(param(agent_marker_set(report)));
    talk_share.push_back(param_double(report.metrics.agent.talk_share));
    for (const auto& f : report.flags) {
      flag_id.push_back(param(ids[k].value));
      marker.push_back(param(f.marker));
      side.push_back(param(quality::to_string(f.side)));
      turn.push_back(param(static_cast<std::int64_t>(f.turn)));
      begin.push_back(param(static_cast<std::int64_t>(f.begin)));
      end.push_back(param(static_cast<std::int64_t>(f.end)));
      evidence.push_back(param(f.evidence));
      lang.push_back(param(f.lang));
      severity.push_back(param(static_cast<std::int64_t>(f.severity)));
    }
  }
  // Flags are read back in id order: ORDER BY the position keeps their order.
  conn_.exec(
      "WITH q AS (INSERT INTO interaction_quality (interaction_id, rules_version, stance, conduct, adversarial, "
      "strain, metrics, agent_markers, talk_share, analyzed_ms) SELECT *, $10::bigint FROM unnest($1::bigint[], "
      "$2::text[], $3::int[], $4::int[], $5::boolean[], $6::float8[], $7::text[], $8::text[], $9::float8[])) "
      "INSERT INTO quality_flags (interaction_id, marker, side, turn, begin_byte, end_byte, evidence, lang, severity) "
      "SELECT u.i, u.m, u.s, u.t, u.b, u.e, u.ev, u.l, u.sv FROM unnest($11::bigint[], $12::text[], $13::text[], "
      "$14::int[], $15::int[], $16::int[], $17::text[], $18::text[], $19::int[]) WITH ORDINALITY "
      "AS u(i, m, s, t, b, e, ev, l, sv, n) ORDER BY u.n",
      {pg_array(id), pg_array(rules), pg_array(stance), pg_array(conduct), pg_array(adversarial), pg_array(strain),
       pg_array(metrics), pg_array(markers), pg_array(talk_share), param(now_ms()), pg_array(flag_id), pg_array(marker),
       pg_array(side), pg_array(turn), pg_array(begin), pg_array(end), pg_array(evidence), pg_array(lang),
       pg_array(severity)});
}

std::vector<Interaction> PgStore::log_interactions(std::span<const AnalyzedInteraction> items, const Actor& actor) {
  return write("log interactions", [&] {
    std::vector<Interaction> batch;
    for (const auto& item : items) batch.push_back(item.interaction);
    std::size_t failed = 0;
    std::vector<Interaction> stored;
    try {
      stored = insert_interactions(std::move(batch), now_ms(), &failed);
    } catch (const NotFound& e) {
      if (items.size() == 1) throw;
      throw NotFound("interaction " + std::to_string(failed) + ": " + e.what());
    }
    std::vector<InteractionId> ids;
    std::vector<const quality::QualityReport*> reports;
    std::vector<double> strains;
    std::vector<std::string> summaries;
    for (std::size_t k = 0; k < stored.size(); ++k) {
      ids.push_back(stored[k].id);
      reports.push_back(&items[k].report);
      strains.push_back(items[k].strain);
      summaries.push_back(std::string(to_string(stored[k].channel)) + " with client " + to_string(stored[k].client) +
                          ", stance " + std::to_string(items[k].report.stance));
    }
    insert_quality(ids, reports, strains);
    audit_created(actor.to_string(), stored, summaries);
    return stored;
  });
}

std::optional<StoredQuality> PgStore::find_quality(InteractionId id) {
  return read("read quality of interaction " + to_string(id), [&]() -> std::optional<StoredQuality> {
    // One statement for the analysis and its flags: one snapshot.
    const auto rows = conn_.exec(
        "SELECT q.rules_version, q.stance, q.conduct, q.adversarial, q.strain, q.metrics, q.analyzed_ms, f.marker, "
        "f.side, f.turn, f.begin_byte, f.end_byte, f.evidence, f.lang, f.severity FROM interaction_quality q "
        "LEFT JOIN quality_flags f ON f.interaction_id = q.interaction_id WHERE q.interaction_id = $1 ORDER BY f.id",
        {param(id.value)});
    if (rows.rows() == 0) return std::nullopt;
    StoredQuality q;
    q.interaction = id;
    q.report.rules_version = rows.text(0, 0);
    q.report.stance = static_cast<int>(rows.int64(0, 1));
    q.report.conduct = static_cast<int>(rows.int64(0, 2));
    q.report.adversarial = rows.boolean(0, 3);
    q.strain = double_at(rows, 0, 4);
    q.report.metrics = metrics_from(rows.text(0, 5));
    q.analyzed_at = from_unix_ms(rows.int64(0, 6));
    for (int r = 0; r < rows.rows(); ++r) {
      if (rows.is_null(r, 7)) continue;  // an analysis without flags
      quality::Flag f;
      f.marker = rows.text(r, 7);
      f.side = side_from_text(rows.text(r, 8));
      f.turn = static_cast<std::size_t>(rows.int64(r, 9));
      f.begin = static_cast<std::size_t>(rows.int64(r, 10));
      f.end = static_cast<std::size_t>(rows.int64(r, 11));
      f.evidence = rows.text(r, 12);
      f.lang = rows.text(r, 13);
      f.severity = static_cast<int>(rows.int64(r, 14));
      q.report.flags.push_back(std::move(f));
    }
    return q;
  });
}

void PgStore::replace_quality(InteractionId id, const quality::QualityReport& report, double strain) {
  write("re-analyse interaction " + to_string(id), [&] {
    // The row lock serialises re-analyses of one interaction: the second waits,
    // then deletes the first's rows instead of colliding with them.
    if (conn_.exec("SELECT 1 FROM interactions WHERE id = $1 FOR NO KEY UPDATE", {param(id.value)}).rows() == 0) {
      throw NotFound("interaction " + to_string(id) + " does not exist");
    }
    conn_.exec("DELETE FROM quality_flags WHERE interaction_id = $1", {param(id.value)});
    conn_.exec("DELETE FROM interaction_quality WHERE interaction_id = $1", {param(id.value)});
    insert_quality({id}, {&report}, {strain});
  });
}

std::vector<InteractionId> PgStore::interactions_between(Timestamp from, Timestamp to,
                                                         std::optional<InteractionId> after, std::size_t limit) {
  return read("list interactions by time", [&] {
    const auto rows = conn_.exec(
        "SELECT id FROM interactions WHERE started_ms >= $1 AND started_ms < $2 AND id > $3 ORDER BY id LIMIT $4",
        {param(to_unix_ms(from)), param(to_unix_ms(to)), param(after ? after->value : 0),
         param(static_cast<std::int64_t>(std::min<std::size_t>(limit, INT64_MAX)))});
    std::vector<InteractionId> out;
    for (int r = 0; r < rows.rows(); ++r) out.push_back(InteractionId{rows.int64(r, 0)});
    return out;
  });
}

double PgStore::staff_strain(StaffId staff, Timestamp from, Timestamp to) {
  return read("read strain of staff " + to_string(staff), [&] {
    const auto rows = conn_.exec(
        "SELECT COALESCE(SUM(q.strain), 0) FROM interactions i JOIN interaction_quality q ON q.interaction_id = i.id "
        "WHERE i.staff_id = $1 AND i.started_ms >= $2 AND i.started_ms < $3",
        {param(staff.value), param(to_unix_ms(from)), param(to_unix_ms(to))});
    return double_at(rows, 0, 0);
  });
}

bool PgStore::mark_strain_alert(StaffId staff, std::string_view day) {
  return write("record strain alert of staff " + to_string(staff), [&] {
    // The primary key makes it once-only across processes: a second insert does nothing.
    return conn_
               .exec("INSERT INTO strain_alerts (staff_id, day) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1",
                     {param(staff.value), param(day)})
               .rows() == 1;
  });
}

std::vector<FlagRecord> PgStore::staff_flags(StaffId staff, quality::Side side, Timestamp from, Timestamp to) {
  return read("read flags of staff " + to_string(staff), [&] {
    const auto rows = conn_.exec(
        "SELECT i.id, i.client_id, i.started_ms, f.marker, f.turn, f.begin_byte, f.end_byte, f.evidence, f.lang, "
        "f.severity FROM interactions i JOIN quality_flags f ON f.interaction_id = i.id "
        "WHERE i.staff_id = $1 AND f.side = $2 AND i.started_ms >= $3 AND i.started_ms < $4 "
        "ORDER BY i.started_ms, i.id, f.id",
        {param(staff.value), param(quality::to_string(side)), param(to_unix_ms(from)), param(to_unix_ms(to))});
    std::vector<FlagRecord> out;
    for (int r = 0; r < rows.rows(); ++r) {
      FlagRecord rec;
      rec.interaction = InteractionId{rows.int64(r, 0)};
      rec.client = ClientId{rows.int64(r, 1)};
      rec.at = from_unix_ms(rows.int64(r, 2));
      rec.flag.marker = rows.text(r, 3);
      rec.flag.side = side;
      rec.flag.turn = static_cast<std::size_t>(rows.int64(r, 4));
      rec.flag.begin = static_cast<std::size_t>(rows.int64(r, 5));
      rec.flag.end = static_cast<std::size_t>(rows.int64(r, 6));
      rec.flag.evidence = rows.text(r, 7);
      rec.flag.lang = rows.text(r, 8);
      rec.flag.severity = static_cast<int>(rows.int64(r, 9));
      out.push_back(std::move(rec));
    }
    return out;
  });
}

int PgStore::client_flag_points(ClientId client, std::span<const std::string> markers) {
  return read("read conduct points of client " + to_string(client), [&] {
    // Driven from the client's interactions, whatever the statistics say: the
    // OFFSET 0 keeps the flags a per-interaction index lookup. A plain join,
    // planned on the stale statistics of a freshly grown table, scanned every
    // flag for each client: a cost that grew with the whole history.
    const auto rows = conn_.exec(
        "SELECT f.marker, COALESCE(SUM(f.severity), 0) FROM interactions i CROSS JOIN LATERAL (SELECT f.marker, "
        "f.severity FROM quality_flags f WHERE f.interaction_id = i.id AND f.side = 'client' OFFSET 0) f "
        "WHERE i.client_id = $1 GROUP BY f.marker",
        {param(client.value)});
    // Matched here, as the SQLite store does: a marker named twice counts twice.
    int points = 0;
    for (int r = 0; r < rows.rows(); ++r) {
      const std::string marker = rows.text(r, 0);
      for (const auto& m : markers) {
        if (m == marker) points += static_cast<int>(rows.int64(r, 1));
      }
    }
    return points;
  });
}

}  // namespace rapport::store::postgres
