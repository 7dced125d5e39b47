// The quality, pipeline and conduct queries behind the reports: one SQL
// statement per figure, served by an index or by a small table. The agent and
// client figures read trigger-kept aggregates (agent_reports.cpp, client_risk.cpp).
#include "rapport/error.hpp"
#include "sqlite_store.hpp"

namespace rapport::store::sqlite {
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
