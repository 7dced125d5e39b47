// Staff wellbeing: strain per agent and day, the threshold event once, the coaching list.
#include <doctest/doctest.h>

#include "workflow_support.hpp"

using namespace rapport;

namespace {

// 2026-03-02, a Monday, at the given UTC hour and minute.
Timestamp at(int hour, int minute = 0) {
  return std::chrono::sys_days{std::chrono::year{2026} / 3 / 2} + std::chrono::hours{hour} +
         std::chrono::minutes{minute};
}

}  // namespace

TEST_CASE("a hostile long call early in the day strains more than a short one late") {
  test::Fixture f;
  const auto client = f.crm.clients().add(test::client("Client"));
  const auto agent = f.crm.staff().add(test::staff("Agent", "agent@example.com"));
  auto& w = f.crm.wellbeing();
  const auto hostile_long_early =
      test::conversation(client.id, agent.id, at(9), test::kAbusiveClient, test::kKindAgent, std::chrono::minutes{20});
  const auto hostile_short_late = test::conversation(client.id, agent.id, at(16, 30), test::kAbusiveClient,
                                                     test::kKindAgent, std::chrono::minutes{2});
  const auto calm = test::conversation(client.id, agent.id, at(9), test::kPlainClient, test::kKindAgent);
  const auto& analyzer = f.crm.analyzer();

  // insult 2 + threat 2 = 4; 20 min: x3; the whole shift ahead: x1.5.
  CHECK(w.strain_of(hostile_long_early, analyzer.analyze(hostile_long_early)) == doctest::Approx(18.0));
  // 2 min: x1.2; 30 of 480 minutes ahead: x(1 + 0.5/16).
  CHECK(w.strain_of(hostile_short_late, analyzer.analyze(hostile_short_late)) ==
        doctest::Approx(4 * 1.2 * (1 + 0.5 / 16)));
  CHECK(w.strain_of(calm, analyzer.analyze(calm)) == 0.0);
}

TEST_CASE("crossing the strain threshold publishes once per agent and day") {
  WorkflowOptions o;
  o.wellbeing.strain_threshold = 10;
  test::Fixture f(o);
  const auto client = f.crm.clients().add(test::client("Client"));
  const auto agent = f.crm.staff().add(test::staff("Agent", "agent@example.com"));
  const auto other = f.crm.staff().add(test::staff("Other", "other@example.com"));
  test::Recorder<AgentStrainCrossed> crossed(f.crm.events());
  auto hostile = [&](StaffId s, Timestamp t) {
    return f.crm.log_interaction(
        test::conversation(client.id, s, t, test::kAbusiveClient, test::kKindAgent, std::chrono::minutes{5}));
  };
  // Each call at 16:00: 4 x 1.5 x (1 + 0.5 x 1/8) = 6.375.
  hostile(agent.id, at(16));
  CHECK(crossed.seen.empty());
  const auto second = hostile(agent.id, at(16, 10));
  REQUIRE(crossed.seen.size() == 1);
  CHECK(crossed.seen[0].staff == agent.id);
  CHECK(crossed.seen[0].day == "2026-03-02");
  CHECK(crossed.seen[0].last == second.interaction.id);
  CHECK(crossed.seen[0].strain >= 10);
  CHECK(crossed.seen[0].threshold == 10);
  hostile(agent.id, at(16, 20));
  CHECK(crossed.seen.size() == 1);  // once per day
  hostile(other.id, at(16));
  CHECK(crossed.seen.size() == 1);  // another agent has their own day
  hostile(agent.id, at(24 + 16));
  hostile(agent.id, at(24 + 16, 5));
  REQUIRE(crossed.seen.size() == 2);  // and a new day starts from zero
  CHECK(crossed.seen[1].day == "2026-03-03");
  // 16:00, 16:10, 16:20: 60, 50 and 40 of the shift's 480 minutes still ahead.
  const double day = 4 * 1.5 * ((1 + 0.5 * 60 / 480) + (1 + 0.5 * 50 / 480) + (1 + 0.5 * 40 / 480));
  CHECK(f.crm.wellbeing().day_strain(agent.id, at(12)) == doctest::Approx(day));
}

TEST_CASE("the business day follows the configured offset from UTC") {
  WorkflowOptions o;
  o.wellbeing.day_offset_minutes = 120;  // UTC+2
  test::Fixture f(o);
  CHECK(f.crm.wellbeing().business_day(at(21, 59)) == "2026-03-02");
  CHECK(f.crm.wellbeing().business_day(at(22)) == "2026-03-03");
}

TEST_CASE("the coaching list holds the agent's own adversarial moments with evidence") {
  test::Fixture f;
  const auto client = f.crm.clients().add(test::client("Client"));
  const auto agent = f.crm.staff().add(test::staff("Agent", "agent@example.com"));
  f.crm.log_interaction(test::conversation(client.id, agent.id, at(10), test::kPlainClient, test::kBlamingAgent));
  f.crm.log_interaction(test::conversation(client.id, agent.id, at(11), test::kAbusiveClient, test::kKindAgent));
  const auto list = f.crm.wellbeing().coaching(agent.id, at(0), at(24));
  REQUIRE_FALSE(list.empty());
  for (const auto& item : list) {
    CHECK(item.flag.marker == "blame");  // not the client's insults, not the agent's empathy
    CHECK(item.at == at(10));
    CHECK_FALSE(item.flag.evidence.empty());
  }
  CHECK(f.crm.wellbeing().coaching(agent.id, at(11), at(24)).empty());
}
