#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rapport/model/ids.hpp"
#include "rapport/model/time.hpp"

namespace rapport {

/// How urgent a ticket is; SLA targets are set per priority.
enum class TicketPriority { low, normal, high, urgent };

/// Where a ticket is in its life. Allowed moves: new -> open | waiting |
/// resolved | closed; open <-> waiting; open | waiting -> resolved | closed;
/// resolved -> open (reopen) | closed; closed is final.
enum class TicketStatus { new_ticket, open, waiting, resolved, closed };

/// A support request (support pillar).
struct Ticket {
  TicketId id{};                                     ///< assigned by the store
  ClientId client{};                                 ///< must exist
  std::string subject{};                             ///< non-empty
  bool complaint = false;                            ///< a complaint: signals a dissatisfied client
  TicketPriority priority = TicketPriority::normal;  ///< drives the SLA targets
  TicketStatus status = TicketStatus::new_ticket;    ///< see TicketStatus for the allowed moves
  std::optional<StaffId> assignee{};                 ///< who works it
  std::vector<InteractionId> interactions{};         ///< linked conversations
  Timestamp created_at{};                            ///< set by the store
  std::optional<Timestamp> first_response_at{};      ///< first staff response (SLA)
  std::optional<Timestamp> resolved_at{};            ///< last move to resolved
  std::optional<Timestamp> closed_at{};              ///< move to closed
  std::optional<int> csat{};                         ///< 1..5, recorded on resolution
  int escalations = 0;                               ///< how often an SLA breach escalated it
  /// Equal when every member is equal.
  bool operator==(const Ticket&) const = default;
};

/// Response and resolution targets for one priority.
struct SlaPolicy {
  TicketPriority priority = TicketPriority::normal;  ///< the priority it applies to
  std::chrono::minutes first_response{0};            ///< from creation to the first response
  std::chrono::minutes resolution{0};                ///< from creation to resolution
};

/// Which SLA target a breach concerns.
enum class SlaTarget { first_response, resolution };

/// Text name of a priority ("low", "normal", "high", "urgent").
std::string_view to_string(TicketPriority priority) noexcept;
/// Text name of a status ("new", "open", "waiting", "resolved", "closed").
std::string_view to_string(TicketStatus status) noexcept;
/// Text name of a target ("first_response", "resolution").
std::string_view to_string(SlaTarget target) noexcept;
/// Parses a priority name; throws InvalidArgument naming the text otherwise.
TicketPriority parse_ticket_priority(std::string_view text);
/// Parses a status name; throws InvalidArgument naming the text otherwise.
TicketStatus parse_ticket_status(std::string_view text);

}  // namespace rapport
