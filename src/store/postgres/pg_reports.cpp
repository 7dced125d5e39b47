// The report queries; the PostgreSQL port of src/store/sqlite/reports.cpp, agent_reports.cpp and client_risk.cpp.
//
// SQLite answers the agent and client figures from trigger-kept aggregates;
// here each figure is one statement over the base tables and their indexes
// (interaction_quality keeps the agent's markers and talk share in columns for
// that), with the same results: the aggregates are exact sums of these rows.
// Text keys are ordered with COLLATE "C", the byte order of SQLite's BINARY.
#include <algorithm>
#include <charconv>

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

std::vector<AgentActivity> PgStore::agent_activity(Timestamp from, Timestamp to,
                                                   std::span<const std::string> positive_markers) {
  return read("read agent activity", [&] {
    // agent_markers is the sorted, comma-joined set of the agent's markers: an
    // interaction is positive when that set meets the wanted markers.
    const auto rows = conn_.exec(
        "SELECT s.id, s.name, COUNT(*), SUM(q.stance), COUNT(*) FILTER (WHERE q.adversarial), "
        "COUNT(*) FILTER (WHERE string_to_array(q.agent_markers, ',') && $3::text[]), SUM(q.talk_share) "
        "FROM interactions i JOIN interaction_quality q ON q.interaction_id = i.id JOIN staff s ON s.id = i.staff_id "
        "WHERE i.started_ms >= $1 AND i.started_ms < $2 GROUP BY s.id ORDER BY s.id",
        {param(to_unix_ms(from)), param(to_unix_ms(to)), text_array(positive_markers)});
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
    // The example is the agent's latest flag of the marker in the period (highest id).
    const auto rows = conn_.exec(
        "WITH m AS (SELECT i.staff_id, f.marker, COUNT(*) AS flags, COUNT(DISTINCT f.interaction_id) AS n, "
        "MAX(f.id) AS latest FROM interactions i JOIN quality_flags f ON f.interaction_id = i.id "
        "WHERE i.staff_id IS NOT NULL AND i.started_ms >= $1 AND i.started_ms < $2 AND f.side = 'agent' "
        "AND f.marker = ANY($3::text[]) GROUP BY i.staff_id, f.marker) "
        "SELECT m.staff_id, m.marker, m.flags, m.n, e.evidence, e.interaction_id FROM m "
        "JOIN quality_flags e ON e.id = m.latest ORDER BY m.staff_id, m.flags DESC, m.marker COLLATE \"C\"",
        {param(to_unix_ms(from)), param(to_unix_ms(to)), text_array(markers)});
    std::vector<AgentMarkerCount> out;
    for (int r = 0; r < rows.rows(); ++r) {
      AgentMarkerCount m;
      m.staff = StaffId{rows.int64(r, 0)};
      m.marker = rows.text(r, 1);
      m.flags = static_cast<std::size_t>(rows.int64(r, 2));
      m.interactions = static_cast<std::size_t>(rows.int64(r, 3));
      m.example = rows.text(r, 4);
      m.example_interaction = InteractionId{rows.int64(r, 5)};
      out.push_back(std::move(m));
    }
    return out;
  });
}

std::vector<StrainDay> PgStore::strain_days(Timestamp from, Timestamp to, int day_offset_minutes) {
  return read("read strain by day", [&] {
    const auto rows = conn_.exec("SELECT s.id, s.name, " + day_of("i.started_ms + $1::bigint") +
                                     " AS d, SUM(q.strain), COUNT(*) FROM interactions i "
                                     "JOIN interaction_quality q ON q.interaction_id = i.id JOIN staff s ON s.id = "
                                     "i.staff_id WHERE i.started_ms >= $2 AND i.started_ms < $3 AND q.strain > 0 "
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
    // CSAT before the window is over the whole history: one pass over the
    // interactions, grouped by client. The recent adversarial ones come
    // through the started_ms index.
    const auto rows = conn_.exec(
        "WITH a AS (SELECT client_id, MAX(started_ms) AS last_ms, "
        "SUM(csat) FILTER (WHERE started_ms >= $1) AS recent_sum, COUNT(csat) FILTER (WHERE started_ms >= $1) AS "
        "recent_n, SUM(csat) FILTER (WHERE started_ms < $1) AS before_sum, "
        "COUNT(csat) FILTER (WHERE started_ms < $1) AS before_n FROM interactions GROUP BY client_id), "
        "adv AS (SELECT i.client_id, COUNT(*) AS n FROM interactions i JOIN interaction_quality q "
        "ON q.interaction_id = i.id WHERE i.started_ms >= $1 AND q.adversarial GROUP BY i.client_id), "
        "t AS (SELECT client_id, COUNT(*) AS n FROM tickets WHERE status NOT IN ('resolved', 'closed') "
        "GROUP BY client_id), "
        "rc AS (SELECT DISTINCT client_id FROM retention_cases WHERE outcome IS NULL), "
        "cd AS (SELECT DISTINCT ON (client_id) client_id, to_level FROM conduct_changes ORDER BY client_id, id DESC) "
        "SELECT c.id, c.name, c.stage, COALESCE(a.last_ms, c.created_ms), a.recent_sum, a.recent_n, a.before_sum, "
        "a.before_n, adv.n, t.n, rc.client_id IS NOT NULL, cd.to_level FROM clients c "
        "LEFT JOIN a ON a.client_id = c.id LEFT JOIN adv ON adv.client_id = c.id LEFT JOIN t ON t.client_id = c.id "
        "LEFT JOIN rc ON rc.client_id = c.id LEFT JOIN cd ON cd.client_id = c.id "
        "WHERE c.stage <> 'former' ORDER BY c.id",
        {param(to_unix_ms(recent_from))});
    std::vector<ClientRiskFactors> out;
    for (int r = 0; r < rows.rows(); ++r) {
      ClientRiskFactors f;
      f.client = ClientId{rows.int64(r, 0)};
      f.name = rows.text(r, 1);
      f.stage = rows.text(r, 2);
      f.last_contact = from_unix_ms(rows.int64(r, 3));
      // Divided here, as SQLite's store does, so the means are the same doubles.
      if (const auto n = rows.int64(r, 5); n > 0) {
        f.csat_recent = static_cast<double>(rows.int64(r, 4)) / static_cast<double>(n);
      }
      if (const auto n = rows.int64(r, 7); n > 0) {
        f.csat_before = static_cast<double>(rows.int64(r, 6)) / static_cast<double>(n);
      }
      f.adversarial_recent = static_cast<std::size_t>(rows.int64(r, 8));
      f.open_tickets = static_cast<std::size_t>(rows.int64(r, 9));
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
