// The trigger-kept report aggregates against the same figures computed from the
// rows with plain SQL, after inserts, re-analyses, deletes, merges and cascades,
// for periods that do and do not fall on day boundaries.
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <doctest/doctest.h>

#include <map>
#include <random>

#include "../workflow/workflow_support.hpp"

using namespace rapport;

namespace {

constexpr std::int64_t kDay = 86'400'000;
const std::int64_t kBase = to_unix_ms(parse_iso8601("2026-06-01T00:00:00Z"));

const char* const kAgentMarkers[] = {"empathy", "blame", "argue", "acknowledgement"};

quality::QualityReport random_report(std::mt19937_64& rng) {
  quality::QualityReport r;
  r.stance = static_cast<int>(rng() % 101);
  r.adversarial = rng() % 4 == 0;
  r.metrics.agent.talk_share = static_cast<double>(rng() % 100) / 100.0;
  const auto flags = rng() % 4;
  for (std::uint64_t k = 0; k < flags; ++k) {
    quality::Flag f;
    const bool agent = rng() % 4 != 0;
    f.side = agent ? quality::Side::agent : quality::Side::client;
    f.marker = agent ? kAgentMarkers[rng() % 4] : "insult";
    f.evidence = "evidence " + std::to_string(rng() % 1000);
    r.flags.push_back(f);
  }
  return r;
}

// Reference figures straight from the rows (the queries the aggregates replace).
struct Reference {
  SQLite::Database db;
  explicit Reference(const std::string& path) : db(path, SQLite::OPEN_READONLY) {}

  std::map<std::int64_t, std::vector<std::int64_t>> activity(std::int64_t from, std::int64_t to) {
    SQLite::Statement st(db,
                         "SELECT i.staff_id, COUNT(*), SUM(q.stance), SUM(q.adversarial), SUM(EXISTS (SELECT 1 FROM "
                         "quality_flags f WHERE f.interaction_id = i.id AND f.side = 'agent' AND f.marker IN "
                         "('empathy', 'acknowledgement'))), CAST(ROUND(SUM(json_extract(q.metrics, "
                         "'$.agent.talk_share')) * 1000) AS INTEGER) FROM interactions i JOIN staff s ON s.id = "
                         "i.staff_id JOIN interaction_quality q ON q.interaction_id = i.id WHERE i.started_ms >= ? "
                         "AND i.started_ms < ? GROUP BY i.staff_id");
    st.bind(1, static_cast<int64_t>(from));
    st.bind(2, static_cast<int64_t>(to));
    std::map<std::int64_t, std::vector<std::int64_t>> out;
    while (st.executeStep()) {
      out[st.getColumn(0).getInt64()] = {st.getColumn(1).getInt64(), st.getColumn(2).getInt64(),
                                         st.getColumn(3).getInt64(), st.getColumn(4).getInt64(),
                                         st.getColumn(5).getInt64()};
    }
    return out;
  }

  std::map<std::pair<std::int64_t, std::string>, std::vector<std::int64_t>> markers(std::int64_t from,
                                                                                    std::int64_t to) {
    SQLite::Statement st(db,
                         "SELECT i.staff_id, f.marker, COUNT(*), COUNT(DISTINCT f.interaction_id), MAX(f.id) FROM "
                         "interactions i JOIN quality_flags f ON f.interaction_id = i.id WHERE i.staff_id IS NOT NULL "
                         "AND i.started_ms >= ? AND i.started_ms < ? AND f.side = 'agent' AND f.marker IN ('blame', "
                         "'argue') GROUP BY i.staff_id, f.marker");
    st.bind(1, static_cast<int64_t>(from));
    st.bind(2, static_cast<int64_t>(to));
    std::map<std::pair<std::int64_t, std::string>, std::vector<std::int64_t>> out;
    while (st.executeStep()) {
      out[{st.getColumn(0).getInt64(), st.getColumn(1).getString()}] = {
          st.getColumn(2).getInt64(), st.getColumn(3).getInt64(), st.getColumn(4).getInt64()};
    }
    return out;
  }

  // Per client: last contact, recent CSAT sum and count, earlier CSAT sum and count, recent adversarial.
  std::map<std::int64_t, std::vector<std::int64_t>> risk(std::int64_t from) {
    SQLite::Statement st(
        db,
        "SELECT c.id, COALESCE((SELECT MAX(i.started_ms) FROM interactions i WHERE i.client_id = c.id), c.created_ms), "
        "(SELECT COALESCE(SUM(csat), 0) FROM interactions i WHERE i.client_id = c.id AND i.started_ms >= ?1), "
        "(SELECT COUNT(csat) FROM interactions i WHERE i.client_id = c.id AND i.started_ms >= ?1), "
        "(SELECT COALESCE(SUM(csat), 0) FROM interactions i WHERE i.client_id = c.id AND i.started_ms < ?1), "
        "(SELECT COUNT(csat) FROM interactions i WHERE i.client_id = c.id AND i.started_ms < ?1), "
        "(SELECT COUNT(*) FROM interactions i JOIN interaction_quality q ON q.interaction_id = i.id "
        "  WHERE i.client_id = c.id AND i.started_ms >= ?1 AND q.adversarial = 1) "
        "FROM clients c WHERE c.stage <> 'former'");
    st.bind(1, static_cast<int64_t>(from));
    std::map<std::int64_t, std::vector<std::int64_t>> out;
    while (st.executeStep()) {
      std::vector<std::int64_t> row;
      for (int k = 1; k <= 6; ++k) row.push_back(st.getColumn(k).getInt64());
      out[st.getColumn(0).getInt64()] = row;
    }
    return out;
  }
};

std::int64_t scaled(double v) { return static_cast<std::int64_t>(std::llround(v * 1000)); }

void compare_at(Crm& crm, Reference& ref, std::int64_t from, std::int64_t to) {
  CAPTURE(from);
  CAPTURE(to);
  const std::vector<std::string> positive{"empathy", "acknowledgement"};
  const auto expected = ref.activity(from, to);
  const auto got = crm.store().agent_activity(from_unix_ms(from), from_unix_ms(to), positive);
  REQUIRE(got.size() == expected.size());
  for (const auto& a : got) {
    CAPTURE(a.staff.value);
    const auto& e = expected.at(a.staff.value);
    CHECK(static_cast<std::int64_t>(a.interactions) == e[0]);
    CHECK(a.stance_sum == e[1]);
    CHECK(static_cast<std::int64_t>(a.adversarial) == e[2]);
    CHECK(static_cast<std::int64_t>(a.positive) == e[3]);
    CHECK(std::llabs(scaled(a.talk_share_sum) - e[4]) <= 1);
  }
  const std::vector<std::string> adversarial{"blame", "argue"};
  const auto expected_markers = ref.markers(from, to);
  const auto counts = crm.store().agent_marker_counts(from_unix_ms(from), from_unix_ms(to), adversarial);
  REQUIRE(counts.size() == expected_markers.size());
  for (const auto& m : counts) {
    const auto& e = expected_markers.at({m.staff.value, m.marker});
    CHECK(static_cast<std::int64_t>(m.flags) == e[0]);
    CHECK(static_cast<std::int64_t>(m.interactions) == e[1]);
    SQLite::Statement example(ref.db, "SELECT evidence, interaction_id FROM quality_flags WHERE id = ?");
    example.bind(1, static_cast<int64_t>(e[2]));
    REQUIRE(example.executeStep());
    CHECK(m.example == example.getColumn(0).getString());
    CHECK(m.example_interaction.value == example.getColumn(1).getInt64());
  }
}

void compare_risk(Crm& crm, Reference& ref, std::int64_t from) {
  CAPTURE(from);
  const auto expected = ref.risk(from);
  const auto got = crm.store().client_risk_factors(from_unix_ms(from));
  REQUIRE(got.size() == expected.size());
  for (const auto& f : got) {
    CAPTURE(f.client.value);
    const auto& e = expected.at(f.client.value);
    CHECK(to_unix_ms(f.last_contact) == e[0]);
    CHECK(f.csat_recent.has_value() == (e[2] > 0));
    if (f.csat_recent) CHECK(*f.csat_recent == doctest::Approx(static_cast<double>(e[1]) / static_cast<double>(e[2])));
    CHECK(f.csat_before.has_value() == (e[4] > 0));
    if (f.csat_before) CHECK(*f.csat_before == doctest::Approx(static_cast<double>(e[3]) / static_cast<double>(e[4])));
    CHECK(static_cast<std::int64_t>(f.adversarial_recent) == e[5]);
  }
}

void compare_everything(Crm& crm, const std::string& path, std::mt19937_64& rng) {
  Reference ref(path);
  // Whole days, a period with ragged edges, one shorter than a day, and an empty one.
  compare_at(crm, ref, kBase, kBase + 30 * kDay);
  compare_at(crm, ref, kBase + 3 * kDay + 12'345, kBase + 47 * kDay + 999);
  compare_at(crm, ref, kBase + 5 * kDay + 1'000, kBase + 5 * kDay + 50'000'000);
  compare_at(crm, ref, kBase + 10 * kDay, kBase + 10 * kDay);
  for (int k = 0; k < 6; ++k) {
    const auto a = kBase - 5 * kDay + static_cast<std::int64_t>(rng() % static_cast<std::uint64_t>(130 * kDay));
    const auto b = a + static_cast<std::int64_t>(rng() % static_cast<std::uint64_t>(60 * kDay));
    compare_at(crm, ref, a, b);
    compare_risk(crm, ref, a);
  }
  compare_risk(crm, ref, kBase + 16 * kDay);  // on a coarse-bucket boundary
  compare_risk(crm, ref, kBase - 400 * kDay);
  compare_risk(crm, ref, kBase + 400 * kDay);
}

}  // namespace

TEST_CASE("report aggregates equal the figures computed from the rows, after every kind of change") {
  RAPPORT_SQLITE_ONLY("reads the SQLite aggregate tables directly");
  test::Fixture f;
  std::mt19937_64 rng(42);
  std::vector<ClientId> clients;
  for (int k = 0; k < 25; ++k)
    clients.push_back(f.crm.clients().add(test::client(("Client " + std::to_string(k)).c_str())).id);
  std::vector<StaffId> staff;
  for (int k = 0; k < 4; ++k) {
    const auto name = "Agent " + std::to_string(k);
    staff.push_back(
        f.crm.staff().add(test::staff(name.c_str(), ("agent" + std::to_string(k) + "@example.com").c_str())).id);
  }
  std::vector<store::AnalyzedInteraction> batch;
  for (int k = 0; k < 600; ++k) {
    store::AnalyzedInteraction a;
    a.interaction.client = clients[rng() % clients.size()];
    if (rng() % 8 != 0) a.interaction.staff = staff[rng() % staff.size()];
    a.interaction.started_at =
        from_unix_ms(kBase + static_cast<std::int64_t>(rng() % static_cast<std::uint64_t>(120 * kDay)));
    a.interaction.duration = std::chrono::minutes{5};
    if (rng() % 3 == 0) a.interaction.csat = static_cast<int>(rng() % 5) + 1;
    a.interaction.turns = {Turn{SpeakerRole::agent, "", "Hello.", std::nullopt, std::nullopt}};
    a.report = random_report(rng);
    a.strain = rng() % 5 == 0 ? 3.0 : 0.0;
    batch.push_back(std::move(a));
  }
  const auto stored = f.crm.store().log_interactions(batch, Actor::system());
  const std::string path = f.db.location();
  compare_everything(f.crm, path, rng);

  SUBCASE("after re-analyses and deletes") {
    for (std::size_t k = 0; k < stored.size(); k += 7)
      f.crm.store().replace_quality(stored[k].id, random_report(rng), 1.0);
    for (std::size_t k = 3; k < stored.size(); k += 11) f.crm.store().remove_interaction(stored[k].id, Actor::system());
    compare_everything(f.crm, path, rng);
  }
  SUBCASE("after merging clients and removing a client and a staff member") {
    f.crm.store().merge_clients(clients[0], clients[1], Actor::system());
    f.crm.store().merge_clients(clients[2], clients[3], Actor::system());
    f.crm.store().remove_client(clients[4], Actor::system());
    {
      SQLite::Database db(path, SQLite::OPEN_READWRITE);
      db.exec("PRAGMA foreign_keys = ON");
      db.exec("DELETE FROM staff WHERE id = " + std::to_string(staff[1].value));  // SET NULL on its interactions
      db.exec("UPDATE interactions SET started_ms = started_ms + 86400000 * 3, csat = 5 WHERE id % 5 = 0");
      db.exec(
          "UPDATE interaction_quality SET adversarial = 1 - adversarial, stance = 7, strain = 2.5 WHERE "
          "interaction_id % 7 = 0");
    }
    compare_everything(f.crm, path, rng);
  }
  SUBCASE("a version 2 file gets its aggregates filled by the migration") {
    {
      SQLite::Database db(path, SQLite::OPEN_READWRITE);
      SQLite::Statement triggers(db, "SELECT name FROM sqlite_master WHERE type = 'trigger'");
      std::vector<std::string> names;
      while (triggers.executeStep()) names.push_back(triggers.getColumn(0).getString());
      CHECK(names.size() == 14);
      for (const auto& name : names) db.exec("DROP TRIGGER " + name);
      for (const char* table :
           {"client_activity", "client_activity_spans", "agent_days", "agent_day_markers", "agent_strain"})
        db.exec(std::string("DROP TABLE ") + table);
      db.exec("ALTER TABLE interaction_quality DROP COLUMN agent_markers");
      db.exec("PRAGMA user_version = 2");
    }
    Crm upgraded = f.reopen();
    CHECK(upgraded.store().schema_version() == 3);
    compare_everything(upgraded, path, rng);
  }
}
