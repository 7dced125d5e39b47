// The agent figures behind the scorecard and the wellbeing report: whole days
// come from the agent-day aggregates, the partial days at a period's edges from
// the interactions themselves (aggregates.cpp).
#include <algorithm>
#include <map>

#include "aggregates.hpp"
#include "rapport/error.hpp"
#include "sqlite_store.hpp"

namespace rapport::store::sqlite {
namespace {

// "?, ?, ?" for an IN list of n values (n >= 1).
std::string placeholders(std::size_t n) {
  std::string s = "?";
  for (std::size_t i = 1; i < n; ++i) s += ", ?";
  return s;
}

// True when the comma-joined marker set names `marker`.
bool names(std::string_view set, std::string_view marker) {
  while (!set.empty()) {
    const auto comma = set.find(',');
    if (set.substr(0, comma) == marker) return true;
    if (comma == std::string_view::npos) break;
    set.remove_prefix(comma + 1);
  }
  return false;
}

// True when the comma-joined marker set names any of `wanted`.
bool names_any(std::string_view set, std::span<const std::string> wanted) {
  return std::any_of(wanted.begin(), wanted.end(), [&](const std::string& m) { return names(set, m); });
}

}  // namespace

std::map<std::pair<std::int64_t, std::string>, AgentSetFigures> SqliteStore::agent_figures_by_set(std::int64_t from_ms,
                                                                                                  std::int64_t to_ms) {
  std::map<std::pair<std::int64_t, std::string>, AgentSetFigures> out;
  auto add = [&](Borrowed& st) {
    while (st->executeStep()) {
      auto& f = out[{st->getColumn(0).getInt64(), st->getColumn(1).getString()}];
      f.interactions += st->getColumn(2).getInt64();
      f.stance_sum += st->getColumn(3).getInt64();
      f.adversarial += st->getColumn(4).getInt64();
      f.talk_share_sum += st->getColumn(5).getDouble();
    }
  };
  const DaySplit split = split_days(from_ms, to_ms);
  if (split.first_day < split.end_day) {
    auto st = prepare(
        "SELECT staff_id, agent_markers, SUM(interactions), SUM(stance_sum), SUM(adversarial), SUM(talk_share_sum) "
        "FROM agent_days WHERE day >= ? AND day < ? GROUP BY staff_id, agent_markers");
    st->bind(1, static_cast<int64_t>(split.first_day));
    st->bind(2, static_cast<int64_t>(split.end_day));
    add(st);
  }
  for (const auto& [edge_from, edge_to] : split.edges) {
    auto st = prepare(
        "SELECT i.staff_id, q.agent_markers, COUNT(*), SUM(q.stance), SUM(q.adversarial), "
        "SUM(COALESCE(json_extract(q.metrics, '$.agent.talk_share'), 0)) FROM interactions i "
        "JOIN interaction_quality q ON q.interaction_id = i.id WHERE i.started_ms >= ? AND i.started_ms < ? "
        "AND i.staff_id IS NOT NULL GROUP BY i.staff_id, q.agent_markers");
    st->bind(1, static_cast<int64_t>(edge_from));
    st->bind(2, static_cast<int64_t>(edge_to));
    add(st);
  }
  return out;
}

std::vector<AgentActivity> SqliteStore::agent_activity(Timestamp from, Timestamp to,
                                                       std::span<const std::string> positive_markers) {
  std::lock_guard lock(mutex_);
  try {
    const auto sets = agent_figures_by_set(to_unix_ms(from), to_unix_ms(to));
    std::map<std::int64_t, AgentActivity> by_staff;
    for (const auto& [key, f] : sets) {
      auto& a = by_staff[key.first];
      a.interactions += static_cast<std::size_t>(f.interactions);
      a.stance_sum += f.stance_sum;
      a.adversarial += static_cast<std::size_t>(f.adversarial);
      a.talk_share_sum += f.talk_share_sum;
      if (names_any(key.second, positive_markers)) a.positive += static_cast<std::size_t>(f.interactions);
    }
    std::vector<AgentActivity> out;
    auto st = prepare("SELECT id, name FROM staff ORDER BY id");
    while (st->executeStep()) {
      const auto it = by_staff.find(st->getColumn(0).getInt64());
      if (it == by_staff.end() || it->second.interactions == 0) continue;
      it->second.staff = StaffId{it->first};
      it->second.name = st->getColumn(1).getString();
      out.push_back(std::move(it->second));
    }
    return out;
  } catch (const std::exception& e) {
    fail(e, "read agent activity");
  }
}

bool SqliteStore::latest_example(std::int64_t staff, AgentMarkerCount& m, std::int64_t latest_flag,
                                 std::int64_t from_ms, std::int64_t to_ms) {
  // The day aggregates remember the newest flag id; it is the example while
  // that flag still exists and still belongs to this agent and period (an
  // interaction moved or re-analysed since leaves a stale id: then ask the rows).
  {
    auto st = prepare(
        "SELECT f.evidence, f.interaction_id FROM quality_flags f JOIN interactions i ON i.id = f.interaction_id "
        "WHERE f.id = ? AND f.marker = ? AND f.side = 'agent' AND i.staff_id = ? AND i.started_ms >= ? "
        "AND i.started_ms < ?");
    st->bind(1, static_cast<int64_t>(latest_flag));
    st->bind(2, m.marker);
    st->bind(3, static_cast<int64_t>(staff));
    st->bind(4, static_cast<int64_t>(from_ms));
    st->bind(5, static_cast<int64_t>(to_ms));
    if (st->executeStep()) {
      m.example = st->getColumn(0).getString();
      m.example_interaction = InteractionId{st->getColumn(1).getInt64()};
      return true;
    }
  }
  auto st = prepare(
      "SELECT f.evidence, f.interaction_id FROM interactions i JOIN quality_flags f ON f.interaction_id = i.id "
      "WHERE i.staff_id = ? AND i.started_ms >= ? AND i.started_ms < ? AND f.marker = ? AND f.side = 'agent' "
      "ORDER BY f.id DESC LIMIT 1");
  st->bind(1, static_cast<int64_t>(staff));
  st->bind(2, static_cast<int64_t>(from_ms));
  st->bind(3, static_cast<int64_t>(to_ms));
  st->bind(4, m.marker);
  if (!st->executeStep()) return false;
  m.example = st->getColumn(0).getString();
  m.example_interaction = InteractionId{st->getColumn(1).getInt64()};
  return true;
}

std::vector<AgentMarkerCount> SqliteStore::agent_marker_counts(Timestamp from, Timestamp to,
                                                               std::span<const std::string> markers) {
  if (markers.empty()) return {};
  std::lock_guard lock(mutex_);
  try {
    const std::int64_t from_ms = to_unix_ms(from), to_ms = to_unix_ms(to);
    struct Count {
      std::int64_t flags = 0, interactions = 0, latest_flag = 0;
    };
    std::map<std::pair<std::int64_t, std::string>, Count> counts;
    const DaySplit split = split_days(from_ms, to_ms);
    if (split.first_day < split.end_day) {
      auto st = prepare(
          "SELECT staff_id, marker, SUM(flags), MAX(last_flag_id) FROM agent_day_markers WHERE day >= ? "
          "AND day < ? AND marker IN (" +
          placeholders(markers.size()) + ") GROUP BY staff_id, marker");
      st->bind(1, static_cast<int64_t>(split.first_day));
      st->bind(2, static_cast<int64_t>(split.end_day));
      for (std::size_t k = 0; k < markers.size(); ++k) st->bind(static_cast<int>(k + 3), markers[k]);
      while (st->executeStep()) {
        auto& c = counts[{st->getColumn(0).getInt64(), st->getColumn(1).getString()}];
        c.flags += st->getColumn(2).getInt64();
        c.latest_flag = std::max(c.latest_flag, st->getColumn(3).getInt64());
      }
      // Distinct interactions per marker: each interaction is in exactly one marker set of one day.
      auto sets = prepare(
          "SELECT staff_id, agent_markers, SUM(interactions) FROM agent_days WHERE day >= ? AND day < ? "
          "AND agent_markers <> '' GROUP BY staff_id, agent_markers");
      sets->bind(1, static_cast<int64_t>(split.first_day));
      sets->bind(2, static_cast<int64_t>(split.end_day));
      while (sets->executeStep()) {
        const std::int64_t staff = sets->getColumn(0).getInt64();
        const std::string set = sets->getColumn(1).getString();
        for (const auto& m : markers) {
          const auto it = counts.find({staff, m});
          if (it != counts.end() && names(set, m)) it->second.interactions += sets->getColumn(2).getInt64();
        }
      }
    }
    for (const auto& [edge_from, edge_to] : split.edges) {
      auto st = prepare(
          "SELECT i.staff_id, f.marker, COUNT(*), COUNT(DISTINCT f.interaction_id), MAX(f.id) FROM interactions i "
          "JOIN quality_flags f ON f.interaction_id = i.id WHERE i.staff_id IS NOT NULL AND i.started_ms >= ? "
          "AND i.started_ms < ? AND f.side = 'agent' AND f.marker IN (" +
          placeholders(markers.size()) + ") GROUP BY i.staff_id, f.marker");
      st->bind(1, static_cast<int64_t>(edge_from));
      st->bind(2, static_cast<int64_t>(edge_to));
      for (std::size_t k = 0; k < markers.size(); ++k) st->bind(static_cast<int>(k + 3), markers[k]);
      while (st->executeStep()) {
        auto& c = counts[{st->getColumn(0).getInt64(), st->getColumn(1).getString()}];
        c.flags += st->getColumn(2).getInt64();
        c.interactions += st->getColumn(3).getInt64();
        c.latest_flag = std::max(c.latest_flag, st->getColumn(4).getInt64());
      }
    }
    std::vector<AgentMarkerCount> out;
    for (const auto& [key, c] : counts) {
      if (c.flags <= 0) continue;
      AgentMarkerCount m;
      m.staff = StaffId{key.first};
      m.marker = key.second;
      m.flags = static_cast<std::size_t>(c.flags);
      m.interactions = static_cast<std::size_t>(c.interactions);
      if (!latest_example(key.first, m, c.latest_flag, from_ms, to_ms)) continue;
      out.push_back(std::move(m));
    }
    std::stable_sort(out.begin(), out.end(), [](const AgentMarkerCount& a, const AgentMarkerCount& b) {
      if (a.staff.value != b.staff.value) return a.staff.value < b.staff.value;
      if (a.flags != b.flags) return a.flags > b.flags;
      return a.marker < b.marker;
    });
    return out;
  } catch (const std::exception& e) {
    fail(e, "count agent markers");
  }
}

std::vector<StrainDay> SqliteStore::strain_days(Timestamp from, Timestamp to, int day_offset_minutes) {
  std::lock_guard lock(mutex_);
  try {
    // agent_strain holds only the strained interactions, in time order.
    auto st = prepare(
        "SELECT s.id, s.name, (a.started_ms + ?1) / ?2 - ((a.started_ms + ?1) % ?2 < 0) AS d, SUM(a.strain), COUNT(*) "
        "FROM agent_strain a JOIN staff s ON s.id = a.staff_id WHERE a.started_ms >= ?3 AND a.started_ms < ?4 "
        "GROUP BY s.id, d ORDER BY s.id, d");
    st->bind(1, static_cast<int64_t>(day_offset_minutes) * 60'000);
    st->bind(2, static_cast<int64_t>(kAggregateDayMs));
    st->bind(3, static_cast<int64_t>(to_unix_ms(from)));
    st->bind(4, static_cast<int64_t>(to_unix_ms(to)));
    std::vector<StrainDay> out;
    while (st->executeStep()) {
      StrainDay d;
      d.staff = StaffId{st->getColumn(0).getInt64()};
      d.name = st->getColumn(1).getString();
      d.day = to_iso8601(from_unix_ms(st->getColumn(2).getInt64() * kAggregateDayMs)).substr(0, 10);
      d.strain = st->getColumn(3).getDouble();
      d.hostile_interactions = static_cast<std::size_t>(st->getColumn(4).getInt64());
      out.push_back(std::move(d));
    }
    return out;
  } catch (const std::exception& e) {
    fail(e, "read strain by day");
  }
}

}  // namespace rapport::store::sqlite
