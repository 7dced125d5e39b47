// Report aggregates kept by triggers (migration 3; docs/performance.md).
//
// The at-risk report and the agent scorecard must stay fast on millions of
// interactions, so they read small summary tables instead of the history:
// per client totals and per client time buckets, per agent-day figures, and
// the strained interactions. Triggers keep them right under every write path
// (the library, bulk imports, raw SQL, cascades from deleted clients and
// staff), so the summaries cannot drift from the rows they summarise.
//
// Deletes need care: while SQLite cascades an interaction's delete to its
// analysis and flags, the interaction row is already invisible. So the
// interaction's BEFORE DELETE trigger removes what its analysis and flags
// contributed, and the analysis and flag triggers only act while their
// interaction is still visible (a re-analysis, not a cascade).
#include "aggregates.hpp"

namespace rapport::store::sqlite {
namespace {

// Floor division of a millisecond timestamp, right for times before 1970 too.
std::string floor_div(const std::string& ms, std::int64_t unit) {
  const std::string u = std::to_string(unit);
  return "((" + ms + ") / " + u + " - ((" + ms + ") % " + u + " < 0))";
}

std::string day_of(const std::string& ms) { return floor_div(ms, kAggregateDayMs); }
std::string span_of(const std::string& ms) { return floor_div(ms, kAggregateDayMs * kClientSpanDays); }

// A 0-or-1-row source of what an interaction's analysis contributes, with
// columns id, client_id, staff_id, started_ms, adversarial, stance,
// agent_markers, talk, strain. `i` and `q` are trigger row names or tables.
std::string analysis_of_interaction(const std::string& row) {
  return "SELECT " + row + ".id AS id, " + row + ".client_id AS client_id, " + row + ".staff_id AS staff_id, " + row +
         ".started_ms AS started_ms, q.adversarial AS adversarial, q.stance AS stance, q.agent_markers AS "
         "agent_markers, COALESCE(json_extract(q.metrics, '$.agent.talk_share'), 0) AS talk, q.strain AS strain "
         "FROM interaction_quality q WHERE q.interaction_id = " +
         row + ".id";
}

std::string analysis_of_quality(const std::string& row) {
  return "SELECT i.id AS id, i.client_id AS client_id, i.staff_id AS staff_id, i.started_ms AS started_ms, " + row +
         ".adversarial AS adversarial, " + row + ".stance AS stance, " + row + ".agent_markers AS agent_markers, " +
         "COALESCE(json_extract(" + row + ".metrics, '$.agent.talk_share'), 0) AS talk, " + row +
         ".strain AS strain FROM interactions i WHERE i.id = " + row + ".interaction_id";
}

// Sources of agent flag counts: columns day, staff_id, marker, n, last_id.
std::string flags_of_interaction(const std::string& row) {
  return "SELECT " + day_of(row + ".started_ms") + " AS day, " + row +
         ".staff_id AS staff_id, f.marker AS marker, COUNT(*) AS n, MAX(f.id) AS last_id FROM quality_flags f "
         "WHERE f.interaction_id = " +
         row + ".id AND f.side = 'agent' AND " + row + ".staff_id IS NOT NULL GROUP BY f.marker";
}

std::string flag_of_row(const std::string& row) {
  return "SELECT " + day_of("i.started_ms") + " AS day, i.staff_id AS staff_id, " + row +
         ".marker AS marker, 1 AS n, " + row + ".id AS last_id FROM interactions i WHERE i.id = " + row +
         ".interaction_id AND " + row + ".side = 'agent' AND i.staff_id IS NOT NULL";
}

// The client buckets an interaction row falls in.
std::string client_buckets_of(const std::string& row) {
  return "(VALUES (1, " + day_of(row + ".started_ms") + ", " + row + ".client_id), (" +
         std::to_string(kClientSpanDays) + ", " + span_of(row + ".started_ms") + ", " + row + ".client_id))";
}

std::string add_interaction(const std::string& r) {
  const std::string csat = "COALESCE(" + r + ".csat, 0)", has_csat = "(" + r + ".csat IS NOT NULL)";
  return "INSERT INTO client_activity (client_id, interactions, last_ms, csat_sum, csat_n) VALUES (" + r +
         ".client_id, 1, " + r + ".started_ms, " + csat + ", " + has_csat +
         ") ON CONFLICT (client_id) DO UPDATE SET interactions = interactions + 1, last_ms = "
         "max(COALESCE(last_ms, excluded.last_ms), excluded.last_ms), csat_sum = csat_sum + excluded.csat_sum, "
         "csat_n = csat_n + excluded.csat_n;\n"
         "INSERT INTO client_activity_spans (days, bucket, client_id, interactions, csat_sum, csat_n) VALUES (1, " +
         day_of(r + ".started_ms") + ", " + r + ".client_id, 1, " + csat + ", " + has_csat + "), (" +
         std::to_string(kClientSpanDays) + ", " + span_of(r + ".started_ms") + ", " + r + ".client_id, 1, " + csat +
         ", " + has_csat +
         ") ON CONFLICT (days, bucket, client_id) DO UPDATE SET interactions = interactions + 1, "
         "csat_sum = csat_sum + excluded.csat_sum, csat_n = csat_n + excluded.csat_n;\n";
}

std::string remove_interaction(const std::string& r) {
  const std::string csat = "COALESCE(" + r + ".csat, 0)", has_csat = "(" + r + ".csat IS NOT NULL)";
  return "UPDATE client_activity SET interactions = interactions - 1, csat_sum = csat_sum - " + csat +
         ", csat_n = csat_n - " + has_csat +
         ", last_ms = (SELECT MAX(started_ms) FROM interactions WHERE client_id = " + r + ".client_id AND id <> " + r +
         ".id) WHERE client_id = " + r + ".client_id;\n" +
         "UPDATE client_activity_spans SET interactions = interactions - 1, csat_sum = csat_sum - " + csat +
         ", csat_n = csat_n - " + has_csat + " WHERE (days, bucket, client_id) IN " + client_buckets_of(r) + ";\n" +
         "DELETE FROM client_activity_spans WHERE interactions <= 0 AND (days, bucket, client_id) IN " +
         client_buckets_of(r) + ";\n";
}

// The client totals and buckets of an adversarial interaction, `sign` "+" or "-".
std::string count_adversarial(const std::string& source, const char* sign) {
  const std::string op = std::string(" ") + sign + " ";
  return "UPDATE client_activity SET adversarial = client_activity.adversarial" + op + "s.adversarial FROM (" + source +
         ") AS s WHERE client_activity.client_id = s.client_id;\n"
         "UPDATE client_activity_spans SET adversarial = client_activity_spans.adversarial" +
         op + "s.adversarial FROM (" + source +
         ") AS s WHERE client_activity_spans.client_id = s.client_id AND ((client_activity_spans.days = 1 AND "
         "client_activity_spans.bucket = " +
         day_of("s.started_ms") + ") OR (client_activity_spans.days = " + std::to_string(kClientSpanDays) +
         " AND client_activity_spans.bucket = " + span_of("s.started_ms") + "));\n";
}

std::string add_agent_day(const std::string& source) {
  return "INSERT INTO agent_days (day, staff_id, agent_markers, interactions, stance_sum, adversarial, "
         "talk_share_sum) SELECT " +
         day_of("s.started_ms") + ", s.staff_id, s.agent_markers, 1, s.stance, s.adversarial, s.talk FROM (" + source +
         ") AS s WHERE s.staff_id IS NOT NULL ON CONFLICT (day, staff_id, agent_markers) DO UPDATE SET "
         "interactions = interactions + 1, stance_sum = stance_sum + excluded.stance_sum, adversarial = "
         "adversarial + excluded.adversarial, talk_share_sum = talk_share_sum + excluded.talk_share_sum;\n";
}

std::string remove_agent_day(const std::string& source) {
  return "UPDATE agent_days SET interactions = agent_days.interactions - 1, stance_sum = agent_days.stance_sum - "
         "s.stance, adversarial = agent_days.adversarial - s.adversarial, talk_share_sum = agent_days.talk_share_sum "
         "- s.talk FROM (" +
         source + ") AS s WHERE agent_days.day = " + day_of("s.started_ms") +
         " AND agent_days.staff_id = s.staff_id AND agent_days.agent_markers = s.agent_markers;\n"
         "DELETE FROM agent_days WHERE interactions <= 0 AND (day, staff_id, agent_markers) IN (SELECT " +
         day_of("s.started_ms") + ", s.staff_id, s.agent_markers FROM (" + source + ") AS s);\n";
}

std::string add_strain(const std::string& source) {
  return "INSERT INTO agent_strain (interaction_id, started_ms, staff_id, strain) SELECT s.id, s.started_ms, "
         "s.staff_id, s.strain FROM (" +
         source + ") AS s WHERE s.staff_id IS NOT NULL AND s.strain > 0;\n";
}

std::string remove_strain(const std::string& source) {
  return "DELETE FROM agent_strain WHERE interaction_id IN (SELECT s.id FROM (" + source + ") AS s);\n";
}

std::string add_analysis(const std::string& source) {
  return count_adversarial(source, "+") + add_agent_day(source) + add_strain(source);
}

std::string remove_analysis(const std::string& source) {
  return count_adversarial(source, "-") + remove_agent_day(source) + remove_strain(source);
}

std::string add_flags(const std::string& source) {
  return "INSERT INTO agent_day_markers (day, staff_id, marker, flags, last_flag_id) SELECT s.day, s.staff_id, "
         "s.marker, s.n, s.last_id FROM (" +
         source +
         ") AS s WHERE true ON CONFLICT (day, staff_id, marker) DO UPDATE SET flags = flags + excluded.flags, "
         "last_flag_id = max(last_flag_id, excluded.last_flag_id);\n";
}

std::string remove_flags(const std::string& source) {
  return "UPDATE agent_day_markers SET flags = agent_day_markers.flags - s.n FROM (" + source +
         ") AS s WHERE agent_day_markers.day = s.day AND agent_day_markers.staff_id = s.staff_id AND "
         "agent_day_markers.marker = s.marker;\n"
         "DELETE FROM agent_day_markers WHERE flags <= 0 AND (day, staff_id, marker) IN (SELECT s.day, s.staff_id, "
         "s.marker FROM (" +
         source + ") AS s);\n";
}

std::string trigger(const std::string& name, const std::string& when, const std::string& body) {
  return "CREATE TRIGGER " + name + " " + when + " BEGIN\n" + body + "END;\n";
}

}  // namespace

DaySplit split_days(std::int64_t from_ms, std::int64_t to_ms) {
  DaySplit split;
  if (from_ms >= to_ms) return split;
  split.first_day = ceil_div(from_ms, kAggregateDayMs);
  split.end_day = floor_div(to_ms, kAggregateDayMs);
  if (split.first_day >= split.end_day) {
    split.end_day = split.first_day;
    split.edges.emplace_back(from_ms, to_ms);
    return split;
  }
  if (from_ms < split.first_day * kAggregateDayMs) split.edges.emplace_back(from_ms, split.first_day * kAggregateDayMs);
  if (split.end_day * kAggregateDayMs < to_ms) split.edges.emplace_back(split.end_day * kAggregateDayMs, to_ms);
  return split;
}

std::string aggregates_fill_sql() {
  const std::string span = std::to_string(kClientSpanDays);
  return "DELETE FROM client_activity; DELETE FROM client_activity_spans; DELETE FROM agent_days;\n"
         "DELETE FROM agent_day_markers; DELETE FROM agent_strain;\n"
         "INSERT INTO client_activity (client_id, interactions, last_ms, csat_sum, csat_n, adversarial) "
         "SELECT i.client_id, COUNT(*), MAX(i.started_ms), COALESCE(SUM(i.csat), 0), COUNT(i.csat), "
         "COALESCE(SUM(q.adversarial), 0) FROM interactions i LEFT JOIN interaction_quality q ON q.interaction_id = "
         "i.id GROUP BY i.client_id;\n"
         "INSERT INTO client_activity_spans (days, bucket, client_id, interactions, csat_sum, csat_n, adversarial) "
         "SELECT 1, " +
         day_of("i.started_ms") +
         " AS b, i.client_id, COUNT(*), COALESCE(SUM(i.csat), 0), COUNT(i.csat), COALESCE(SUM(q.adversarial), 0) "
         "FROM interactions i LEFT JOIN interaction_quality q ON q.interaction_id = i.id GROUP BY b, i.client_id;\n"
         "INSERT INTO client_activity_spans (days, bucket, client_id, interactions, csat_sum, csat_n, adversarial) "
         "SELECT " +
         span + ", " + span_of("i.started_ms") +
         " AS b, i.client_id, COUNT(*), COALESCE(SUM(i.csat), 0), COUNT(i.csat), COALESCE(SUM(q.adversarial), 0) "
         "FROM interactions i LEFT JOIN interaction_quality q ON q.interaction_id = i.id GROUP BY b, i.client_id;\n"
         "INSERT INTO agent_days (day, staff_id, agent_markers, interactions, stance_sum, adversarial, "
         "talk_share_sum) SELECT " +
         day_of("i.started_ms") +
         " AS d, i.staff_id, q.agent_markers, COUNT(*), SUM(q.stance), SUM(q.adversarial), "
         "SUM(COALESCE(json_extract(q.metrics, '$.agent.talk_share'), 0)) FROM interactions i JOIN "
         "interaction_quality q ON q.interaction_id = i.id WHERE i.staff_id IS NOT NULL GROUP BY d, i.staff_id, "
         "q.agent_markers;\n"
         "INSERT INTO agent_day_markers (day, staff_id, marker, flags, last_flag_id) SELECT " +
         day_of("i.started_ms") +
         " AS d, i.staff_id, f.marker, COUNT(*), MAX(f.id) FROM quality_flags f JOIN interactions i ON i.id = "
         "f.interaction_id WHERE f.side = 'agent' AND i.staff_id IS NOT NULL GROUP BY d, i.staff_id, f.marker;\n"
         "INSERT INTO agent_strain (interaction_id, started_ms, staff_id, strain) SELECT i.id, i.started_ms, "
         "i.staff_id, q.strain FROM interactions i JOIN interaction_quality q ON q.interaction_id = i.id "
         "WHERE i.staff_id IS NOT NULL AND q.strain > 0;\n";
}

std::string aggregates_migration() {
  std::string sql = R"sql(
ALTER TABLE interaction_quality ADD COLUMN agent_markers TEXT NOT NULL DEFAULT '';
UPDATE interaction_quality SET agent_markers = COALESCE((SELECT group_concat(marker, ',') FROM
  (SELECT DISTINCT f.marker FROM quality_flags f WHERE f.interaction_id = interaction_quality.interaction_id
   AND f.side = 'agent' ORDER BY f.marker)), '');
CREATE TABLE client_activity (
  client_id INTEGER PRIMARY KEY REFERENCES clients(id) ON DELETE CASCADE,
  interactions INTEGER NOT NULL DEFAULT 0,
  last_ms INTEGER,
  csat_sum INTEGER NOT NULL DEFAULT 0,
  csat_n INTEGER NOT NULL DEFAULT 0,
  adversarial INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE client_activity_spans (
  days INTEGER NOT NULL,
  bucket INTEGER NOT NULL,
  client_id INTEGER NOT NULL,
  interactions INTEGER NOT NULL DEFAULT 0,
  csat_sum INTEGER NOT NULL DEFAULT 0,
  csat_n INTEGER NOT NULL DEFAULT 0,
  adversarial INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (days, bucket, client_id)
) WITHOUT ROWID;
CREATE TABLE agent_days (
  day INTEGER NOT NULL,
  staff_id INTEGER NOT NULL,
  agent_markers TEXT NOT NULL,
  interactions INTEGER NOT NULL,
  stance_sum INTEGER NOT NULL,
  adversarial INTEGER NOT NULL,
  talk_share_sum REAL NOT NULL,
  PRIMARY KEY (day, staff_id, agent_markers)
) WITHOUT ROWID;
CREATE TABLE agent_day_markers (
  day INTEGER NOT NULL,
  staff_id INTEGER NOT NULL,
  marker TEXT NOT NULL,
  flags INTEGER NOT NULL,
  last_flag_id INTEGER NOT NULL,
  PRIMARY KEY (day, staff_id, marker)
) WITHOUT ROWID;
CREATE TABLE agent_strain (
  interaction_id INTEGER PRIMARY KEY REFERENCES interactions(id) ON DELETE CASCADE,
  started_ms INTEGER NOT NULL,
  staff_id INTEGER NOT NULL,
  strain REAL NOT NULL
);
CREATE INDEX agent_strain_time ON agent_strain(started_ms, staff_id, strain);
)sql";
  sql += trigger("interactions_add_aggregates", "AFTER INSERT ON interactions", add_interaction("NEW"));
  sql += trigger("interactions_before_remove_aggregates", "BEFORE DELETE ON interactions",
                 remove_analysis(analysis_of_interaction("OLD")) + remove_flags(flags_of_interaction("OLD")));
  sql += trigger("interactions_remove_aggregates", "AFTER DELETE ON interactions", remove_interaction("OLD"));
  sql +=
      trigger("interactions_move_aggregates", "AFTER UPDATE OF client_id, staff_id, started_ms, csat ON interactions",
              remove_analysis(analysis_of_interaction("OLD")) + remove_flags(flags_of_interaction("OLD")) +
                  remove_interaction("OLD") + add_interaction("NEW") + add_analysis(analysis_of_interaction("NEW")) +
                  add_flags(flags_of_interaction("NEW")));
  // Most analyses are neither adversarial nor straining: their triggers skip
  // those statements altogether (a WHEN clause costs no lookups).
  sql += trigger("quality_add_aggregates", "AFTER INSERT ON interaction_quality",
                 add_agent_day(analysis_of_quality("NEW")));
  sql += trigger("quality_add_adversarial", "AFTER INSERT ON interaction_quality WHEN NEW.adversarial <> 0",
                 count_adversarial(analysis_of_quality("NEW"), "+"));
  sql += trigger("quality_add_strain", "AFTER INSERT ON interaction_quality WHEN NEW.strain > 0",
                 add_strain(analysis_of_quality("NEW")));
  sql += trigger("quality_remove_aggregates", "AFTER DELETE ON interaction_quality",
                 remove_agent_day(analysis_of_quality("OLD")));
  sql += trigger("quality_remove_adversarial", "AFTER DELETE ON interaction_quality WHEN OLD.adversarial <> 0",
                 count_adversarial(analysis_of_quality("OLD"), "-"));
  sql += trigger("quality_remove_strain", "AFTER DELETE ON interaction_quality WHEN OLD.strain > 0",
                 remove_strain(analysis_of_quality("OLD")));
  sql += trigger("quality_change_aggregates", "AFTER UPDATE ON interaction_quality",
                 remove_analysis(analysis_of_quality("OLD")) + add_analysis(analysis_of_quality("NEW")));
  sql += trigger("flags_add_aggregates", "AFTER INSERT ON quality_flags WHEN NEW.side = 'agent'",
                 add_flags(flag_of_row("NEW")));
  sql += trigger("flags_remove_aggregates", "AFTER DELETE ON quality_flags WHEN OLD.side = 'agent'",
                 remove_flags(flag_of_row("OLD")));
  sql += trigger("flags_change_aggregates", "AFTER UPDATE ON quality_flags",
                 remove_flags(flag_of_row("OLD")) + add_flags(flag_of_row("NEW")));
  return sql + aggregates_fill_sql();
}

}  // namespace rapport::store::sqlite
