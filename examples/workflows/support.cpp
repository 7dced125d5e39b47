// Support: a ticket with SLA targets, a periodic check, escalation on a breach.
// Usage: support [DB_PATH]   (default: an in-memory database)
#include <fmt/core.h>

#include <rapport/rapport.hpp>

int main(int argc, char** argv) {
  rapport::Crm crm = rapport::Crm::open(argc > 1 ? argv[1] : ":memory:");
  rapport::Client c;
  c.name = "Ioana Popescu";
  const auto client = crm.clients().add(c);

  auto on_breach = crm.events().subscribe<rapport::TicketSlaBreached>([](const rapport::TicketSlaBreached& e) {
    fmt::print("SLA breached: ticket {} missed its {} target\n", rapport::to_string(e.ticket.id),
               rapport::to_string(e.target));
  });
  auto on_escalation = crm.events().subscribe<rapport::TicketEscalated>([](const rapport::TicketEscalated& e) {
    fmt::print("escalated from {} to {}\n", rapport::to_string(e.from), rapport::to_string(e.ticket.priority));
  });

  rapport::Ticket t;
  t.client = client.id;
  t.subject = "Card payment declined";
  t.priority = rapport::TicketPriority::high;  // default SLA: respond in 1 h, resolve in 24 h
  const auto ticket = crm.tickets().open(t);

  // Call tick() from a timer; each breach is published once however often it runs.
  crm.tick(ticket.created_at + std::chrono::minutes{30});  // nothing due yet
  crm.tick(ticket.created_at + std::chrono::minutes{61});  // first response is late
  crm.tick(ticket.created_at + std::chrono::minutes{90});  // already reported: silent

  const auto resolved = crm.tickets().resolve(ticket.id, 4);  // CSAT 4 of 5
  fmt::print("ticket {} is {} with CSAT {}\n", rapport::to_string(resolved.id), rapport::to_string(resolved.status),
             *resolved.csat);
}
