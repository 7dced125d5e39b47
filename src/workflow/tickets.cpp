// The support pillar: ticket life cycle, SLA deadlines and escalation.
#include "rapport/workflow/tickets.hpp"

#include "dissatisfied.hpp"
#include "rapport/error.hpp"
#include "rapport/model/validate.hpp"

namespace rapport {
namespace {

bool allowed(TicketStatus from, TicketStatus to) {
  using S = TicketStatus;
  switch (from) {
    case S::new_ticket:
      return to == S::open || to == S::waiting || to == S::resolved || to == S::closed;
    case S::open:
      return to == S::waiting || to == S::resolved || to == S::closed;
    case S::waiting:
      return to == S::open || to == S::resolved || to == S::closed;
    case S::resolved:
      return to == S::open || to == S::closed;
    case S::closed:
      return false;
  }
  return false;
}

TicketPriority raised(TicketPriority p) {
  switch (p) {
    case TicketPriority::low:
      return TicketPriority::normal;
    case TicketPriority::normal:
      return TicketPriority::high;
    default:
      return TicketPriority::urgent;
  }
}

std::string source_of(TicketId id) { return "ticket:" + to_string(id); }

}  // namespace

TicketService::TicketService(WorkflowContext context) : ctx_(context) {}

const SlaPolicy& TicketService::policy(TicketPriority priority) const {
  for (const auto& p : ctx_.options.sla) {
    if (p.priority == priority) return p;
  }
  throw InvalidArgument("no SLA policy is configured for priority '" + std::string(to_string(priority)) + "'");
}

Ticket TicketService::open(Ticket ticket, const Actor& actor) {
  validate(ticket);
  if (ticket.status != TicketStatus::new_ticket) {
    throw InvalidArgument("a ticket is opened with status 'new', not '" + std::string(to_string(ticket.status)) + "'");
  }
  policy(ticket.priority);
  ticket.csat.reset();
  ticket.escalations = 0;
  Ticket stored = ctx_.store.create_ticket(std::move(ticket), actor);

  const auto& ro = ctx_.options.retention;
  if (ro.complaint_ticket && stored.complaint) {
    workflow::publish_dissatisfied(ctx_.events, stored.client, SignalKind::complaint_ticket, source_of(stored.id),
                                   "complaint: " + stored.subject, stored.created_at);
  }
  if (ro.repeated_tickets > 0) {
    const auto since = stored.created_at - std::chrono::days{ro.repeated_tickets_window_days};
    const auto similar = ctx_.store.count_similar_tickets(stored.client, stored.subject, since);
    if (similar == ro.repeated_tickets) {
      workflow::publish_dissatisfied(ctx_.events, stored.client, SignalKind::repeated_tickets, source_of(stored.id),
                                     std::to_string(similar) + " tickets on '" + stored.subject + "'",
                                     stored.created_at);
    }
  }
  return stored;
}

Ticket TicketService::get(TicketId id) {
  auto t = ctx_.store.find_ticket(id);
  if (!t) throw NotFound("ticket " + to_string(id) + " does not exist");
  return std::move(*t);
}

std::vector<Ticket> TicketService::unresolved() { return ctx_.store.list_tickets({.unresolved_only = true}); }

Ticket TicketService::assign(TicketId id, StaffId assignee, const Actor& actor) {
  Ticket t = get(id);
  if (t.status == TicketStatus::closed) throw InvalidArgument("ticket " + to_string(id) + " is closed");
  const auto expected = t.status;
  t.assignee = assignee;
  return ctx_.store.update_ticket(t, expected, actor);
}

Ticket TicketService::respond(TicketId id, const Actor& actor) {
  Ticket t = get(id);
  if (t.status == TicketStatus::closed) throw InvalidArgument("ticket " + to_string(id) + " is closed");
  const auto expected = t.status;
  const Timestamp now = ctx_.clock();
  if (t.first_response_at) return t;
  t.first_response_at = now;
  if (t.status == TicketStatus::new_ticket) t.status = TicketStatus::open;
  Ticket stored = ctx_.store.update_ticket(t, expected, actor);
  const auto deadline = stored.created_at + policy(stored.priority).first_response;
  if (now > deadline) breach(stored, SlaTarget::first_response, deadline, now, nullptr);
  return stored;
}

Ticket TicketService::set_status(TicketId id, TicketStatus status, const Actor& actor) {
  if (status == TicketStatus::resolved) return resolve(id, std::nullopt, actor);
  if (status == TicketStatus::closed) return close(id, actor);
  Ticket t = get(id);
  if (!allowed(t.status, status)) {
    throw InvalidArgument("ticket " + to_string(id) + " cannot move from '" + std::string(to_string(t.status)) +
                          "' to '" + std::string(to_string(status)) + "'");
  }
  const auto expected = t.status;
  if (t.status == TicketStatus::new_ticket && !t.first_response_at) t.first_response_at = ctx_.clock();
  if (t.status == TicketStatus::resolved) t.resolved_at.reset();  // reopened
  t.status = status;
  return ctx_.store.update_ticket(t, expected, actor);
}

Ticket TicketService::resolve(TicketId id, std::optional<int> csat, const Actor& actor) {
  if (csat && (*csat < 1 || *csat > 5)) {
    throw InvalidArgument("csat " + std::to_string(*csat) + " is out of range 1..5");
  }
  Ticket t = get(id);
  if (!allowed(t.status, TicketStatus::resolved)) {
    throw InvalidArgument("ticket " + to_string(id) + " is '" + std::string(to_string(t.status)) +
                          "' and cannot be resolved");
  }
  const auto expected = t.status;
  const Timestamp now = ctx_.clock();
  if (!t.first_response_at) t.first_response_at = now;
  t.status = TicketStatus::resolved;
  t.resolved_at = now;
  if (csat) t.csat = csat;
  Ticket stored = ctx_.store.update_ticket(t, expected, actor);

  const auto& sla = policy(stored.priority);
  if (now > stored.created_at + sla.first_response && expected == TicketStatus::new_ticket) {
    breach(stored, SlaTarget::first_response, stored.created_at + sla.first_response, now, nullptr);
  }
  if (now > stored.created_at + sla.resolution) {
    breach(stored, SlaTarget::resolution, stored.created_at + sla.resolution, now, nullptr);
  }
  const int low = ctx_.options.retention.low_csat;
  if (csat && *csat <= low) {
    workflow::publish_dissatisfied(ctx_.events, stored.client, SignalKind::low_csat, source_of(stored.id),
                                   "ticket CSAT " + std::to_string(*csat), now);
  }
  return stored;
}

Ticket TicketService::close(TicketId id, const Actor& actor) {
  Ticket t = get(id);
  if (!allowed(t.status, TicketStatus::closed)) {
    throw InvalidArgument("ticket " + to_string(id) + " is already closed");
  }
  const auto expected = t.status;
  t.status = TicketStatus::closed;
  t.closed_at = ctx_.clock();
  return ctx_.store.update_ticket(t, expected, actor);
}

Ticket TicketService::link(TicketId id, InteractionId interaction, const Actor& actor) {
  Ticket t = get(id);
  const auto expected = t.status;
  t.interactions.push_back(interaction);
  return ctx_.store.update_ticket(t, expected, actor);
}

void TicketService::breach(const Ticket& ticket, SlaTarget target, Timestamp deadline, Timestamp now,
                           std::vector<TicketSlaBreached>* found) {
  if (!ctx_.store.record_sla_breach(ticket.id, target, now)) return;  // seen before (maybe by another process)
  TicketSlaBreached event{ticket, target, deadline, now};
  // Escalate: one step up in priority. A concurrent change of the ticket makes
  // the update conflict; read it again and retry, the breach is already recorded.
  Ticket escalated = ticket;
  for (int attempt = 0; attempt < 3; ++attempt) {
    try {
      Ticket current = get(ticket.id);
      const auto from = current.priority;
      current.priority = raised(from);
      current.escalations += 1;
      escalated = ctx_.store.update_ticket(current, current.status, Actor::system());
      ctx_.events.publish(event);
      ctx_.events.publish(TicketEscalated{escalated, from, std::string(to_string(target)) + " SLA breached"});
      if (found) found->push_back(std::move(event));
      return;
    } catch (const Conflict&) {
      continue;
    }
  }
  ctx_.events.publish(event);
  if (found) found->push_back(std::move(event));
}

std::vector<TicketSlaBreached> TicketService::check_sla(Timestamp now) {
  std::vector<TicketSlaBreached> found;
  for (const auto& t : unresolved()) {
    const auto& sla = policy(t.priority);
    const auto response_deadline = t.created_at + sla.first_response;
    if (!t.first_response_at && now > response_deadline) {
      breach(t, SlaTarget::first_response, response_deadline, now, &found);
    }
    const auto resolution_deadline = t.created_at + sla.resolution;
    if (now > resolution_deadline) breach(t, SlaTarget::resolution, resolution_deadline, now, &found);
  }
  return found;
}

}  // namespace rapport
