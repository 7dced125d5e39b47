#pragma once

#include <string>
#include <string_view>

#include "rapport/model/ids.hpp"

namespace rapport {

/// What a staff member may do.
enum class StaffRole { agent, supervisor, admin };

/// An employee who talks to clients or oversees those who do.
struct Staff {
  StaffId id{};                       ///< assigned by the store
  std::string name{};                 ///< non-empty
  std::string email{};                ///< well-formed, unique among staff (stored lower-case)
  StaffRole role = StaffRole::agent;  ///< role
  bool active = true;                 ///< false once the person has left

  /// Equal when every member is equal.
  bool operator==(const Staff&) const = default;
};

/// Text name of a role ("agent", "supervisor", "admin").
std::string_view to_string(StaffRole role) noexcept;
/// Parses a role name; throws InvalidArgument naming the text otherwise.
StaffRole parse_staff_role(std::string_view text);

}  // namespace rapport
