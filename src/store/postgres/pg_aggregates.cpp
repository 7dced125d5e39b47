// Report aggregates kept by triggers (PostgreSQL migration 5; docs/performance.md).
//
// The same summary tables as the SQLite store (src/store/sqlite/aggregates.cpp),
// so the at-risk report and the agent scorecard read the same small tables:
// per client totals and day / 16-day buckets, per agent-day figures keyed by
// the agent's marker set, per agent-day-marker flag counts, the strained
// interactions. Triggers keep them right under every write path, including
// COPY and the cascades from deleted clients and staff.
//
// The triggers are statement-level with transition tables: a COPY of a
// million rows costs a few grouped upserts, not a million trigger calls. Each
// statement works on a signed delta (+1 rows added, -1 rows removed), grouped
// and upserted in key order, so concurrent writers lock shared rows in one order.
//
// Deletes need care: when PostgreSQL cascades an interaction's delete to its
// analysis and flags, the interaction row is already gone. So a row-level
// BEFORE DELETE trigger on interactions removes what its analysis and flags
// contributed, and the analysis and flag triggers join their interaction, so
// they count nothing during that cascade.
#include "pg_aggregates.hpp"

#include <cstdint>

namespace rapport::store::postgres {
namespace {

constexpr std::int64_t kDayMs = 86'400'000;
constexpr std::int64_t kSpanDays = 16;  // the SQLite store's kClientSpanDays

// Floor division of a millisecond timestamp, right for times before 1970 too.
std::string floor_div(const std::string& ms, std::int64_t unit) {
  const std::string u = std::to_string(unit);
  return "((" + ms + ") / " + u + " - CASE WHEN (" + ms + ") % " + u + " < 0 THEN 1 ELSE 0 END)";
}

std::string day_of(const std::string& ms) { return floor_div(ms, kDayMs); }
std::string span_of(const std::string& ms) { return floor_div(ms, kDayMs * kSpanDays); }

// The two client buckets of row `d`: columns days, bucket.
std::string buckets_of(const std::string& d) {
  return "CROSS JOIN LATERAL (VALUES (1, " + day_of(d + ".started_ms") + "), (" + std::to_string(kSpanDays) + ", " +
         span_of(d + ".started_ms") + ")) AS k(days, bucket)";
}

// Interaction deltas: columns sg, id, client_id, staff_id, started_ms, csat.
const char* const kInteractionColumns = "id, client_id, staff_id, started_ms, csat";

std::string interactions_signed(const std::string& table, int sign) {
  return "SELECT " + std::to_string(sign) + " AS sg, " + kInteractionColumns + " FROM " + table;
}

// Interactions an UPDATE moved: client, staff, time or CSAT changed.
std::string interactions_moved() {
  const std::string changed =
      "FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE (o.client_id, o.staff_id, o.started_ms, o.csat) IS "
      "DISTINCT FROM (n.client_id, n.staff_id, n.started_ms, n.csat)";
  return "SELECT -1 AS sg, o.id, o.client_id, o.staff_id, o.started_ms, o.csat " + changed +
         " UNION ALL SELECT 1, n.id, n.client_id, n.staff_id, n.started_ms, n.csat " + changed;
}

std::string interaction_row(const std::string& row, int sign) {
  return "SELECT " + std::to_string(sign) + " AS sg, " + row + ".id AS id, " + row + ".client_id AS client_id, " + row +
         ".staff_id AS staff_id, " + row + ".started_ms AS started_ms, " + row + ".csat AS csat";
}

// Analysis deltas: columns sg, id, client_id, staff_id, started_ms, adversarial
// (0/1), stance, agent_markers, talk, strain.
std::string analysis_of_interactions(const std::string& source) {
  return "SELECT d.sg, d.id, d.client_id, d.staff_id, d.started_ms, q.adversarial::integer AS adversarial, "
         "q.stance, q.agent_markers, q.talk_share AS talk, q.strain FROM (" +
         source + ") AS d JOIN interaction_quality q ON q.interaction_id = d.id";
}

std::string analysis_of_quality(const std::string& table, int sign) {
  return "SELECT " + std::to_string(sign) +
         " AS sg, i.id, i.client_id, i.staff_id, i.started_ms, t.adversarial::integer AS adversarial, t.stance, "
         "t.agent_markers, t.talk_share AS talk, t.strain FROM " +
         table + " t JOIN interactions i ON i.id = t.interaction_id";
}

// Agent flag deltas: columns sg, day, staff_id, marker, id (the flag's).
std::string flags_of_interactions(const std::string& source) {
  return "SELECT d.sg, " + day_of("d.started_ms") + " AS day, d.staff_id, f.marker, f.id FROM (" + source +
         ") AS d JOIN quality_flags f ON f.interaction_id = d.id WHERE f.side = 'agent' AND d.staff_id IS NOT NULL";
}

std::string flags_of_table(const std::string& table, int sign) {
  return "SELECT " + std::to_string(sign) + " AS sg, " + day_of("i.started_ms") +
         " AS day, i.staff_id, t.marker, t.id FROM " + table +
         " t JOIN interactions i ON i.id = t.interaction_id WHERE t.side = 'agent' AND i.staff_id IS NOT NULL";
}

// Client totals and buckets. A removal recomputes the client's last contact
// from the rows (AFTER triggers see the interactions as they now are); rows
// that count nothing any more go, so a deleted client leaves nothing behind.
std::string client_delta(const std::string& source) {
  return "INSERT INTO client_activity AS a (client_id, interactions, last_ms, csat_sum, csat_n) "
         "SELECT d.client_id, SUM(d.sg), MAX(d.started_ms) FILTER (WHERE d.sg > 0), SUM(d.sg * COALESCE(d.csat, 0)), "
         "SUM(d.sg * (d.csat IS NOT NULL)::integer) FROM (" +
         source +
         ") AS d GROUP BY d.client_id ORDER BY d.client_id ON CONFLICT (client_id) DO UPDATE SET "
         "interactions = a.interactions + excluded.interactions, last_ms = GREATEST(a.last_ms, excluded.last_ms), "
         "csat_sum = a.csat_sum + excluded.csat_sum, csat_n = a.csat_n + excluded.csat_n;\n"
         "UPDATE client_activity a SET last_ms = (SELECT MAX(i.started_ms) FROM interactions i WHERE i.client_id = "
         "a.client_id) WHERE a.client_id IN (SELECT d.client_id FROM (" +
         source +
         ") AS d WHERE d.sg < 0);\n"
         "DELETE FROM client_activity WHERE interactions <= 0 AND client_id IN (SELECT d.client_id FROM (" +
         source +
         ") AS d WHERE d.sg < 0);\n"
         "INSERT INTO client_activity_spans AS a (days, bucket, client_id, interactions, csat_sum, csat_n) "
         "SELECT k.days, k.bucket, d.client_id, SUM(d.sg), SUM(d.sg * COALESCE(d.csat, 0)), "
         "SUM(d.sg * (d.csat IS NOT NULL)::integer) FROM (" +
         source + ") AS d " + buckets_of("d") +
         " GROUP BY 1, 2, 3 ORDER BY 1, 2, 3 ON CONFLICT (days, bucket, client_id) DO UPDATE SET "
         "interactions = a.interactions + excluded.interactions, csat_sum = a.csat_sum + excluded.csat_sum, "
         "csat_n = a.csat_n + excluded.csat_n;\n"
         "DELETE FROM client_activity_spans WHERE interactions <= 0 AND (days, bucket, client_id) IN "
         "(SELECT k.days, k.bucket, d.client_id FROM (" +
         source + ") AS d " + buckets_of("d") + " WHERE d.sg < 0);\n";
}

// What analyses contribute: adversarial counts in the client buckets (which
// exist while their interactions do), agent-day figures, strained interactions.
std::string analysis_delta(const std::string& source) {
  return "UPDATE client_activity_spans a SET adversarial = a.adversarial + x.n FROM (SELECT k.days, k.bucket, "
         "s.client_id, SUM(s.sg * s.adversarial) AS n FROM (" +
         source + ") AS s " + buckets_of("s") +
         " WHERE s.adversarial <> 0 GROUP BY 1, 2, 3) AS x WHERE a.days = x.days AND a.bucket = x.bucket AND "
         "a.client_id = x.client_id AND x.n <> 0;\n"
         "INSERT INTO agent_days AS a (day, staff_id, agent_markers, interactions, stance_sum, adversarial, "
         "talk_share_sum) SELECT " +
         day_of("s.started_ms") +
         ", s.staff_id, s.agent_markers, SUM(s.sg), SUM(s.sg * s.stance), SUM(s.sg * s.adversarial), "
         "SUM(s.sg * s.talk) FROM (" +
         source +
         ") AS s WHERE s.staff_id IS NOT NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3 "
         "ON CONFLICT (day, staff_id, agent_markers) DO UPDATE SET interactions = a.interactions + "
         "excluded.interactions, stance_sum = a.stance_sum + excluded.stance_sum, adversarial = a.adversarial + "
         "excluded.adversarial, talk_share_sum = a.talk_share_sum + excluded.talk_share_sum;\n"
         "DELETE FROM agent_days WHERE interactions <= 0 AND (day, staff_id, agent_markers) IN (SELECT " +
         day_of("s.started_ms") + ", s.staff_id, s.agent_markers FROM (" + source +
         ") AS s WHERE s.sg < 0 AND s.staff_id IS NOT NULL);\n"
         "DELETE FROM agent_strain WHERE interaction_id IN (SELECT s.id FROM (" +
         source +
         ") AS s WHERE s.sg < 0);\n"
         "INSERT INTO agent_strain (interaction_id, started_ms, staff_id, strain) SELECT s.id, s.started_ms, "
         "s.staff_id, s.strain FROM (" +
         source + ") AS s WHERE s.sg > 0 AND s.staff_id IS NOT NULL AND s.strain > 0 ORDER BY s.id;\n";
}

// A removed flag leaves last_flag_id as it was: the report checks that id and
// falls back to the rows when it is stale.
std::string flags_delta(const std::string& source) {
  return "INSERT INTO agent_day_markers AS a (day, staff_id, marker, flags, last_flag_id) SELECT s.day, s.staff_id, "
         "s.marker, SUM(s.sg), COALESCE(MAX(s.id) FILTER (WHERE s.sg > 0), 0) FROM (" +
         source +
         ") AS s GROUP BY 1, 2, 3 ORDER BY 1, 2, 3 ON CONFLICT (day, staff_id, marker) DO UPDATE SET "
         "flags = a.flags + excluded.flags, last_flag_id = GREATEST(a.last_flag_id, excluded.last_flag_id);\n"
         "DELETE FROM agent_day_markers WHERE flags <= 0 AND (day, staff_id, marker) IN (SELECT s.day, s.staff_id, "
         "s.marker FROM (" +
         source + ") AS s WHERE s.sg < 0);\n";
}

// A trigger function and its trigger. `timing` is the CREATE TRIGGER clause
// between the name and EXECUTE.
std::string trigger(const std::string& name, const std::string& timing, const std::string& body,
                    const std::string& result = "NULL") {
  return "CREATE FUNCTION " + name + "() RETURNS trigger LANGUAGE plpgsql AS $fn$\nBEGIN\n" + body + "RETURN " +
         result + ";\nEND\n$fn$;\nCREATE TRIGGER " + name + " " + timing + " EXECUTE FUNCTION " + name + "();\n";
}

std::string fill_sql() {
  const std::string span = std::to_string(kSpanDays);
  return "INSERT INTO client_activity (client_id, interactions, last_ms, csat_sum, csat_n) SELECT client_id, "
         "COUNT(*), MAX(started_ms), COALESCE(SUM(csat), 0), COUNT(csat) FROM interactions GROUP BY client_id;\n"
         "INSERT INTO client_activity_spans (days, bucket, client_id, interactions, csat_sum, csat_n, adversarial) "
         "SELECT k.days, k.bucket, i.client_id, COUNT(*), COALESCE(SUM(i.csat), 0), COUNT(i.csat), "
         "COUNT(*) FILTER (WHERE q.adversarial) FROM interactions i LEFT JOIN interaction_quality q ON "
         "q.interaction_id = i.id " +
         buckets_of("i") +
         " GROUP BY 1, 2, 3;\n"
         "INSERT INTO agent_days (day, staff_id, agent_markers, interactions, stance_sum, adversarial, "
         "talk_share_sum) SELECT " +
         day_of("i.started_ms") +
         ", i.staff_id, q.agent_markers, COUNT(*), SUM(q.stance), COUNT(*) FILTER (WHERE q.adversarial), "
         "SUM(q.talk_share) FROM interactions i JOIN interaction_quality q ON q.interaction_id = i.id "
         "WHERE i.staff_id IS NOT NULL GROUP BY 1, 2, 3;\n"
         "INSERT INTO agent_day_markers (day, staff_id, marker, flags, last_flag_id) SELECT " +
         day_of("i.started_ms") +
         ", i.staff_id, f.marker, COUNT(*), MAX(f.id) FROM quality_flags f JOIN interactions i ON i.id = "
         "f.interaction_id WHERE f.side = 'agent' AND i.staff_id IS NOT NULL GROUP BY 1, 2, 3;\n"
         "INSERT INTO agent_strain (interaction_id, started_ms, staff_id, strain) SELECT i.id, i.started_ms, "
         "i.staff_id, q.strain FROM interactions i JOIN interaction_quality q ON q.interaction_id = i.id "
         "WHERE i.staff_id IS NOT NULL AND q.strain > 0;\n";
}

}  // namespace

std::string aggregates_migration() {
  // No foreign keys: the triggers remove every row with what it summarises,
  // and a key check would cost each upsert a lookup and a lock on the parent.
  std::string sql = R"sql(
CREATE TABLE client_activity (
  client_id BIGINT PRIMARY KEY,
  interactions BIGINT NOT NULL,
  last_ms BIGINT,
  csat_sum BIGINT NOT NULL,
  csat_n BIGINT NOT NULL
);
CREATE TABLE client_activity_spans (
  days INTEGER NOT NULL,
  bucket BIGINT NOT NULL,
  client_id BIGINT NOT NULL,
  interactions BIGINT NOT NULL,
  csat_sum BIGINT NOT NULL,
  csat_n BIGINT NOT NULL,
  adversarial BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (days, bucket, client_id)
);
CREATE TABLE agent_days (
  day BIGINT NOT NULL,
  staff_id BIGINT NOT NULL,
  agent_markers TEXT NOT NULL,
  interactions BIGINT NOT NULL,
  stance_sum BIGINT NOT NULL,
  adversarial BIGINT NOT NULL,
  talk_share_sum DOUBLE PRECISION NOT NULL,
  PRIMARY KEY (day, staff_id, agent_markers)
);
CREATE TABLE agent_day_markers (
  day BIGINT NOT NULL,
  staff_id BIGINT NOT NULL,
  marker TEXT NOT NULL,
  flags BIGINT NOT NULL,
  last_flag_id BIGINT NOT NULL,
  PRIMARY KEY (day, staff_id, marker)
);
CREATE TABLE agent_strain (
  interaction_id BIGINT PRIMARY KEY,
  started_ms BIGINT NOT NULL,
  staff_id BIGINT NOT NULL,
  strain DOUBLE PRECISION NOT NULL
);
CREATE INDEX agent_strain_time ON agent_strain(started_ms, staff_id, strain);
)sql";
  sql += fill_sql();

  const std::string inserted = interactions_signed("new_rows", 1);
  const std::string deleted = interactions_signed("old_rows", -1);
  const std::string moved = interactions_moved();
  sql += trigger("rapport_agg_interactions_insert",
                 "AFTER INSERT ON interactions REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT",
                 client_delta(inserted));
  // Row-level: a BEFORE statement trigger has no transition table, and after
  // the statement the cascade has already removed the analysis and flags.
  const std::string old_row = interaction_row("OLD", -1);
  sql +=
      trigger("rapport_agg_interactions_before_delete", "BEFORE DELETE ON interactions FOR EACH ROW",
              analysis_delta(analysis_of_interactions(old_row)) + flags_delta(flags_of_interactions(old_row)), "OLD");
  sql += trigger("rapport_agg_interactions_delete",
                 "AFTER DELETE ON interactions REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT",
                 client_delta(deleted));
  // Client buckets first: an analysis's adversarial count lands in the bucket
  // its interaction now falls in.
  sql += trigger("rapport_agg_interactions_update",
                 "AFTER UPDATE ON interactions REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH "
                 "STATEMENT",
                 "IF NOT EXISTS (" + moved + ") THEN RETURN NULL; END IF;\n" + client_delta(moved) +
                     analysis_delta(analysis_of_interactions(moved)) + flags_delta(flags_of_interactions(moved)));
  sql += trigger("rapport_agg_quality_insert",
                 "AFTER INSERT ON interaction_quality REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT",
                 analysis_delta(analysis_of_quality("new_rows", 1)));
  sql += trigger("rapport_agg_quality_delete",
                 "AFTER DELETE ON interaction_quality REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT",
                 analysis_delta(analysis_of_quality("old_rows", -1)));
  sql +=
      trigger("rapport_agg_quality_update",
              "AFTER UPDATE ON interaction_quality REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR "
              "EACH STATEMENT",
              analysis_delta(analysis_of_quality("old_rows", -1) + " UNION ALL " + analysis_of_quality("new_rows", 1)));
  sql += trigger("rapport_agg_flags_insert",
                 "AFTER INSERT ON quality_flags REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT",
                 flags_delta(flags_of_table("new_rows", 1)));
  sql += trigger("rapport_agg_flags_delete",
                 "AFTER DELETE ON quality_flags REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT",
                 flags_delta(flags_of_table("old_rows", -1)));
  sql += trigger(
      "rapport_agg_flags_update",
      "AFTER UPDATE ON quality_flags REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT",
      flags_delta(flags_of_table("old_rows", -1) + " UNION ALL " + flags_of_table("new_rows", 1)));
  return sql;
}

}  // namespace rapport::store::postgres
