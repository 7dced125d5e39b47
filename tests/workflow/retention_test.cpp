// The retain pillar: one open case per client, offers, outcomes and what works.
#include <doctest/doctest.h>

#include "workflow_support.hpp"

using namespace rapport;

namespace {

DissatisfactionSignal signal(SignalKind kind, std::string source, std::string detail = "seen") {
  return DissatisfactionSignal{kind, std::move(source), std::move(detail), {}};
}

Offer offer(OfferKind kind, std::optional<std::int64_t> minor = std::nullopt, std::string note = {}) {
  Offer o;
  o.kind = kind;
  if (minor) o.value = Money{"EUR", *minor};
  o.note = std::move(note);
  return o;
}

}  // namespace

TEST_CASE("signals join one open case; the same signal twice changes nothing") {
  test::Fixture f;
  const auto client = f.crm.clients().add(test::client("Iulia"));
  test::Recorder<RetentionCaseOpened> opened(f.crm.events());

  const auto first = f.crm.retention().add_signal(client.id, signal(SignalKind::low_csat, "interaction:1", "CSAT 1"));
  CHECK(first.opened);
  CHECK(first.added);
  const auto second = f.crm.retention().add_signal(client.id, signal(SignalKind::complaint_ticket, "ticket:3"));
  CHECK_FALSE(second.opened);
  CHECK(second.added);
  CHECK(second.retention_case.id == first.retention_case.id);
  const auto again = f.crm.retention().add_signal(client.id, signal(SignalKind::low_csat, "interaction:1", "CSAT 1"));
  CHECK_FALSE(again.opened);
  CHECK_FALSE(again.added);

  // A second Crm on the same file (another process) joins the same case too.
  Crm other = f.reopen();
  const auto from_other = other.retention().add_signal(client.id, signal(SignalKind::no_contact, "last_contact:1"));
  CHECK_FALSE(from_other.opened);
  CHECK(opened.seen.size() == 1);

  const auto rc = f.crm.retention().get(first.retention_case.id);
  REQUIRE(rc.signals.size() == 3);
  CHECK(rc.signals[0].detail == "CSAT 1");
  CHECK(rc.signals[0].at == f.now());
  CHECK(rc.open());
  CHECK(f.crm.retention().open_cases().size() == 1);
  CHECK_THROWS_AS(f.crm.retention().add_signal(ClientId{404}, signal(SignalKind::low_csat, "x")), NotFound);
}

TEST_CASE("offers, closing, and a new case after the old one closed") {
  test::Fixture f;
  const auto client = f.crm.clients().add(test::client("Bogdan"));
  const auto agent = f.crm.staff().add(test::staff("Nadia", "nadia@example.com"));
  test::Recorder<RetentionCaseClosed> closed(f.crm.events());
  const auto id = f.crm.retention().add_signal(client.id, signal(SignalKind::low_csat, "t:1")).retention_case.id;

  f.crm.retention().offer(id, offer(OfferKind::discount, 1500, "15% off next order"), Actor::by(agent.id));
  const auto with_offers = f.crm.retention().offer(id, offer(OfferKind::apology));
  REQUIRE(with_offers.offers.size() == 2);
  CHECK(with_offers.offers[0].value == Money{"EUR", 1500});
  CHECK(with_offers.offers[0].by == agent.id);
  CHECK_FALSE(with_offers.offers[1].value);

  CHECK_THROWS_WITH_AS(f.crm.retention().offer(id, offer(OfferKind::refund, -500)), doctest::Contains("-5.00 EUR"),
                       InvalidArgument);
  auto bad_currency = offer(OfferKind::gift, 100);
  bad_currency.value->currency = "eu";
  CHECK_THROWS_WITH_AS(f.crm.retention().offer(id, bad_currency), doctest::Contains("'eu'"), InvalidArgument);
  CHECK(f.crm.retention().get(id).offers.size() == 2);

  f.clock.advance(86'400'000);
  const auto done = f.crm.retention().close(id, RetentionOutcome::retained, "stayed after the discount");
  CHECK(done.outcome == RetentionOutcome::retained);
  CHECK(done.closed_at == f.now());
  REQUIRE(closed.seen.size() == 1);
  CHECK(closed.seen[0].retention_case == done);

  CHECK_THROWS_AS(f.crm.retention().close(id, RetentionOutcome::lost), Conflict);
  CHECK_THROWS_AS(f.crm.retention().offer(id, offer(OfferKind::gift)), Conflict);
  CHECK(f.crm.retention().get(id) == done);
  CHECK(closed.seen.size() == 1);

  // A signal is handled once: the same one after the case closed opens nothing;
  // a new one opens a new case.
  const auto same = f.crm.retention().add_signal(client.id, signal(SignalKind::low_csat, "t:1"));
  CHECK_FALSE(same.opened);
  CHECK_FALSE(same.added);
  CHECK_FALSE(f.crm.retention().open_case(client.id));
  const auto next = f.crm.retention().add_signal(client.id, signal(SignalKind::low_csat, "t:2"));
  CHECK(next.opened);
  CHECK(next.retention_case.id != id);
  CHECK_THROWS_AS(f.crm.retention().get(RetentionCaseId{999}), NotFound);
}

TEST_CASE("retention rate and effectiveness by offer type: does a discount beat a postcard?") {
  test::Fixture f;
  auto run_case = [&](const char* name, std::vector<OfferKind> kinds, RetentionOutcome outcome) {
    const auto c = f.crm.clients().add(test::client(name));
    const auto id = f.crm.retention().add_signal(c.id, signal(SignalKind::low_csat, "x")).retention_case.id;
    for (auto k : kinds) f.crm.retention().offer(id, offer(k));
    f.crm.retention().close(id, outcome);
  };
  run_case("c1", {OfferKind::discount}, RetentionOutcome::retained);
  run_case("c2", {OfferKind::discount, OfferKind::discount}, RetentionOutcome::retained);
  run_case("c3", {OfferKind::discount}, RetentionOutcome::lost);
  run_case("c4", {OfferKind::gift}, RetentionOutcome::lost);
  run_case("c5", {OfferKind::gift, OfferKind::callback}, RetentionOutcome::retained);
  const auto open_client = f.crm.clients().add(test::client("c6"));
  f.crm.retention().add_signal(open_client.id, signal(SignalKind::complaint_ticket, "y"));

  const auto stats = f.crm.retention().stats();
  CHECK(stats.opened == 6);
  CHECK(stats.open == 1);
  CHECK(stats.retained == 3);
  CHECK(stats.lost == 2);
  CHECK(stats.retention_rate == doctest::Approx(0.6));

  const auto eff = f.crm.retention().effectiveness();
  REQUIRE(eff.size() == 3);
  CHECK(eff[0].kind == OfferKind::callback);  // 1 of 1
  CHECK(eff[0].rate == 1.0);
  CHECK(eff[1].kind == OfferKind::discount);  // 2 of 3 cases (a case counts once per kind)
  CHECK(eff[1].cases == 3);
  CHECK(eff[1].retained == 2);
  CHECK(eff[2].kind == OfferKind::gift);  // 1 of 2
  CHECK(eff[2].rate == doctest::Approx(0.5));
}

TEST_CASE("the default retention policy is a replaceable hook") {
  test::Fixture f;
  const auto vip = f.crm.clients().add(test::client("VIP"));
  const auto other = f.crm.clients().add(test::client("Other"));
  REQUIRE(f.crm.default_retention_policy().connected());
  f.crm.default_retention_policy().disconnect();
  // The host's own policy: only the VIP gets a retention case.
  auto policy = f.crm.events().subscribe<ClientDissatisfied>([&](const ClientDissatisfied& e) {
    if (e.client == vip.id) f.crm.retention().add_signal(e.client, e.signal);
  });
  for (auto c : {vip.id, other.id}) {
    Ticket t;
    t.client = c;
    t.subject = "Broken";
    t.complaint = true;
    f.crm.tickets().open(t);
  }
  CHECK(f.crm.retention().open_case(vip.id));
  CHECK_FALSE(f.crm.retention().open_case(other.id));
}

TEST_CASE("a customer silent for the configured days signals once per silence") {
  WorkflowOptions o;
  o.retention.no_contact_days = 30;
  test::Fixture f(o);
  auto c = test::client("Quiet customer");
  c.stage = LifecycleStage::customer;
  const auto customer = f.crm.clients().add(c);
  f.crm.clients().add(test::client("Quiet lead"));  // leads are not customers: no signal
  f.crm.log_interaction(test::conversation(customer.id, std::nullopt, f.now(), "Thanks, all good.", "Glad to help."));
  test::Recorder<ClientDissatisfied> seen(f.crm.events());

  CHECK(f.crm.tick(f.now() + std::chrono::days{30}).silent_customers == 0);
  CHECK(f.crm.tick(f.now() + std::chrono::days{31}).silent_customers == 1);
  CHECK(f.crm.tick(f.now() + std::chrono::days{40}).silent_customers == 0);  // once per silence
  CHECK(f.reopen().tick(f.now() + std::chrono::days{41}).silent_customers == 0);
  const auto rc = f.crm.retention().open_case(customer.id);
  REQUIRE(rc);
  CHECK(rc->signals.size() == 1);
  REQUIRE(seen.seen.size() == 1);
  CHECK(seen.seen[0].signal.kind == SignalKind::no_contact);

  // A new contact, then a new silence, is a new signal.
  const auto later = f.now() + std::chrono::days{50};
  f.crm.log_interaction(test::conversation(customer.id, std::nullopt, later, "Hello again.", "Welcome back."));
  CHECK(f.crm.tick(later + std::chrono::days{31}).silent_customers == 1);
  CHECK(seen.seen.size() == 2);
}
