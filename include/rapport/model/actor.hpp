#pragma once

#include <optional>
#include <string>

#include "rapport/model/ids.hpp"

namespace rapport {

/// Who performs a write, for the audit log: a staff member or the system.
struct Actor {
  std::optional<StaffId> staff{};  ///< empty means "system"

  /// The system itself (imports, automatic rules).
  static Actor system() noexcept { return {}; }
  /// A staff member.
  static Actor by(StaffId id) noexcept { return Actor{id}; }
  /// "system" or "staff:<id>", as written to the audit log.
  [[nodiscard]] std::string to_string() const {
    return staff ? "staff:" + std::to_string(staff->value) : std::string("system");
  }
};

}  // namespace rapport
