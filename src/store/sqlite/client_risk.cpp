// The per-client figures behind the at-risk report, read from the client
// aggregates: the cost follows the number of clients, not the length of their
// history (aggregates.cpp, docs/performance.md).
#include <unordered_map>
#include <unordered_set>

#include "aggregates.hpp"
#include "rapport/error.hpp"
#include "sqlite_store.hpp"

namespace rapport::store::sqlite {
namespace {

// A client's CSAT and adversarial figures over some stretch of time.
struct Window {
  std::int64_t csat_sum = 0, csat_n = 0, adversarial = 0;
};

}  // namespace

std::vector<ClientRiskFactors> SqliteStore::client_risk_factors(Timestamp recent_from) {
  std::lock_guard lock(mutex_);
  try {
    // The recent window [from, forever) is read as: the rows of its first
    // partial day, then whole days up to a coarse-bucket boundary, then whole
    // coarse buckets. At most kClientSpanDays day buckets per client.
    const std::int64_t from = to_unix_ms(recent_from);
    const std::int64_t first_day = ceil_div(from, kAggregateDayMs);
    const std::int64_t first_span = ceil_div(first_day, kClientSpanDays);
    std::unordered_map<std::int64_t, Window> recent;
    auto add = [&](Borrowed& st) {
      while (st->executeStep()) {
        auto& w = recent[st->getColumn(0).getInt64()];
        w.csat_sum += st->getColumn(1).getInt64();
        w.csat_n += st->getColumn(2).getInt64();
        w.adversarial += st->getColumn(3).getInt64();
      }
    };
    {
      auto st = prepare(
          "SELECT i.client_id, COALESCE(SUM(i.csat), 0), COUNT(i.csat), COALESCE(SUM(q.adversarial), 0) "
          "FROM interactions i LEFT JOIN interaction_quality q ON q.interaction_id = i.id "
          "WHERE i.started_ms >= ? AND i.started_ms < ? GROUP BY i.client_id");
      st->bind(1, static_cast<int64_t>(from));
      st->bind(2, static_cast<int64_t>(first_day * kAggregateDayMs));
      add(st);
    }
    {
      auto st = prepare(
          "SELECT client_id, csat_sum, csat_n, adversarial FROM client_activity_spans WHERE (days = 1 AND bucket >= ?1 "
          "AND bucket < ?2) OR (days = ?3 AND bucket >= ?4)");
      st->bind(1, static_cast<int64_t>(first_day));
      st->bind(2, static_cast<int64_t>(first_span * kClientSpanDays));
      st->bind(3, static_cast<int64_t>(kClientSpanDays));
      st->bind(4, static_cast<int64_t>(first_span));
      add(st);
    }

    std::unordered_map<std::int64_t, std::size_t> open_tickets;
    {
      auto st = prepare(
          "SELECT client_id, COUNT(*) FROM tickets WHERE status NOT IN ('resolved', 'closed') GROUP BY client_id");
      while (st->executeStep())
        open_tickets[st->getColumn(0).getInt64()] = static_cast<std::size_t>(st->getColumn(1).getInt64());
    }
    std::unordered_set<std::int64_t> open_case;
    {
      auto st = prepare("SELECT client_id FROM retention_cases WHERE outcome IS NULL");
      while (st->executeStep()) open_case.insert(st->getColumn(0).getInt64());
    }
    std::unordered_map<std::int64_t, ConductLevel> conduct;
    {
      auto st = prepare(
          "SELECT client_id, to_level FROM conduct_changes WHERE id IN (SELECT MAX(id) FROM conduct_changes GROUP BY "
          "client_id)");
      while (st->executeStep())
        conduct[st->getColumn(0).getInt64()] = parse_conduct_level(st->getColumn(1).getString());
    }

    auto st = prepare(
        "SELECT c.id, c.name, c.stage, COALESCE(a.last_ms, c.created_ms), COALESCE(a.csat_sum, 0), "
        "COALESCE(a.csat_n, 0) FROM clients c LEFT JOIN client_activity a ON a.client_id = c.id "
        "WHERE c.stage <> 'former' ORDER BY c.id");
    std::vector<ClientRiskFactors> out;
    while (st->executeStep()) {
      ClientRiskFactors f;
      const std::int64_t id = st->getColumn(0).getInt64();
      f.client = ClientId{id};
      f.name = st->getColumn(1).getString();
      f.stage = st->getColumn(2).getString();
      f.last_contact = from_unix_ms(st->getColumn(3).getInt64());
      const auto it = recent.find(id);
      const Window w = it == recent.end() ? Window{} : it->second;
      const std::int64_t before_sum = st->getColumn(4).getInt64() - w.csat_sum;
      const std::int64_t before_n = st->getColumn(5).getInt64() - w.csat_n;
      if (w.csat_n > 0) f.csat_recent = static_cast<double>(w.csat_sum) / static_cast<double>(w.csat_n);
      if (before_n > 0) f.csat_before = static_cast<double>(before_sum) / static_cast<double>(before_n);
      f.adversarial_recent = static_cast<std::size_t>(w.adversarial);
      if (const auto t = open_tickets.find(id); t != open_tickets.end()) f.open_tickets = t->second;
      f.open_retention_case = open_case.contains(id);
      if (const auto c = conduct.find(id); c != conduct.end()) f.conduct = c->second;
      out.push_back(std::move(f));
    }
    return out;
  } catch (const std::exception& e) {
    fail(e, "read client risk factors");
  }
}

}  // namespace rapport::store::sqlite
