// The report queries; the PostgreSQL port of src/store/sqlite/reports.cpp, agent_reports.cpp and client_risk.cpp.
//
// As in SQLite, the agent and client figures read aggregates kept by triggers
// (migration 5, pg_aggregates.cpp): whole days from the aggregates, partial
// edge days from the rows (split_days), each figure one statement. The other
// reports are one statement over the base tables and their indexes.
// Text keys are ordered with COLLATE "C", the byte order of SQLite's BINARY.
#include <algorithm>
#include <charconv>

#include "../sqlite/aggregates.hpp"
#include "pg_store.hpp"
#include "rapport/error.hpp"

namespace rapport::store::postgres {
namespace {

constexpr std::int64_t kDayMs = 86'400'000;

// A DOUBLE PRECISION value (0 for NULL). from_chars, not stod: the C locale
// whatever the application set. PostgreSQL prints the shortest exact form.
double real(const PgResult& rows, int r, int c) {
  const std::string v = rows.text(r, c);
  double out = 0;
  const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), out);
  if (ec != std::errc{} || end != v.data() + v.size()) {
    if (v.empty()) return 0;
    throw StorageError("not a number: '" + v + "'");
  }
  return out;
}

// A text[] parameter in text format, every element quoted: {"a","b"}.
Param text_array(std::span<const std::string> items) {
  std::string out = "{";
  for (const auto& item : items) {
    if (out.size() > 1) out += ',';
    out += '"';
    for (const char ch : item) {
      if (ch == '"' || ch == '\\') out += '\\';
      out += ch;
    }
    out += '"';
  }
  return out + "}";
}

// The day number of a millisecond expression, rounded down (times before 1970
// fall on the day before, as SQLite's floor division puts them).
std::string day_of(const std::string& ms) {
  const std::string d = std::to_string(kDayMs);
  return "((" + ms + ") / " + d + " - CASE WHEN (" + ms + ") % " + d + " < 0 THEN 1 ELSE 0 END)";
}

}  // namespace

namespace {

// The whole days of [from_ms, to_ms) and its (at most two) partial edge days,
// as parameters: first_day, end_day, edge1_from, edge1_to, edge2_from, edge2_to
// (a missing edge is the empty range [0, 0)).
std::vector<Param> split_params(std::int64_t from_ms, std::int64_t to_ms) {
  const sqlite::DaySplit split = sqlite::split_days(from_ms, to_ms);
  std::vector<Param> out{param(split.first_day), param(split.end_day)};
  for (std::size_t k = 0; k < 2; ++k) {
    const bool has = k < split.edges.size();
    out.push_back(param(has ? split.edges[k].first : std::int64_t{0}));
    out.push_back(param(has ? split.edges[k].second : std::int64_t{0}));
  }
  return out;
}

// The interactions of the edge ranges $3..$6, for a WHERE clause.
const char* const kEdgeRows =
    "((i.started_ms >= $3 AND i.started_ms < $4) OR (i.started_ms >= $5 AND i.started_ms < $6))";

}  // namespace

std::vector<AgentActivity> PgStore::agent_activity(Timestamp from, Timestamp to,
                                                   std::span<const std::string> positive_markers) {
  return read("read agent activity", [&] {
    // Whole days from agent_days, the edge days from the rows; agent_markers
    // is the sorted, comma-joined set of the agent's markers: an interaction is
    // positive when that set meets the wanted markers.
    auto params = split_params(to_unix_ms(from), to_unix_ms(to));
    params.push_back(text_array(positive_markers));
    const auto rows = conn_.exec(
        std::string("SELECT s.id, s.name, SUM(x.n)::bigint, SUM(x.stance)::bigint, SUM(x.adversarial)::bigint, "
                    "COALESCE(SUM(x.n) FILTER (WHERE string_to_array(x.agent_markers, ',') && $7::text[]), 0)::bigint, "
                    "SUM(x.talk) FROM (SELECT staff_id, agent_markers, interactions AS n, stance_sum AS stance, "
                    "adversarial, talk_share_sum AS talk FROM agent_days WHERE day >= $1 AND day < $2 "
                    "UNION ALL SELECT i.staff_id, q.agent_markers, 1, q.stance, q.adversarial::integer, q.talk_share "
                    "FROM interactions i JOIN interaction_quality q ON q.interaction_id = i.id WHERE ") +
            kEdgeRows +
            " AND i.staff_id IS NOT NULL) AS x JOIN staff s ON s.id = x.staff_id GROUP BY s.id "
            "HAVING SUM(x.n) > 0 ORDER BY s.id",
        params);
    std::vector<AgentActivity> out;
    for (int r = 0; r < rows.rows(); ++r) {
      AgentActivity a;
      a.staff = StaffId{rows.int64(r, 0)};
      a.name = rows.text(r, 1);
      a.interactions = static_cast<std::size_t>(rows.int64(r, 2));
      a.stance_sum = rows.int64(r, 3);
      a.adversarial = static_cast<std::size_t>(rows.int64(r, 4));
      a.positive = static_cast<std::size_t>(rows.int64(r, 5));
      a.talk_share_sum = real(rows, r, 6);
      out.push_back(std::move(a));
    }
    return out;
  });
}

std::vector<AgentMarkerCount> PgStore::agent_marker_counts(Timestamp from, Timestamp to,
                                                           std::span<const std::string> markers) {
  if (markers.empty()) return {};
  return read("count agent markers", [&] {
    const std::int64_t from_ms = to_unix_ms(from), to_ms = to_unix_ms(to);
    auto params = split_params(from_ms, to_ms);
    params.push_back(text_array(markers));
    // Flags and their newest id per agent and marker: whole days from
    // agent_day_markers, edges from the rows. Distinct interactions: each one
    // is in exactly one marker set of one day (agent_days), or counted from
    // the rows at the edges.
    const auto rows = conn_.exec(
        std::string("WITH f AS (SELECT staff_id, marker, flags, last_flag_id AS latest FROM agent_day_markers "
                    "WHERE day >= $1 AND day < $2 AND marker = ANY($7::text[]) "
                    "UNION ALL SELECT i.staff_id, f.marker, 1, f.id FROM interactions i JOIN quality_flags f ON "
                    "f.interaction_id = i.id WHERE ") +
            kEdgeRows +
            " AND i.staff_id IS NOT NULL AND f.side = 'agent' AND f.marker = ANY($7::text[])), "
            "n AS (SELECT d.staff_id, m.marker, SUM(d.interactions) AS n FROM agent_days d "
            "CROSS JOIN LATERAL unnest(string_to_array(d.agent_markers, ',')) AS m(marker) WHERE d.day >= $1 AND "
            "d.day < $2 AND d.agent_markers <> '' AND m.marker = ANY($7::text[]) GROUP BY 1, 2 "
            "UNION ALL SELECT i.staff_id, f.marker, COUNT(DISTINCT f.interaction_id) FROM interactions i "
            "JOIN quality_flags f ON f.interaction_id = i.id WHERE " +
            kEdgeRows +
            " AND i.staff_id IS NOT NULL AND f.side = 'agent' AND f.marker = ANY($7::text[]) GROUP BY 1, 2), "
            "c AS (SELECT staff_id, marker, SUM(flags) AS flags, MAX(latest) AS latest FROM f GROUP BY 1, 2), "
            "cn AS (SELECT staff_id, marker, SUM(n) AS n FROM n GROUP BY 1, 2) "
            "SELECT c.staff_id, c.marker, c.flags::bigint, COALESCE(cn.n, 0)::bigint, c.latest, e.evidence, "
            "e.interaction_id FROM c LEFT JOIN cn ON cn.staff_id = c.staff_id AND cn.marker = c.marker "
            "LEFT JOIN (quality_flags e JOIN interactions ei ON ei.id = e.interaction_id) ON e.id = c.latest AND "
            "e.marker = c.marker AND e.side = 'agent' AND ei.staff_id = c.staff_id AND ei.started_ms >= $8 AND "
            "ei.started_ms < $9 WHERE c.flags > 0",
        [&] {
          auto p = params;
          p.push_back(param(from_ms));
          p.push_back(param(to_ms));
          return p;
        }());
    std::vector<AgentMarkerCount> out;
    for (int r = 0; r < rows.rows(); ++r) {
      AgentMarkerCount m;
      m.staff = StaffId{rows.int64(r, 0)};
      m.marker = rows.text(r, 1);
      m.flags = static_cast<std::size_t>(rows.int64(r, 2));
      m.interactions = static_cast<std::size_t>(rows.int64(r, 3));
      if (!rows.is_null(r, 5)) {
        m.example = rows.text(r, 5);
        m.example_interaction = InteractionId{rows.int64(r, 6)};
      } else {
        // The remembered newest flag is stale (its interaction was moved,
        // re-analysed or removed since): ask the rows.
        const auto e = conn_.exec(
            "SELECT f.evidence, f.interaction_id FROM interactions i JOIN quality_flags f ON f.interaction_id = i.id "
            "WHERE i.staff_id = $1 AND i.started_ms >= $2 AND i.started_ms < $3 AND f.marker = $4 AND "
            "f.side = 'agent' ORDER BY f.id DESC LIMIT 1",
            {param(m.staff.value), param(from_ms), param(to_ms), Param{m.marker}});
        if (e.rows() == 0) continue;
        m.example = e.text(0, 0);
        m.example_interaction = InteractionId{e.int64(0, 1)};
      }
      out.push_back(std::move(m));
    }
    std::stable_sort(out.begin(), out.end(), [](const AgentMarkerCount& a, const AgentMarkerCount& b) {
      if (a.staff.value != b.staff.value) return a.staff.value < b.staff.value;
      if (a.flags != b.flags) return a.flags > b.flags;
      return a.marker < b.marker;
    });
    return out;
  });
}

std::vector<StrainDay> PgStore::strain_days(Timestamp from, Timestamp to, int day_offset_minutes) {
  return read("read strain by day", [&] {
    // agent_strain holds only the strained interactions, in time order.
    const auto rows = conn_.exec("SELECT s.id, s.name, " + day_of("a.started_ms + $1::bigint") +
                                     " AS d, SUM(a.strain), COUNT(*) FROM agent_strain a JOIN staff s ON s.id = "
                                     "a.staff_id WHERE a.started_ms >= $2 AND a.started_ms < $3 "
                                     "GROUP BY s.id, d ORDER BY s.id, d",
                                 {param(static_cast<std::int64_t>(day_offset_minutes) * 60'000),
                                  param(to_unix_ms(from)), param(to_unix_ms(to))});
    std::vector<StrainDay> out;
    for (int r = 0; r < rows.rows(); ++r) {
      StrainDay d;
      d.staff = StaffId{rows.int64(r, 0)};
      d.name = rows.text(r, 1);
      d.day = to_iso8601(from_unix_ms(rows.int64(r, 2) * kDayMs)).substr(0, 10);
      d.strain = real(rows, r, 3);
      d.hostile_interactions = static_cast<std::size_t>(rows.int64(r, 4));
      out.push_back(std::move(d));
    }
    return out;
  });
}

std::vector<ClientRiskFactors> PgStore::client_risk_factors(Timestamp recent_from) {
  return read("read client risk factors", [&] {
    // The recent window [from, forever) as the SQLite store reads it: the rows
    // of its first partial day, whole days up to a 16-day bucket boundary,
    // then whole 16-day buckets. CSAT before the window is the client's total
    // less the recent part.
    const std::int64_t from = to_unix_ms(recent_from);
    const std::int64_t first_day = sqlite::ceil_div(from, sqlite::kAggregateDayMs);
    const std::int64_t first_span = sqlite::ceil_div(first_day, sqlite::kClientSpanDays);
    const auto rows = conn_.exec(
        "WITH w AS (SELECT client_id, SUM(csat_sum)::bigint AS csat_sum, SUM(csat_n)::bigint AS csat_n, "
        "SUM(adversarial)::bigint AS adversarial FROM (SELECT i.client_id, COALESCE(i.csat, 0) AS csat_sum, "
        "(i.csat IS NOT NULL)::integer AS csat_n, COALESCE(q.adversarial::integer, 0) AS adversarial "
        "FROM interactions i LEFT JOIN interaction_quality q ON q.interaction_id = i.id "
        "WHERE i.started_ms >= $1 AND i.started_ms < $2 UNION ALL SELECT client_id, csat_sum, csat_n, adversarial "
        "FROM client_activity_spans WHERE (days = 1 AND bucket >= $3 AND bucket < $4) OR (days = $5 AND "
        "bucket >= $6)) AS x GROUP BY client_id), "
        "t AS (SELECT client_id, COUNT(*) AS n FROM tickets WHERE status NOT IN ('resolved', 'closed') "
        "GROUP BY client_id), "
        "rc AS (SELECT DISTINCT client_id FROM retention_cases WHERE outcome IS NULL), "
        "cd AS (SELECT DISTINCT ON (client_id) client_id, to_level FROM conduct_changes ORDER BY client_id, id DESC) "
        "SELECT c.id, c.name, c.stage, COALESCE(a.last_ms, c.created_ms), COALESCE(w.csat_sum, 0), "
        "COALESCE(w.csat_n, 0), COALESCE(a.csat_sum, 0), COALESCE(a.csat_n, 0), COALESCE(w.adversarial, 0), t.n, "
        "rc.client_id IS NOT NULL, cd.to_level FROM clients c "
        "LEFT JOIN client_activity a ON a.client_id = c.id LEFT JOIN w ON w.client_id = c.id "
        "LEFT JOIN t ON t.client_id = c.id LEFT JOIN rc ON rc.client_id = c.id LEFT JOIN cd ON cd.client_id = c.id "
        "WHERE c.stage <> 'former' ORDER BY c.id",
        {param(from), param(first_day * sqlite::kAggregateDayMs), param(first_day),
         param(first_span * sqlite::kClientSpanDays), param(sqlite::kClientSpanDays), param(first_span)});
    std::vector<ClientRiskFactors> out;
    for (int r = 0; r < rows.rows(); ++r) {
      ClientRiskFactors f;
      f.client = ClientId{rows.int64(r, 0)};
      f.name = rows.text(r, 1);
      f.stage = rows.text(r, 2);
      f.last_contact = from_unix_ms(rows.int64(r, 3));
      // Divided here, as SQLite's store does, so the means are the same doubles.
      const std::int64_t recent_sum = rows.int64(r, 4), recent_n = rows.int64(r, 5);
      const std::int64_t before_sum = rows.int64(r, 6) - recent_sum, before_n = rows.int64(r, 7) - recent_n;
      if (recent_n > 0) f.csat_recent = static_cast<double>(recent_sum) / static_cast<double>(recent_n);
      if (before_n > 0) f.csat_before = static_cast<double>(before_sum) / static_cast<double>(before_n);
      f.adversarial_recent = static_cast<std::size_t>(rows.int64(r, 8));
      f.open_tickets = rows.is_null(r, 9) ? 0 : static_cast<std::size_t>(rows.int64(r, 9));
      f.open_retention_case = rows.boolean(r, 10);
      if (!rows.is_null(r, 11)) f.conduct = parse_conduct_level(rows.text(r, 11));
      out.push_back(std::move(f));
    }
    return out;
  });
}

std::vector<QualityGroup> PgStore::quality_groups(Timestamp from, Timestamp to, QualityDimension dimension) {
  std::string key;
  std::string join;
  switch (dimension) {
    case QualityDimension::week: {
      // The Monday that starts the week, as SQLite's date(..., 'weekday 0', '-6 days'):
      // day 0 (1970-01-01) was a Thursday, three days after a Monday.
      const std::string day = day_of("i.started_ms");
      key = "to_char(DATE '1970-01-01' + (" + day + " - ((" + day + " + 3) % 7 + 7) % 7)::integer, 'YYYY-MM-DD')";
      break;
    }
    case QualityDimension::channel:
      key = "i.channel";
      break;
    case QualityDimension::language:
      key = "CASE WHEN c.language = '' THEN '(unknown)' ELSE c.language END";
      join = " JOIN clients c ON c.id = i.client_id";
      break;
  }
  return read("group interaction quality", [&] {
    // Means as sum / count in doubles, as SQLite's AVG computes them.
    const auto rows = conn_.exec(
        "SELECT k, COUNT(*), SUM(stance)::float8 / COUNT(*), SUM(conduct)::float8 / COUNT(*), "
        "COUNT(*) FILTER (WHERE adversarial) FROM (SELECT " +
            key +
            " AS k, q.stance, q.conduct, q.adversarial FROM interactions i "
            "JOIN interaction_quality q ON q.interaction_id = i.id" +
            join +
            " WHERE i.started_ms >= $1 AND i.started_ms < $2) AS g "
            "GROUP BY k ORDER BY k COLLATE \"C\"",
        {param(to_unix_ms(from)), param(to_unix_ms(to))});
    std::vector<QualityGroup> out;
    for (int r = 0; r < rows.rows(); ++r) {
      QualityGroup g;
      g.key = rows.text(r, 0);
      g.interactions = static_cast<std::size_t>(rows.int64(r, 1));
      g.mean_stance = real(rows, r, 2);
      g.mean_conduct = real(rows, r, 3);
      g.adversarial = static_cast<std::size_t>(rows.int64(r, 4));
      out.push_back(std::move(g));
    }
    return out;
  });
}

std::vector<DealStageCount> PgStore::deal_stage_counts(Timestamp from, Timestamp to) {
  return read("count deals by stage", [&] {
    const auto rows = conn_.exec(
        "SELECT stage, currency, COUNT(*), SUM(value_minor) FROM deals WHERE created_ms >= $1 AND created_ms < $2 "
        "GROUP BY stage, currency ORDER BY stage COLLATE \"C\", currency COLLATE \"C\"",
        {param(to_unix_ms(from)), param(to_unix_ms(to))});
    std::vector<DealStageCount> out;
    for (int r = 0; r < rows.rows(); ++r) {
      out.push_back(DealStageCount{rows.text(r, 0), rows.text(r, 1), static_cast<std::size_t>(rows.int64(r, 2)),
                                   rows.int64(r, 3)});
    }
    return out;
  });
}

std::vector<std::pair<DealId, std::string>> PgStore::deal_stage_visits(Timestamp from, Timestamp to) {
  return read("read deal stage visits", [&] {
    // Each (deal, stage) once; within a deal in the order first entered.
    const auto rows = conn_.exec(
        "SELECT h.deal_id, h.to_stage FROM deal_stage_history h JOIN deals d ON d.id = h.deal_id "
        "WHERE d.created_ms >= $1 AND d.created_ms < $2 GROUP BY h.deal_id, h.to_stage "
        "ORDER BY h.deal_id, MIN(h.id)",
        {param(to_unix_ms(from)), param(to_unix_ms(to))});
    std::vector<std::pair<DealId, std::string>> out;
    for (int r = 0; r < rows.rows(); ++r) out.emplace_back(DealId{rows.int64(r, 0)}, rows.text(r, 1));
    return out;
  });
}

std::vector<ConductEntry> PgStore::conduct_entries() {
  return read("list conduct levels", [&] {
    const auto rows = conn_.exec(
        "SELECT c.id, c.name, cc.from_level, cc.to_level, cc.reason, cc.approved_by, cc.automatic, cc.points, "
        "cc.at_ms FROM (SELECT DISTINCT ON (client_id) * FROM conduct_changes ORDER BY client_id, id DESC) AS cc "
        "JOIN clients c ON c.id = cc.client_id WHERE cc.to_level <> 'none' ORDER BY cc.client_id");
    std::vector<ConductEntry> out;
    for (int r = 0; r < rows.rows(); ++r) {
      ConductEntry e;
      e.client = ClientId{rows.int64(r, 0)};
      e.name = rows.text(r, 1);
      e.latest.from = parse_conduct_level(rows.text(r, 2));
      e.latest.to = parse_conduct_level(rows.text(r, 3));
      e.latest.reason = rows.text(r, 4);
      e.latest.approved_by = rows.text(r, 5);
      e.latest.automatic = rows.boolean(r, 6);
      e.latest.points = static_cast<int>(rows.int64(r, 7));
      e.latest.at = from_unix_ms(rows.int64(r, 8));
      out.push_back(std::move(e));
    }
    // Most severe first; equal levels stay in client order.
    std::stable_sort(out.begin(), out.end(),
                     [](const ConductEntry& a, const ConductEntry& b) { return a.latest.to > b.latest.to; });
    return out;
  });
}

}  // namespace rapport::store::postgres
