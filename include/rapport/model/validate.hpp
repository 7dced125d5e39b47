#pragma once

#include <string>
#include <string_view>

#include "rapport/model/client.hpp"
#include "rapport/model/deal.hpp"
#include "rapport/model/interaction.hpp"
#include "rapport/model/note.hpp"
#include "rapport/model/retention.hpp"
#include "rapport/model/staff.hpp"
#include "rapport/model/ticket.hpp"

namespace rapport {

/// How lenient normalisation is.
struct ValidationOptions {
  /// ISO 3166 region ("PL", "GB") used to read phone numbers written without a
  /// "+country" prefix; empty means such numbers are rejected.
  std::string default_region{};
};

/// The one place each entity's rules live. Every write path of the library
/// calls these before touching storage. Each throws InvalidArgument whose
/// message names the field and the bad value.

/// Normalises (trims; lower-cases emails; E.164 phones; sorts and de-duplicates
/// tags) and checks a client.
void validate(Client& client, const ValidationOptions& options);
/// Normalises (trims, lower-cases the email) and checks a staff member.
void validate(Staff& staff);
/// Checks an interaction: valid UTF-8 everywhere, turn times in order, CSAT in 1..5, duration >= 0.
void validate(const Interaction& interaction);
/// Checks a note: client id set, non-empty valid-UTF-8 body.
void validate(const Note& note);
/// Checks a task: client id set, non-empty valid-UTF-8 title.
void validate(const Task& task);
/// Trims and checks a deal: client id set, non-empty title, valid money not negative.
/// (The stage is checked against the pipeline by DealService.)
void validate(Deal& deal);
/// Trims and checks a ticket: client id set, non-empty subject, CSAT in 1..5.
void validate(Ticket& ticket);
/// Checks an offer: valid UTF-8 note, value (when given) a valid amount not negative.
void validate(const Offer& offer);
/// Trims and checks a free-text reason (conduct steps, deal outcomes): valid UTF-8,
/// at most 2000 bytes, non-empty when `required`. `field` names it in errors.
std::string checked_reason(std::string_view field, std::string_view reason, bool required);

/// The email trimmed and lower-cased; throws InvalidArgument when it is not `local@domain.tld`.
std::string normalize_email(std::string_view email);
/// The phone number in E.164 ("+48601234567"), parsed with libphonenumber;
/// throws InvalidArgument naming the number when it cannot be parsed or is impossible.
std::string normalize_phone(std::string_view phone, std::string_view default_region = {});
/// True when `text` is well-formed UTF-8 (no overlongs, surrogates or bytes past U+10FFFF).
bool is_valid_utf8(std::string_view text) noexcept;

}  // namespace rapport
