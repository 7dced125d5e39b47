#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "rapport/model/ids.hpp"
#include "rapport/model/time.hpp"

namespace rapport {

/// The steps a business takes with an abusive client, mildest first.
enum class ConductLevel { none, note, warning, senior_only, suspended };

/// One change of a client's conduct level.
struct ConductChange {
  ConductLevel from = ConductLevel::none;  ///< before
  ConductLevel to = ConductLevel::none;    ///< after
  std::string reason{};                    ///< why (non-empty)
  std::string approved_by{};               ///< "system" for automatic steps, else "staff:<id>"
  bool automatic = false;                  ///< taken by the ladder, not by a person
  int points = 0;                          ///< the client's conduct points at the time
  Timestamp at{};                          ///< when
  /// Equal when every member is equal.
  bool operator==(const ConductChange&) const = default;
};

/// A client's conduct: the current level, the points that led to it, the history.
struct ConductRecord {
  ClientId client{};                        ///< the client
  ConductLevel level = ConductLevel::none;  ///< current level
  int points = 0;                           ///< severity points of the client's insult, threat and entitlement flags
  std::vector<ConductChange> history{};     ///< oldest first
  /// Equal when every member is equal.
  bool operator==(const ConductRecord&) const = default;
};

/// Text name of a level ("none", "note", "warning", "senior_only", "suspended").
std::string_view to_string(ConductLevel level) noexcept;
/// Parses a level name; throws InvalidArgument naming the text otherwise.
ConductLevel parse_conduct_level(std::string_view text);

}  // namespace rapport
