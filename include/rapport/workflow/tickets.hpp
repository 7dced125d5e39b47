#pragma once

#include <optional>
#include <vector>

#include "rapport/model/actor.hpp"
#include "rapport/model/ticket.hpp"
#include "rapport/workflow/context.hpp"

namespace rapport {

/// The support pillar: tickets, SLA targets and escalation.
/// Thread-safe; publishes TicketSlaBreached, TicketEscalated and ClientDissatisfied after commit.
class TicketService {
 public:
  /// Made by the Crm.
  explicit TicketService(WorkflowContext context);

  /// Stores a new ticket (status new). A complaint, or the Nth ticket on one subject
  /// within the window, signals a dissatisfied client. Throws InvalidArgument for an
  /// empty subject or a status other than new.
  Ticket open(Ticket ticket, const Actor& actor = Actor::system());
  /// The ticket; throws NotFound.
  Ticket get(TicketId id);
  /// Tickets not yet resolved, in id order.
  std::vector<Ticket> unresolved();
  /// Sets the assignee.
  Ticket assign(TicketId id, StaffId assignee, const Actor& actor = Actor::system());
  /// Records the first staff response (a new ticket becomes open). A response after the
  /// first-response deadline publishes the breach at once.
  Ticket respond(TicketId id, const Actor& actor = Actor::system());
  /// Moves the ticket to `status` along an allowed move (see TicketStatus); throws
  /// InvalidArgument naming both statuses otherwise.
  Ticket set_status(TicketId id, TicketStatus status, const Actor& actor = Actor::system());
  /// Resolves the ticket, recording CSAT 1..5 when given (a low CSAT signals a
  /// dissatisfied client). Throws InvalidArgument when it is resolved or closed already.
  Ticket resolve(TicketId id, std::optional<int> csat, const Actor& actor = Actor::system());
  /// Closes the ticket (final).
  Ticket close(TicketId id, const Actor& actor = Actor::system());
  /// Links a stored interaction to the ticket.
  Ticket link(TicketId id, InteractionId interaction, const Actor& actor = Actor::system());

  /// Finds SLA targets missed at `now` (a deadline is met when the response or
  /// resolution happens at or before it) and, once per ticket and target, records the
  /// breach, raises the priority one step and publishes TicketSlaBreached and
  /// TicketEscalated. Returns the breaches found by this call.
  std::vector<TicketSlaBreached> check_sla(Timestamp now);
  /// The SLA policy of a priority; throws InvalidArgument when none is configured.
  const SlaPolicy& policy(TicketPriority priority) const;

 private:
  void breach(const Ticket& ticket, SlaTarget target, Timestamp deadline, Timestamp now,
              std::vector<TicketSlaBreached>* found);

  WorkflowContext ctx_;
};

}  // namespace rapport
