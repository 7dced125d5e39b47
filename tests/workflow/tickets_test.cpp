// The support pillar: ticket life cycle, SLA at the exact boundary, escalation once.
#include <doctest/doctest.h>

#include "workflow_support.hpp"

using namespace rapport;

namespace {

Ticket ticket_for(ClientId client, TicketPriority priority = TicketPriority::normal,
                  std::string subject = "Cannot log in") {
  Ticket t;
  t.client = client;
  t.subject = std::move(subject);
  t.priority = priority;
  return t;
}

constexpr std::int64_t kMinute = 60'000;

}  // namespace

TEST_CASE("a ticket's life: respond, wait, resolve with CSAT, reopen, close") {
  test::Fixture f;
  const auto client = f.crm.clients().add(test::client("Andrei"));
  const auto agent = f.crm.staff().add(test::staff("Ilona", "ilona@example.com"));
  const Ticket t = f.crm.tickets().open(ticket_for(client.id));
  CHECK(t.status == TicketStatus::new_ticket);
  CHECK(t.created_at == f.now());

  f.crm.tickets().assign(t.id, agent.id, Actor::by(agent.id));
  f.clock.advance(10 * kMinute);
  Ticket responded = f.crm.tickets().respond(t.id, Actor::by(agent.id));
  CHECK(responded.status == TicketStatus::open);
  CHECK(responded.first_response_at == f.now());
  CHECK(f.crm.tickets().set_status(t.id, TicketStatus::waiting).status == TicketStatus::waiting);
  CHECK(f.crm.tickets().set_status(t.id, TicketStatus::open).status == TicketStatus::open);
  f.clock.advance(10 * kMinute);
  const Ticket resolved = f.crm.tickets().resolve(t.id, 5, Actor::by(agent.id));
  CHECK(resolved.status == TicketStatus::resolved);
  CHECK(resolved.csat == 5);
  CHECK(resolved.resolved_at == f.now());
  CHECK(f.crm.tickets().unresolved().empty());

  const Ticket reopened = f.crm.tickets().set_status(t.id, TicketStatus::open);
  CHECK_FALSE(reopened.resolved_at);
  CHECK(f.crm.tickets().unresolved().size() == 1);
  const Ticket closed = f.crm.tickets().close(t.id);
  CHECK(closed.status == TicketStatus::closed);

  Crm again = f.reopen();
  const Ticket stored = again.tickets().get(t.id);
  CHECK(stored == closed);
  CHECK(stored.assignee == agent.id);
  CHECK(stored.csat == 5);
}

TEST_CASE("invalid ticket moves and bad input are refused by name and change nothing") {
  test::Fixture f;
  const auto client = f.crm.clients().add(test::client("Marta"));
  const Ticket t = f.crm.tickets().open(ticket_for(client.id));

  CHECK_THROWS_WITH_AS(f.crm.tickets().resolve(t.id, 6), doctest::Contains("csat 6"), InvalidArgument);
  CHECK_THROWS_WITH_AS(f.crm.tickets().resolve(t.id, 0), doctest::Contains("csat 0"), InvalidArgument);
  CHECK(f.crm.tickets().get(t.id) == t);

  f.crm.tickets().close(t.id);
  const Ticket closed = f.crm.tickets().get(t.id);
  CHECK_THROWS_WITH_AS(f.crm.tickets().resolve(t.id, 4), doctest::Contains("'closed' and cannot be resolved"),
                       InvalidArgument);
  CHECK_THROWS_WITH_AS(f.crm.tickets().set_status(t.id, TicketStatus::open),
                       doctest::Contains("cannot move from 'closed' to 'open'"), InvalidArgument);
  CHECK_THROWS_WITH_AS(f.crm.tickets().close(t.id), doctest::Contains("already closed"), InvalidArgument);
  CHECK_THROWS_AS(f.crm.tickets().respond(t.id), InvalidArgument);
  CHECK(f.crm.tickets().get(t.id) == closed);

  CHECK_THROWS_AS(f.crm.tickets().open(ticket_for(client.id, TicketPriority::normal, "")), InvalidArgument);
  auto not_new = ticket_for(client.id);
  not_new.status = TicketStatus::resolved;
  CHECK_THROWS_WITH_AS(f.crm.tickets().open(not_new), doctest::Contains("not 'resolved'"), InvalidArgument);
  CHECK_THROWS_AS(f.crm.tickets().open(ticket_for(ClientId{77})), NotFound);
  CHECK_THROWS_AS(f.crm.tickets().get(TicketId{77}), NotFound);
  CHECK_THROWS_WITH_AS(parse_ticket_status("done"), doctest::Contains("'done'"), InvalidArgument);

  const Ticket other = f.crm.tickets().open(ticket_for(client.id));
  CHECK_THROWS_AS(f.crm.tickets().link(other.id, InteractionId{555}), Error);
  CHECK(f.crm.tickets().get(other.id).interactions.empty());
}

TEST_CASE("SLA: a deadline met at the exact boundary is no breach; one millisecond later is, once") {
  test::Fixture f;
  const auto client = f.crm.clients().add(test::client("Jan"));
  test::Recorder<TicketSlaBreached> breaches(f.crm.events());
  test::Recorder<TicketEscalated> escalations(f.crm.events());
  const Ticket t = f.crm.tickets().open(ticket_for(client.id, TicketPriority::normal));  // 4 h / 48 h
  const auto response_deadline = t.created_at + std::chrono::hours{4};

  CHECK(f.crm.tickets().check_sla(response_deadline).empty());
  CHECK(breaches.seen.empty());

  const auto late = response_deadline + std::chrono::milliseconds{1};
  const auto found = f.crm.tickets().check_sla(late);
  REQUIRE(found.size() == 1);
  CHECK(found[0].target == SlaTarget::first_response);
  CHECK(found[0].deadline == response_deadline);
  CHECK(found[0].detected_at == late);
  REQUIRE(breaches.seen.size() == 1);
  REQUIRE(escalations.seen.size() == 1);
  CHECK(escalations.seen[0].from == TicketPriority::normal);
  CHECK(escalations.seen[0].ticket.priority == TicketPriority::high);
  CHECK(escalations.seen[0].ticket.escalations == 1);

  // Once per breach: checking again, even from a second Crm on the file, finds nothing new.
  CHECK(f.crm.tickets().check_sla(late + std::chrono::hours{1}).empty());
  Crm again = f.reopen();
  CHECK(again.tickets().check_sla(late + std::chrono::hours{2}).empty());
  CHECK(breaches.seen.size() == 1);

  // Now high priority (1 h / 24 h); the resolution target breaches once after 24 h.
  const auto after_day = t.created_at + std::chrono::hours{24} + std::chrono::milliseconds{1};
  const auto resolution = f.crm.tickets().check_sla(after_day);
  REQUIRE(resolution.size() == 1);
  CHECK(resolution[0].target == SlaTarget::resolution);
  CHECK(f.crm.tickets().get(t.id).priority == TicketPriority::urgent);
  CHECK(f.crm.tickets().get(t.id).escalations == 2);
  CHECK(f.crm.tick(after_day + std::chrono::hours{5}).sla_breaches == 0);
  CHECK(breaches.seen.size() == 2);
}

TEST_CASE("SLA: a response exactly on time is met; a late one records the breach at once") {
  test::Fixture f;
  const auto client = f.crm.clients().add(test::client("Ilie"));
  test::Recorder<TicketSlaBreached> breaches(f.crm.events());
  const Ticket on_time = f.crm.tickets().open(ticket_for(client.id, TicketPriority::urgent));  // 15 min
  const Ticket late = f.crm.tickets().open(ticket_for(client.id, TicketPriority::urgent, "Payment failed"));
  f.clock.advance(15 * kMinute);
  f.crm.tickets().respond(on_time.id);
  CHECK(breaches.seen.empty());
  f.clock.advance(1);
  f.crm.tickets().respond(late.id);
  REQUIRE(breaches.seen.size() == 1);
  CHECK(breaches.seen[0].ticket.id == late.id);
  CHECK(breaches.seen[0].target == SlaTarget::first_response);
  // check_sla later does not report it again, and the on-time ticket never breaches its response target.
  CHECK(f.crm.tickets().check_sla(f.now() + std::chrono::minutes{30}).empty());
}

TEST_CASE("low CSAT, complaints and repeated tickets open one retention case") {
  test::Fixture f;
  const auto client = f.crm.clients().add(test::client("Sofia"));
  test::Recorder<ClientDissatisfied> dissatisfied(f.crm.events());
  test::Recorder<RetentionCaseOpened> opened(f.crm.events());

  auto complaint = ticket_for(client.id, TicketPriority::normal, "Rude driver");
  complaint.complaint = true;
  f.crm.tickets().open(complaint);
  for (int i = 0; i < 3; ++i) f.crm.tickets().open(ticket_for(client.id, TicketPriority::low, "Late delivery"));
  const Ticket rated = f.crm.tickets().open(ticket_for(client.id, TicketPriority::low, "Refund"));
  f.crm.tickets().resolve(rated.id, 2);

  REQUIRE(dissatisfied.seen.size() == 3);
  CHECK(dissatisfied.seen[0].signal.kind == SignalKind::complaint_ticket);
  CHECK(dissatisfied.seen[1].signal.kind == SignalKind::repeated_tickets);
  CHECK(dissatisfied.seen[2].signal.kind == SignalKind::low_csat);
  CHECK(opened.seen.size() == 1);
  const auto rc = f.crm.retention().open_case(client.id);
  REQUIRE(rc);
  CHECK(rc->signals.size() == 3);
}
