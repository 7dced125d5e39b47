#pragma once

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "rapport/model/ids.hpp"
#include "rapport/model/time.hpp"

namespace rapport {

/// Whether a client is a person or a company.
enum class ClientKind { person, company };

/// Where a client stands in its relationship with the business.
enum class LifecycleStage {
  lead,      ///< known, not yet qualified
  prospect,  ///< qualified, not yet buying
  customer,  ///< buys or has bought
  former,    ///< used to be a customer
};

/// A custom field's value: text, number, yes/no or a calendar date.
using FieldValue = std::variant<std::string, double, bool, std::chrono::year_month_day>;

/// What the client allows the business to do with their contact data.
struct Consent {
  bool marketing = false;  ///< may receive marketing messages

  /// Equal when every flag is equal.
  bool operator==(const Consent&) const = default;
};

/// A person or company the business serves.
///
/// Invariants (checked on every write): non-empty valid-UTF-8 name; each email
/// well-formed and unique across clients (stored lower-case); each phone
/// parseable and stored in E.164; language a lower-case code of 2-3 letters
/// (optionally with a region, "pt-br") or empty; tags and field keys non-empty.
struct Client {
  ClientId id{};                                ///< assigned by the store
  ClientKind kind = ClientKind::person;         ///< person or company
  std::string name{};                           ///< display name
  std::vector<std::string> emails{};            ///< first is the primary
  std::vector<std::string> phones{};            ///< E.164 after a write, e.g. "+48601234567"
  std::string language{};                       ///< e.g. "en", "ru", "uk", "pl", "ro"
  LifecycleStage stage = LifecycleStage::lead;  ///< lifecycle stage
  std::optional<StaffId> owner{};               ///< the staff member responsible
  std::vector<std::string> tags{};              ///< free labels, kept sorted and unique
  std::map<std::string, FieldValue> fields{};   ///< custom fields
  Consent consent{};                            ///< contact permissions
  Timestamp created_at{};                       ///< set by the store
  Timestamp updated_at{};                       ///< set by the store on each update

  /// Equal when every member is equal.
  bool operator==(const Client&) const = default;
};

/// Text name of a kind ("person", "company").
std::string_view to_string(ClientKind kind) noexcept;
/// Text name of a stage ("lead", "prospect", "customer", "former").
std::string_view to_string(LifecycleStage stage) noexcept;
/// Parses a kind name; throws InvalidArgument naming the text otherwise.
ClientKind parse_client_kind(std::string_view text);
/// Parses a stage name; throws InvalidArgument naming the text otherwise.
LifecycleStage parse_lifecycle_stage(std::string_view text);

}  // namespace rapport
