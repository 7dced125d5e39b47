// Text names of the workflow enums (deals, tickets, retention, conduct).
#include "enum_names.hpp"
#include "rapport/model/conduct.hpp"
#include "rapport/model/deal.hpp"
#include "rapport/model/retention.hpp"
#include "rapport/model/ticket.hpp"

namespace rapport {
namespace {

constexpr detail::EnumNames<StageOutcome, 3> kOutcomes{
    {{StageOutcome::open, "open"}, {StageOutcome::won, "won"}, {StageOutcome::lost, "lost"}}};
constexpr detail::EnumNames<TicketPriority, 4> kPriorities{{{TicketPriority::low, "low"},
                                                            {TicketPriority::normal, "normal"},
                                                            {TicketPriority::high, "high"},
                                                            {TicketPriority::urgent, "urgent"}}};
constexpr detail::EnumNames<TicketStatus, 5> kStatuses{{{TicketStatus::new_ticket, "new"},
                                                        {TicketStatus::open, "open"},
                                                        {TicketStatus::waiting, "waiting"},
                                                        {TicketStatus::resolved, "resolved"},
                                                        {TicketStatus::closed, "closed"}}};
constexpr detail::EnumNames<SlaTarget, 2> kTargets{
    {{SlaTarget::first_response, "first_response"}, {SlaTarget::resolution, "resolution"}}};
constexpr detail::EnumNames<SignalKind, 6> kSignals{{{SignalKind::low_csat, "low_csat"},
                                                     {SignalKind::complaint_ticket, "complaint_ticket"},
                                                     {SignalKind::adversarial_interaction, "adversarial_interaction"},
                                                     {SignalKind::client_threat, "client_threat"},
                                                     {SignalKind::no_contact, "no_contact"},
                                                     {SignalKind::repeated_tickets, "repeated_tickets"}}};
constexpr detail::EnumNames<OfferKind, 7> kOffers{{{OfferKind::discount, "discount"},
                                                   {OfferKind::gift, "gift"},
                                                   {OfferKind::callback, "callback"},
                                                   {OfferKind::upgrade, "upgrade"},
                                                   {OfferKind::refund, "refund"},
                                                   {OfferKind::apology, "apology"},
                                                   {OfferKind::other, "other"}}};
constexpr detail::EnumNames<RetentionOutcome, 2> kRetentionOutcomes{
    {{RetentionOutcome::retained, "retained"}, {RetentionOutcome::lost, "lost"}}};
constexpr detail::EnumNames<ConductLevel, 5> kLevels{{{ConductLevel::none, "none"},
                                                      {ConductLevel::note, "note"},
                                                      {ConductLevel::warning, "warning"},
                                                      {ConductLevel::senior_only, "senior_only"},
                                                      {ConductLevel::suspended, "suspended"}}};

}  // namespace

std::string_view to_string(StageOutcome v) noexcept { return detail::enum_name(v, kOutcomes); }
std::string_view to_string(TicketPriority v) noexcept { return detail::enum_name(v, kPriorities); }
std::string_view to_string(TicketStatus v) noexcept { return detail::enum_name(v, kStatuses); }
std::string_view to_string(SlaTarget v) noexcept { return detail::enum_name(v, kTargets); }
std::string_view to_string(SignalKind v) noexcept { return detail::enum_name(v, kSignals); }
std::string_view to_string(OfferKind v) noexcept { return detail::enum_name(v, kOffers); }
std::string_view to_string(RetentionOutcome v) noexcept { return detail::enum_name(v, kRetentionOutcomes); }
std::string_view to_string(ConductLevel v) noexcept { return detail::enum_name(v, kLevels); }

TicketPriority parse_ticket_priority(std::string_view t) {
  return detail::parse_enum(t, kPriorities, "ticket priority");
}
TicketStatus parse_ticket_status(std::string_view t) { return detail::parse_enum(t, kStatuses, "ticket status"); }
SignalKind parse_signal_kind(std::string_view t) { return detail::parse_enum(t, kSignals, "signal kind"); }
OfferKind parse_offer_kind(std::string_view t) { return detail::parse_enum(t, kOffers, "offer kind"); }
RetentionOutcome parse_retention_outcome(std::string_view t) {
  return detail::parse_enum(t, kRetentionOutcomes, "retention outcome");
}
ConductLevel parse_conduct_level(std::string_view t) { return detail::parse_enum(t, kLevels, "conduct level"); }

}  // namespace rapport
