#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rapport/model/ids.hpp"
#include "rapport/model/money.hpp"
#include "rapport/model/time.hpp"

namespace rapport {

/// Why rapport thinks a client is dissatisfied.
enum class SignalKind {
  low_csat,                 ///< an interaction or ticket rated at or under the CSAT threshold
  complaint_ticket,         ///< the client filed a complaint
  adversarial_interaction,  ///< a conversation where staff fought the client
  client_threat,            ///< the client threatened to complain, sue, leave a review
  no_contact,               ///< a customer not contacted for too long
  repeated_tickets,         ///< several tickets on one subject
};

/// One piece of evidence that a client is dissatisfied.
struct DissatisfactionSignal {
  SignalKind kind = SignalKind::low_csat;  ///< what happened
  std::string source{};                    ///< what it came from: "interaction:12", "ticket:4", "" for none
  std::string detail{};                    ///< human-readable, e.g. "CSAT 1"
  Timestamp at{};                          ///< when it was seen
  /// Equal when every member is equal.
  bool operator==(const DissatisfactionSignal&) const = default;
};

/// What a business offered to keep a client.
enum class OfferKind { discount, gift, callback, upgrade, refund, apology, other };

/// One offer made in a retention case.
struct Offer {
  OfferKind kind = OfferKind::other;  ///< what kind
  std::optional<Money> value{};       ///< its worth, not negative
  std::string note{};                 ///< free text
  Timestamp at{};                     ///< set by the store
  std::optional<StaffId> by{};        ///< who made it
  /// Equal when every member is equal.
  bool operator==(const Offer&) const = default;
};

/// How a retention case ended.
enum class RetentionOutcome { retained, lost };

/// The work of keeping one dissatisfied client (retain pillar). At most one case
/// per client is open at a time; new signals join the open case.
struct RetentionCase {
  RetentionCaseId id{};                          ///< assigned by the store
  ClientId client{};                             ///< the client
  Timestamp opened_at{};                         ///< when the first signal opened it
  std::vector<DissatisfactionSignal> signals{};  ///< the triggers, in order
  std::vector<Offer> offers{};                   ///< offers made, in order
  std::optional<RetentionOutcome> outcome{};     ///< set when closed
  std::string outcome_note{};                    ///< free text on closing
  std::optional<Timestamp> closed_at{};          ///< set when closed
  /// True while no outcome is recorded.
  [[nodiscard]] bool open() const noexcept { return !outcome.has_value(); }
  /// Equal when every member is equal.
  bool operator==(const RetentionCase&) const = default;
};

/// Text name of a signal kind ("low_csat", ...).
std::string_view to_string(SignalKind kind) noexcept;
/// Text name of an offer kind ("discount", ...).
std::string_view to_string(OfferKind kind) noexcept;
/// Text name of an outcome ("retained", "lost").
std::string_view to_string(RetentionOutcome outcome) noexcept;
/// Parses a signal kind; throws InvalidArgument naming the text otherwise.
SignalKind parse_signal_kind(std::string_view text);
/// Parses an offer kind; throws InvalidArgument naming the text otherwise.
OfferKind parse_offer_kind(std::string_view text);
/// Parses an outcome; throws InvalidArgument naming the text otherwise.
RetentionOutcome parse_retention_outcome(std::string_view text);

}  // namespace rapport
