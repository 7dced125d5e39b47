// The PostgreSQL report aggregates against the same reports computed from the
// rows with plain SQL, after inserts, re-analyses, deletes, merges, cascades
// and a migration that fills them from existing rows.
#include <doctest/doctest.h>
#include <libpq-fe.h>

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

using Rows = std::vector<std::vector<std::string>>;

// Plain queries over the base tables: the report SQL the aggregates replace.
struct Reference {
  PGconn* conn;
  explicit Reference(const std::string& uri) : conn(PQconnectdb(uri.c_str())) {
    REQUIRE_MESSAGE(PQstatus(conn) == CONNECTION_OK, PQerrorMessage(conn));
  }
  ~Reference() { PQfinish(conn); }
  Reference(const Reference&) = delete;
  Reference& operator=(const Reference&) = delete;

  Rows query(const std::string& sql) {
    PGresult* r = PQexec(conn, sql.c_str());
    const bool ok = PQresultStatus(r) == PGRES_TUPLES_OK || PQresultStatus(r) == PGRES_COMMAND_OK;
    const std::string error = PQresultErrorMessage(r);
    Rows out;
    for (int row = 0; ok && row < PQntuples(r); ++row) {
      out.emplace_back();
      for (int c = 0; c < PQnfields(r); ++c) out.back().emplace_back(PQgetvalue(r, row, c));
    }
    PQclear(r);
    REQUIRE_MESSAGE(ok, error);
    return out;
  }
};

std::string day_of(const std::string& ms) {
  return "((" + ms + ") / 86400000 - CASE WHEN (" + ms + ") % 86400000 < 0 THEN 1 ELSE 0 END)";
}

std::int64_t num(const std::string& s) { return s.empty() ? 0 : std::stoll(s); }
std::int64_t scaled(double v) { return static_cast<std::int64_t>(std::llround(v * 1000)); }

void compare_at(Crm& crm, Reference& ref, std::int64_t from, std::int64_t to) {
  CAPTURE(from);
  CAPTURE(to);
  const std::string range = " i.started_ms >= " + std::to_string(from) + " AND i.started_ms < " + std::to_string(to);
  const auto activity = ref.query(
      "SELECT s.id, s.name, COUNT(*), SUM(q.stance), COUNT(*) FILTER (WHERE q.adversarial), "
      "COUNT(*) FILTER (WHERE string_to_array(q.agent_markers, ',') && ARRAY['empathy', 'acknowledgement']), "
      "ROUND(SUM(q.talk_share)::numeric * 1000) FROM interactions i JOIN interaction_quality q ON q.interaction_id = "
      "i.id JOIN staff s ON s.id = i.staff_id WHERE" +
      range + " GROUP BY s.id ORDER BY s.id");
  const std::vector<std::string> positive{"empathy", "acknowledgement"};
  const auto got = crm.store().agent_activity(from_unix_ms(from), from_unix_ms(to), positive);
  REQUIRE(got.size() == activity.size());
  for (std::size_t k = 0; k < got.size(); ++k) {
    const auto& a = got[k];
    const auto& e = activity[k];
    CAPTURE(a.staff.value);
    CHECK(a.staff.value == num(e[0]));
    CHECK(a.name == e[1]);
    CHECK(static_cast<std::int64_t>(a.interactions) == num(e[2]));
    CHECK(a.stance_sum == num(e[3]));
    CHECK(static_cast<std::int64_t>(a.adversarial) == num(e[4]));
    CHECK(static_cast<std::int64_t>(a.positive) == num(e[5]));
    CHECK(std::llabs(scaled(a.talk_share_sum) - num(e[6])) <= 1);
  }

  const auto markers = ref.query(
      "WITH m AS (SELECT i.staff_id, f.marker, COUNT(*) AS flags, COUNT(DISTINCT f.interaction_id) AS n, "
      "MAX(f.id) AS latest FROM interactions i JOIN quality_flags f ON f.interaction_id = i.id "
      "WHERE i.staff_id IS NOT NULL AND" +
      range +
      " AND f.side = 'agent' AND f.marker IN ('blame', 'argue') GROUP BY i.staff_id, f.marker) "
      "SELECT m.staff_id, m.marker, m.flags, m.n, e.evidence, e.interaction_id FROM m "
      "JOIN quality_flags e ON e.id = m.latest ORDER BY m.staff_id, m.flags DESC, m.marker COLLATE \"C\"");
  const std::vector<std::string> adversarial{"blame", "argue"};
  const auto counts = crm.store().agent_marker_counts(from_unix_ms(from), from_unix_ms(to), adversarial);
  REQUIRE(counts.size() == markers.size());
  for (std::size_t k = 0; k < counts.size(); ++k) {
    const auto& m = counts[k];
    const auto& e = markers[k];
    CHECK(m.staff.value == num(e[0]));
    CHECK(m.marker == e[1]);
    CHECK(static_cast<std::int64_t>(m.flags) == num(e[2]));
    CHECK(static_cast<std::int64_t>(m.interactions) == num(e[3]));
    CHECK(m.example == e[4]);
    CHECK(m.example_interaction.value == num(e[5]));
  }

  for (const int offset : {0, 120, -300}) {
    CAPTURE(offset);
    const auto strain =
        ref.query("SELECT s.id, s.name, " + day_of("i.started_ms + " + std::to_string(offset * 60'000)) +
                  " AS d, ROUND(SUM(q.strain)::numeric * 1000), COUNT(*) FROM interactions i "
                  "JOIN interaction_quality q ON q.interaction_id = i.id JOIN staff s ON s.id = "
                  "i.staff_id WHERE" +
                  range + " AND q.strain > 0 GROUP BY s.id, d ORDER BY s.id, d");
    const auto days = crm.store().strain_days(from_unix_ms(from), from_unix_ms(to), offset);
    REQUIRE(days.size() == strain.size());
    for (std::size_t k = 0; k < days.size(); ++k) {
      const auto& d = days[k];
      const auto& e = strain[k];
      CHECK(d.staff.value == num(e[0]));
      CHECK(d.name == e[1]);
      CHECK(d.day == to_iso8601(from_unix_ms(num(e[2]) * kDay)).substr(0, 10));
      CHECK(std::llabs(scaled(d.strain) - num(e[3])) <= 1);
      CHECK(static_cast<std::int64_t>(d.hostile_interactions) == num(e[4]));
    }
  }
}

void compare_risk(Crm& crm, Reference& ref, std::int64_t from) {
  CAPTURE(from);
  const std::string f = std::to_string(from);
  const auto expected = ref.query(
      "WITH a AS (SELECT client_id, MAX(started_ms) AS last_ms, "
      "SUM(csat) FILTER (WHERE started_ms >= " +
      f + ") AS recent_sum, COUNT(csat) FILTER (WHERE started_ms >= " + f +
      ") AS recent_n, SUM(csat) FILTER (WHERE started_ms < " + f +
      ") AS before_sum, COUNT(csat) FILTER (WHERE "
      "started_ms < " +
      f +
      ") AS before_n FROM interactions GROUP BY client_id), "
      "adv AS (SELECT i.client_id, COUNT(*) AS n FROM interactions i JOIN interaction_quality q "
      "ON q.interaction_id = i.id WHERE i.started_ms >= " +
      f +
      " AND q.adversarial GROUP BY i.client_id) "
      "SELECT c.id, COALESCE(a.last_ms, c.created_ms), a.recent_sum, a.recent_n, a.before_sum, a.before_n, adv.n "
      "FROM clients c LEFT JOIN a ON a.client_id = c.id LEFT JOIN adv ON adv.client_id = c.id "
      "WHERE c.stage <> 'former' ORDER BY c.id");
  const auto got = crm.store().client_risk_factors(from_unix_ms(from));
  REQUIRE(got.size() == expected.size());
  for (std::size_t k = 0; k < got.size(); ++k) {
    const auto& c = got[k];
    const auto& e = expected[k];
    CAPTURE(c.client.value);
    CHECK(c.client.value == num(e[0]));
    CHECK(to_unix_ms(c.last_contact) == num(e[1]));
    CHECK(c.csat_recent.has_value() == (num(e[3]) > 0));
    if (c.csat_recent) CHECK(*c.csat_recent == static_cast<double>(num(e[2])) / static_cast<double>(num(e[3])));
    CHECK(c.csat_before.has_value() == (num(e[5]) > 0));
    if (c.csat_before) CHECK(*c.csat_before == static_cast<double>(num(e[4])) / static_cast<double>(num(e[5])));
    CHECK(static_cast<std::int64_t>(c.adversarial_recent) == num(e[6]));
  }
}

void compare_everything(Crm& crm, const std::string& uri, std::mt19937_64& rng) {
  Reference ref(uri);
  // Whole days, a period with ragged edges, one shorter than a day, and an empty one.
  compare_at(crm, ref, kBase, kBase + 30 * kDay);
  compare_at(crm, ref, kBase + 3 * kDay + 12'345, kBase + 47 * kDay + 999);
  compare_at(crm, ref, kBase + 5 * kDay + 1'000, kBase + 5 * kDay + 50'000'000);
  compare_at(crm, ref, kBase + 10 * kDay, kBase + 10 * kDay);
  compare_at(crm, ref, kBase - 400 * kDay, kBase + 400 * kDay);
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

TEST_CASE("PostgreSQL report aggregates give the reports computed from the rows, after every kind of change") {
  RAPPORT_POSTGRES_ONLY("reads the PostgreSQL aggregate tables through the reports");
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
  auto batch_of = [&](int n) {
    std::vector<store::AnalyzedInteraction> batch;
    for (int k = 0; k < n; ++k) {
      store::AnalyzedInteraction a;
      a.interaction.client = clients[rng() % clients.size()];
      if (rng() % 8 != 0) a.interaction.staff = staff[rng() % staff.size()];
      // A few before 1970's day boundaries are not needed; some fall before kBase.
      a.interaction.started_at =
          from_unix_ms(kBase - 10 * kDay + static_cast<std::int64_t>(rng() % static_cast<std::uint64_t>(130 * kDay)));
      a.interaction.duration = std::chrono::minutes{5};
      if (rng() % 3 == 0) a.interaction.csat = static_cast<int>(rng() % 5) + 1;
      a.interaction.turns = {Turn{SpeakerRole::agent, "", "Hello.", std::nullopt, std::nullopt}};
      a.report = random_report(rng);
      a.strain = rng() % 5 == 0 ? 3.0 : 0.0;
      batch.push_back(std::move(a));
    }
    return batch;
  };
  const auto stored = f.crm.store().log_interactions(batch_of(500), Actor::system());
  for (int k = 0; k < 20; ++k) f.crm.store().log_interactions(batch_of(5), Actor::system());
  const std::string uri = f.db.location();
  compare_everything(f.crm, uri, rng);

  SUBCASE("after re-analyses and deletes") {
    for (std::size_t k = 0; k < stored.size(); k += 7)
      f.crm.store().replace_quality(stored[k].id, random_report(rng), k % 2 == 0 ? 1.0 : 0.0);
    for (std::size_t k = 3; k < stored.size(); k += 11) f.crm.store().remove_interaction(stored[k].id, Actor::system());
    compare_everything(f.crm, uri, rng);
  }
  SUBCASE("after merging clients, removing a client and a staff member, and raw updates") {
    f.crm.store().merge_clients(clients[0], clients[1], Actor::system());
    f.crm.store().merge_clients(clients[2], clients[3], Actor::system());
    f.crm.store().remove_client(clients[4], Actor::system());
    test::postgres_admin(uri, "DELETE FROM staff WHERE id = " + std::to_string(staff[1].value));  // SET NULL
    test::postgres_admin(uri,
                         "UPDATE interactions SET started_ms = started_ms + 86400000 * 3, csat = 5 WHERE id % 5 = 0");
    test::postgres_admin(uri,
                         "UPDATE interactions SET staff_id = " + std::to_string(staff[2].value) + " WHERE id % 9 = 0");
    test::postgres_admin(uri,
                         "UPDATE interaction_quality SET adversarial = NOT adversarial, stance = 7, strain = 2.5 "
                         "WHERE interaction_id % 7 = 0");
    // Flags change only with their analysis (agent_markers is the set of the
    // agent's flag markers), so raw changes keep the two together.
    test::postgres_admin(uri, "UPDATE quality_flags SET evidence = 'changed ' || id WHERE id % 6 = 0");
    test::postgres_admin(uri,
                         "DELETE FROM quality_flags WHERE interaction_id % 17 = 0; DELETE FROM interaction_quality "
                         "WHERE interaction_id % 17 = 0");
    compare_everything(f.crm, uri, rng);
  }
  SUBCASE("a version 4 database gets its aggregates filled by migration 5") {
    test::postgres_admin(uri,
                         "DROP TABLE client_activity, client_activity_spans, agent_days, agent_day_markers, "
                         "agent_strain; DELETE FROM rapport_schema WHERE version = 5");
    const auto functions = Reference(uri).query(
        "SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = "
        "current_schema() AND p.proname LIKE 'rapport_agg_%'");
    CHECK(functions.size() == 10);
    for (const auto& fn : functions) test::postgres_admin(uri, "DROP FUNCTION " + fn[0] + "() CASCADE");
    Crm upgraded = f.reopen();
    CHECK(upgraded.store().schema_version() == 5);
    compare_everything(upgraded, uri, rng);
    upgraded.store().log_interactions(batch_of(50), Actor::system());
    compare_everything(upgraded, uri, rng);
  }
}
