#pragma once

// Audit-log rows as field changes, shared by both stores.
#include <optional>
#include <string>
#include <vector>

#include "rapport/model/client.hpp"
#include "rapport/model/note.hpp"
#include "rapport/model/staff.hpp"

namespace rapport::store {

/// One row of the audit log before it is written.
struct FieldChange {
  std::string field;
  std::optional<std::string> old_value;
  std::optional<std::string> new_value;
};

/// Audit-log field lists of each entity, as text.
std::vector<FieldChange> diff(const std::optional<Client>& before, const std::optional<Client>& after);
std::vector<FieldChange> diff(const std::optional<Staff>& before, const std::optional<Staff>& after);
std::vector<FieldChange> diff(const std::optional<Task>& before, const std::optional<Task>& after);

}  // namespace rapport::store
