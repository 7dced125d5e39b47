// The conduct ladder: automatic up to a warning, a supervisor beyond, overrides on record.
#include <doctest/doctest.h>

#include "workflow_support.hpp"

using namespace rapport;

namespace {

Staff with_role(std::string name, std::string email, StaffRole role) {
  auto s = test::staff(std::move(name), std::move(email));
  s.role = role;
  return s;
}

}  // namespace

TEST_CASE("client abuse climbs the ladder to a warning automatically, and no further") {
  test::Fixture f;
  const auto client = f.crm.clients().add(test::client("Abusive client"));
  const auto agent = f.crm.staff().add(test::staff("Olha", "olha@example.com"));
  test::Recorder<ConductLevelChanged> changes(f.crm.events());
  auto log_abuse = [&] {
    f.clock.advance(60'000);
    f.crm.log_interaction(test::conversation(client.id, agent.id, f.now(), test::kAbusiveClient, test::kKindAgent));
  };

  log_abuse();  // insult 2 + threat 2 = 4 points: note (at 2)
  auto r = f.crm.conduct().record(client.id);
  CHECK(r.points == 4);
  CHECK(r.level == ConductLevel::note);
  log_abuse();  // 8 points: warning (at 6)
  CHECK(f.crm.conduct().record(client.id).level == ConductLevel::warning);
  for (int i = 0; i < 5; ++i) log_abuse();  // 28 points: still a warning
  r = f.crm.conduct().record(client.id);
  CHECK(r.points == 28);
  CHECK(r.level == ConductLevel::warning);

  REQUIRE(r.history.size() == 2);
  CHECK(r.history[0].from == ConductLevel::none);
  CHECK(r.history[0].to == ConductLevel::note);
  CHECK(r.history[0].automatic);
  CHECK(r.history[0].approved_by == "system");
  CHECK(r.history[0].reason.find("4 conduct points") != std::string::npos);
  CHECK(r.history[1].to == ConductLevel::warning);
  REQUIRE(changes.seen.size() == 2);
  CHECK(changes.seen[1].change == r.history[1]);
}

TEST_CASE("beyond a warning only a supervisor decides; overrides go both ways, with a reason") {
  test::Fixture f;
  const auto client = f.crm.clients().add(test::client("Entitled client"));
  const auto agent = f.crm.staff().add(with_role("Agent", "agent@example.com", StaffRole::agent));
  const auto boss = f.crm.staff().add(with_role("Supervisor", "boss@example.com", StaffRole::supervisor));
  test::Recorder<ConductLevelChanged> changes(f.crm.events());

  const auto warned = f.crm.conduct().escalate(client.id, ConductLevel::warning, "shouted at the cashier", agent.id);
  CHECK(warned.level == ConductLevel::warning);
  CHECK(warned.history.back().approved_by == "staff:" + to_string(agent.id));
  CHECK_FALSE(warned.history.back().automatic);

  CHECK_THROWS_WITH_AS(f.crm.conduct().escalate(client.id, ConductLevel::suspended, "again", agent.id),
                       doctest::Contains("needs a supervisor or admin"), InvalidArgument);
  CHECK_THROWS_WITH_AS(f.crm.conduct().escalate(client.id, ConductLevel::note, "mild", boss.id),
                       doctest::Contains("'note' is not above the current 'warning'"), InvalidArgument);
  CHECK_THROWS_AS(f.crm.conduct().escalate(client.id, ConductLevel::senior_only, "   ", boss.id), InvalidArgument);
  CHECK_THROWS_AS(f.crm.conduct().escalate(client.id, ConductLevel::senior_only, "x", StaffId{99}), NotFound);
  CHECK(f.crm.conduct().record(client.id).history.size() == 1);

  const auto senior = f.crm.conduct().escalate(client.id, ConductLevel::senior_only, "threatened staff", boss.id);
  CHECK(senior.level == ConductLevel::senior_only);

  CHECK_THROWS_WITH_AS(f.crm.conduct().override_level(client.id, ConductLevel::none, "apologised", agent.id),
                       doctest::Contains("needs a supervisor or admin"), InvalidArgument);
  CHECK_THROWS_WITH_AS(f.crm.conduct().override_level(client.id, ConductLevel::senior_only, "same", boss.id),
                       doctest::Contains("already at conduct level 'senior_only'"), InvalidArgument);
  const auto forgiven = f.crm.conduct().override_level(client.id, ConductLevel::none, "apologised in writing", boss.id);
  CHECK(forgiven.level == ConductLevel::none);
  CHECK(forgiven.history.back().reason == "apologised in writing");
  CHECK(changes.seen.size() == 3);

  // Persisted, with the whole history.
  Crm again = f.reopen();
  CHECK(again.conduct().record(client.id).history == forgiven.history);
  CHECK_THROWS_AS(again.conduct().record(ClientId{1234}), NotFound);
  CHECK_THROWS_WITH_AS(parse_conduct_level("banned"), doctest::Contains("'banned'"), InvalidArgument);
}

TEST_CASE("the ladder never lowers a level a person set, nor climbs past it") {
  test::Fixture f;
  const auto client = f.crm.clients().add(test::client("C"));
  const auto boss = f.crm.staff().add(with_role("Admin", "admin@example.com", StaffRole::admin));
  f.crm.conduct().escalate(client.id, ConductLevel::suspended, "violence", boss.id);
  f.crm.log_interaction(test::conversation(client.id, std::nullopt, f.now(), test::kAbusiveClient, test::kKindAgent));
  const auto r = f.crm.conduct().record(client.id);
  CHECK(r.level == ConductLevel::suspended);
  CHECK(r.history.size() == 1);
}
