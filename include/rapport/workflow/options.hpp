#pragma once

#include <chrono>
#include <cstddef>
#include <string>
#include <vector>

#include "rapport/model/deal.hpp"
#include "rapport/model/ticket.hpp"

namespace rapport {

/// When a client counts as dissatisfied (each signal can be switched off).
struct RetentionOptions {
  int low_csat = 2;                       ///< a CSAT at or under this is a signal (0 turns it off)
  bool adversarial_interaction = true;    ///< an adversarial interaction is a signal
  bool client_threat = true;              ///< a client `threat` flag is a signal
  bool complaint_ticket = true;           ///< a ticket marked as a complaint is a signal
  int no_contact_days = 90;               ///< a customer silent this long is a signal (0 turns it off)
  std::size_t repeated_tickets = 3;       ///< this many tickets on one subject ... (0 turns it off)
  int repeated_tickets_window_days = 30;  ///< ... within this many days is a signal
};

/// The automatic steps of the conduct ladder. Steps past `warning` are never
/// automatic: restricting or suspending service is a person's decision.
struct ConductOptions {
  std::vector<std::string> markers{"insult", "threat", "entitlement"};  ///< client markers that count
  int note_points = 2;                                                  ///< severity points at which a note is recorded
  int warning_points = 6;  ///< severity points at which the client is warned
};

/// How staff strain is measured (see WellbeingService::strain_of).
struct WellbeingOptions {
  double strain_threshold = 12.0;  ///< a day's strain at or above this publishes AgentStrainCrossed
  int day_offset_minutes = 0;      ///< business day = UTC day shifted by this (e.g. 120 for UTC+2)
  int shift_start_hour = 9;        ///< local hour the working day starts (for "early in the day")
  int shift_hours = 8;             ///< length of the working day
};

/// Configuration of the three pillars and the people-protection workflows.
struct WorkflowOptions {
  Pipeline pipeline = Pipeline::standard();  ///< sales stages and probabilities
  /// SLA targets per priority: low 8 h / 5 d, normal 4 h / 2 d, high 1 h / 1 d, urgent 15 min / 4 h.
  std::vector<SlaPolicy> sla{{TicketPriority::low, std::chrono::hours{8}, std::chrono::hours{120}},
                             {TicketPriority::normal, std::chrono::hours{4}, std::chrono::hours{48}},
                             {TicketPriority::high, std::chrono::hours{1}, std::chrono::hours{24}},
                             {TicketPriority::urgent, std::chrono::minutes{15}, std::chrono::hours{4}}};
  RetentionOptions retention{};  ///< dissatisfaction signals
  ConductOptions conduct{};      ///< conduct ladder
  WellbeingOptions wellbeing{};  ///< staff strain
  bool default_policies = true;  ///< install the default hooks (see Crm::default_retention_policy)
};

}  // namespace rapport
