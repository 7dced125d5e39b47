// The aggregate queries behind the reports: one SQL statement per figure,
// each served by an index on (staff|client, time) or by a small table.
#include "rapport/error.hpp"
#include "sqlite_store.hpp"

namespace rapport::store::sqlite {
namespace {

constexpr std::int64_t kDayMs = 86'400'000;

std::string day_text(std::int64_t day_number) { return to_iso8601(from_unix_ms(day_number * kDayMs)).substr(0, 10); }

// "?, ?, ?" for an IN list of n values (n >= 1).
std::string placeholders(std::size_t n) {
  std::string s = "?";
  for (std::size_t i = 1; i < n; ++i) s += ", ?";
  return s;
}

}  // namespace

std::vector<AgentActivity> SqliteStore::agent_activity(Timestamp from, Timestamp to,
                                                       std::span<const std::string> positive_markers) {
  std::lock_guard lock(mutex_);
  try {
    const std::string positive = positive_markers.empty()
                                     ? std::string("0")
                                     : "EXISTS (SELECT 1 FROM quality_flags f WHERE f.interaction_id = i.id AND f.side "
                                       "= 'agent' AND f.marker IN (" +
                                           placeholders(positive_markers.size()) + "))";
    auto st = prepare("SELECT s.id, s.name, COUNT(*), SUM(q.stance), SUM(q.adversarial), SUM(" + positive +
                      "), SUM(COALESCE(json_extract(q.metrics, '$.agent.talk_share'), 0)) "
                      "FROM interactions i JOIN staff s ON s.id = i.staff_id "
                      "JOIN interaction_quality q ON q.interaction_id = i.id "
                      "WHERE i.started_ms >= ? AND i.started_ms < ? GROUP BY s.id ORDER BY s.id");
    int k = 1;
    for (const auto& m : positive_markers) st->bind(k++, m);
    st->bind(k++, static_cast<int64_t>(to_unix_ms(from)));
    st->bind(k, static_cast<int64_t>(to_unix_ms(to)));
    std::vector<AgentActivity> out;
    while (st->executeStep()) {
      AgentActivity a;
      a.staff = StaffId{st->getColumn(0).getInt64()};
      a.name = st->getColumn(1).getString();
      a.interactions = static_cast<std::size_t>(st->getColumn(2).getInt64());
      a.stance_sum = st->getColumn(3).getInt64();
      a.adversarial = static_cast<std::size_t>(st->getColumn(4).getInt64());
      a.positive = static_cast<std::size_t>(st->getColumn(5).getInt64());
      a.talk_share_sum = st->getColumn(6).getDouble();
      out.push_back(std::move(a));
    }
    return out;
  } catch (const std::exception& e) {
    fail(e, "read agent activity");
  }
}

std::vector<AgentMarkerCount> SqliteStore::agent_marker_counts(Timestamp from, Timestamp to,
                                                               std::span<const std::string> markers) {
  if (markers.empty()) return {};
  std::lock_guard lock(mutex_);
  try {
    // The bare columns f.evidence and f.interaction_id come from the row of MAX(f.id):
    // SQLite's documented behaviour for a single min()/max() aggregate.
    auto st = prepare(
        "SELECT i.staff_id, f.marker, COUNT(*), COUNT(DISTINCT f.interaction_id), f.evidence, f.interaction_id, "
        "MAX(f.id) FROM interactions i JOIN quality_flags f ON f.interaction_id = i.id "
        "WHERE i.staff_id IS NOT NULL AND i.started_ms >= ? AND i.started_ms < ? AND f.side = 'agent' "
        "AND f.marker IN (" +
        placeholders(markers.size()) + ") GROUP BY i.staff_id, f.marker ORDER BY i.staff_id, COUNT(*) DESC, f.marker");
    st->bind(1, static_cast<int64_t>(to_unix_ms(from)));
    st->bind(2, static_cast<int64_t>(to_unix_ms(to)));
    for (std::size_t k = 0; k < markers.size(); ++k) st->bind(static_cast<int>(k + 3), markers[k]);
    std::vector<AgentMarkerCount> out;
    while (st->executeStep()) {
      AgentMarkerCount m;
      m.staff = StaffId{st->getColumn(0).getInt64()};
      m.marker = st->getColumn(1).getString();
      m.flags = static_cast<std::size_t>(st->getColumn(2).getInt64());
      m.interactions = static_cast<std::size_t>(st->getColumn(3).getInt64());
      m.example = st->getColumn(4).getString();
      m.example_interaction = InteractionId{st->getColumn(5).getInt64()};
      out.push_back(std::move(m));
    }
    return out;
  } catch (const std::exception& e) {
    fail(e, "count agent markers");
  }
}

std::vector<StrainDay> SqliteStore::strain_days(Timestamp from, Timestamp to, int day_offset_minutes) {
  std::lock_guard lock(mutex_);
  try {
    auto st = prepare(
        "SELECT s.id, s.name, (i.started_ms + ?1) / ?2 - ((i.started_ms + ?1) % ?2 < 0) AS d, SUM(q.strain), COUNT(*) "
        "FROM interactions i JOIN staff s ON s.id = i.staff_id JOIN interaction_quality q ON q.interaction_id = i.id "
        "WHERE i.started_ms >= ?3 AND i.started_ms < ?4 AND q.strain > 0 GROUP BY s.id, d ORDER BY s.id, d");
    st->bind(1, static_cast<int64_t>(day_offset_minutes) * 60'000);
    st->bind(2, static_cast<int64_t>(kDayMs));
    st->bind(3, static_cast<int64_t>(to_unix_ms(from)));
    st->bind(4, static_cast<int64_t>(to_unix_ms(to)));
    std::vector<StrainDay> out;
    while (st->executeStep()) {
      StrainDay d;
      d.staff = StaffId{st->getColumn(0).getInt64()};
      d.name = st->getColumn(1).getString();
      d.day = day_text(st->getColumn(2).getInt64());
      d.strain = st->getColumn(3).getDouble();
      d.hostile_interactions = static_cast<std::size_t>(st->getColumn(4).getInt64());
      out.push_back(std::move(d));
    }
    return out;
  } catch (const std::exception& e) {
    fail(e, "read strain by day");
  }
}

std::vector<ClientRiskFactors> SqliteStore::client_risk_factors(Timestamp recent_from) {
  std::lock_guard lock(mutex_);
  try {
    auto st = prepare(
        "SELECT c.id, c.name, c.stage, "
        "COALESCE((SELECT MAX(i.started_ms) FROM interactions i WHERE i.client_id = c.id), c.created_ms), "
        "(SELECT AVG(i.csat) FROM interactions i WHERE i.client_id = c.id AND i.started_ms >= ?1 "
        "  AND i.csat IS NOT NULL), "
        "(SELECT AVG(i.csat) FROM interactions i WHERE i.client_id = c.id AND i.started_ms < ?1 "
        "  AND i.csat IS NOT NULL), "
        "(SELECT COUNT(*) FROM interactions i JOIN interaction_quality q ON q.interaction_id = i.id "
        "  WHERE i.client_id = c.id AND i.started_ms >= ?1 AND q.adversarial = 1), "
        "(SELECT COUNT(*) FROM tickets t WHERE t.client_id = c.id AND t.status NOT IN ('resolved', 'closed')), "
        "EXISTS (SELECT 1 FROM retention_cases r WHERE r.client_id = c.id AND r.outcome IS NULL), "
        "COALESCE((SELECT cc.to_level FROM conduct_changes cc WHERE cc.client_id = c.id ORDER BY cc.id DESC LIMIT 1), "
        "  'none') "
        "FROM clients c WHERE c.stage <> 'former' ORDER BY c.id");
    st->bind(1, static_cast<int64_t>(to_unix_ms(recent_from)));
    std::vector<ClientRiskFactors> out;
    while (st->executeStep()) {
      ClientRiskFactors f;
      f.client = ClientId{st->getColumn(0).getInt64()};
      f.name = st->getColumn(1).getString();
      f.stage = st->getColumn(2).getString();
      f.last_contact = from_unix_ms(st->getColumn(3).getInt64());
      if (!st->getColumn(4).isNull()) f.csat_recent = st->getColumn(4).getDouble();
      if (!st->getColumn(5).isNull()) f.csat_before = st->getColumn(5).getDouble();
      f.adversarial_recent = static_cast<std::size_t>(st->getColumn(6).getInt64());
      f.open_tickets = static_cast<std::size_t>(st->getColumn(7).getInt64());
      f.open_retention_case = st->getColumn(8).getInt() != 0;
      f.conduct = parse_conduct_level(st->getColumn(9).getString());
      out.push_back(std::move(f));
    }
    return out;
  } catch (const std::exception& e) {
    fail(e, "read client risk factors");
  }
}

std::vector<QualityGroup> SqliteStore::quality_groups(Timestamp from, Timestamp to, QualityDimension dimension) {
  std::string key;
  std::string join;
  switch (dimension) {
    case QualityDimension::week:
      // The Monday that starts the week: "weekday 0" moves to the coming Sunday (or stays), then back 6 days.
      key = "date(i.started_ms / 1000, 'unixepoch', 'weekday 0', '-6 days')";
      break;
    case QualityDimension::channel:
      key = "i.channel";
      break;
    case QualityDimension::language:
      key = "CASE WHEN c.language = '' THEN '(unknown)' ELSE c.language END";
      join = " JOIN clients c ON c.id = i.client_id";
      break;
  }
  std::lock_guard lock(mutex_);
  try {
    auto st = prepare("SELECT " + key +
                      " AS k, COUNT(*), AVG(q.stance), AVG(q.conduct), SUM(q.adversarial) FROM interactions i "
                      "JOIN interaction_quality q ON q.interaction_id = i.id" +
                      join + " WHERE i.started_ms >= ? AND i.started_ms < ? GROUP BY k ORDER BY k");
    st->bind(1, static_cast<int64_t>(to_unix_ms(from)));
    st->bind(2, static_cast<int64_t>(to_unix_ms(to)));
    std::vector<QualityGroup> out;
    while (st->executeStep()) {
      QualityGroup g;
      g.key = st->getColumn(0).getString();
      g.interactions = static_cast<std::size_t>(st->getColumn(1).getInt64());
      g.mean_stance = st->getColumn(2).getDouble();
      g.mean_conduct = st->getColumn(3).getDouble();
      g.adversarial = static_cast<std::size_t>(st->getColumn(4).getInt64());
      out.push_back(std::move(g));
    }
    return out;
  } catch (const std::exception& e) {
    fail(e, "group interaction quality");
  }
}

std::vector<DealStageCount> SqliteStore::deal_stage_counts(Timestamp from, Timestamp to) {
  std::lock_guard lock(mutex_);
  try {
    auto st = prepare(
        "SELECT stage, currency, COUNT(*), SUM(value_minor) FROM deals WHERE created_ms >= ? AND created_ms < ? "
        "GROUP BY stage, currency ORDER BY stage, currency");
    st->bind(1, static_cast<int64_t>(to_unix_ms(from)));
    st->bind(2, static_cast<int64_t>(to_unix_ms(to)));
    std::vector<DealStageCount> out;
    while (st->executeStep()) {
      out.push_back(DealStageCount{st->getColumn(0).getString(), st->getColumn(1).getString(),
                                   static_cast<std::size_t>(st->getColumn(2).getInt64()), st->getColumn(3).getInt64()});
    }
    return out;
  } catch (const std::exception& e) {
    fail(e, "count deals by stage");
  }
}

std::vector<std::pair<DealId, std::string>> SqliteStore::deal_stage_visits(Timestamp from, Timestamp to) {
  std::lock_guard lock(mutex_);
  try {
    auto st = prepare(
        "SELECT DISTINCT h.deal_id, h.to_stage FROM deal_stage_history h JOIN deals d ON d.id = h.deal_id "
        "WHERE d.created_ms >= ? AND d.created_ms < ? ORDER BY h.deal_id");
    st->bind(1, static_cast<int64_t>(to_unix_ms(from)));
    st->bind(2, static_cast<int64_t>(to_unix_ms(to)));
    std::vector<std::pair<DealId, std::string>> out;
    while (st->executeStep()) out.emplace_back(DealId{st->getColumn(0).getInt64()}, st->getColumn(1).getString());
    return out;
  } catch (const std::exception& e) {
    fail(e, "read deal stage visits");
  }
}

std::vector<ConductEntry> SqliteStore::conduct_entries() {
  std::lock_guard lock(mutex_);
  try {
    auto st = prepare(
        "SELECT c.id, c.name, cc.from_level, cc.to_level, cc.reason, cc.approved_by, cc.automatic, cc.points, "
        "cc.at_ms FROM conduct_changes cc JOIN clients c ON c.id = cc.client_id "
        "WHERE cc.id = (SELECT MAX(id) FROM conduct_changes WHERE client_id = cc.client_id) "
        "AND cc.to_level <> 'none' ORDER BY cc.client_id");
    std::vector<ConductEntry> out;
    while (st->executeStep()) {
      ConductEntry e;
      e.client = ClientId{st->getColumn(0).getInt64()};
      e.name = st->getColumn(1).getString();
      e.latest.from = parse_conduct_level(st->getColumn(2).getString());
      e.latest.to = parse_conduct_level(st->getColumn(3).getString());
      e.latest.reason = st->getColumn(4).getString();
      e.latest.approved_by = st->getColumn(5).getString();
      e.latest.automatic = st->getColumn(6).getInt() != 0;
      e.latest.points = st->getColumn(7).getInt();
      e.latest.at = from_unix_ms(st->getColumn(8).getInt64());
      out.push_back(std::move(e));
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const ConductEntry& a, const ConductEntry& b) { return a.latest.to > b.latest.to; });
    return out;
  } catch (const std::exception& e) {
    fail(e, "list conduct levels");
  }
}

}  // namespace rapport::store::sqlite
