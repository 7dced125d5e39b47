// Follow-up tasks coming due, and merging duplicates that both have workflows.
#include <doctest/doctest.h>

#include "workflow_support.hpp"

using namespace rapport;

TEST_CASE("a follow-up task that comes due publishes once, also across Crm instances") {
  test::Fixture f;
  const auto client = f.crm.clients().add(test::client("Client"));
  test::Recorder<FollowUpDue> due(f.crm.events());
  Task call_back;
  call_back.client = client.id;
  call_back.title = "Call back about the discount";
  call_back.due = f.now() + std::chrono::hours{2};
  const Task stored = f.crm.clients().add_task(call_back);
  Task done = call_back;
  done.title = "Already done";
  done.done = true;
  f.crm.clients().add_task(done);

  CHECK(f.crm.check_follow_ups(f.now() + std::chrono::hours{2} - std::chrono::milliseconds{1}) == 0);
  CHECK(f.crm.tick(f.now() + std::chrono::hours{2}).follow_ups_due == 1);  // due at exactly that time
  REQUIRE(due.seen.size() == 1);
  CHECK(due.seen[0].task == stored);
  CHECK(f.crm.check_follow_ups(f.now() + std::chrono::hours{3}) == 0);
  CHECK(f.reopen().check_follow_ups(f.now() + std::chrono::hours{4}) == 0);
  CHECK(due.seen.size() == 1);
}

TEST_CASE("merging two clients keeps one open retention case and moves deals, tickets and conduct") {
  test::Fixture f;
  const auto keep = f.crm.clients().add(test::client("Anna Nowak", "anna@example.com"));
  const auto drop = f.crm.clients().add(test::client("Anna Nowak", "anna.nowak@example.com"));
  const auto boss = [&] {
    auto s = test::staff("Boss", "boss@example.com");
    s.role = StaffRole::supervisor;
    return f.crm.staff().add(s);
  }();
  const auto keep_case =
      f.crm.retention().add_signal(keep.id, {SignalKind::low_csat, "interaction:1", "CSAT 2", {}}).retention_case.id;
  f.crm.retention().add_signal(drop.id, {SignalKind::complaint_ticket, "ticket:9", "complaint", {}});
  f.crm.retention().offer(f.crm.retention().open_case(drop.id)->id, Offer{OfferKind::callback, {}, "", {}, {}});
  Deal d;
  d.client = drop.id;
  d.title = "Upgrade";
  d.value = Money{"PLN", 10000};
  const Deal deal = f.crm.deals().create(d);
  Ticket t;
  t.client = drop.id;
  t.subject = "Login";
  const Ticket ticket = f.crm.tickets().open(t);
  f.crm.conduct().escalate(drop.id, ConductLevel::warning, "insulted the courier", boss.id);

  f.crm.clients().merge(keep.id, drop.id);

  CHECK(f.crm.retention().open_cases().size() == 1);
  const auto rc = f.crm.retention().open_case(keep.id);
  REQUIRE(rc);
  CHECK(rc->id == keep_case);
  CHECK(rc->signals.size() == 2);
  CHECK(rc->offers.size() == 1);
  CHECK(f.crm.deals().get(deal.id).client == keep.id);
  CHECK(f.crm.tickets().get(ticket.id).client == keep.id);
  CHECK(f.crm.conduct().record(keep.id).level == ConductLevel::warning);
  CHECK_THROWS_AS(f.crm.conduct().record(drop.id), NotFound);
}
