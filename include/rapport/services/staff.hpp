#pragma once

#include <optional>
#include <vector>

#include "rapport/model/actor.hpp"
#include "rapport/model/staff.hpp"
#include "rapport/store/store.hpp"

namespace rapport {

/// Staff members. Obtained from Crm::staff(); lives as long as the Crm.
class StaffService {
 public:
  /// Binds the service to a store (which must outlive it).
  explicit StaffService(store::Store& store) : store_(store) {}

  /// Validates and stores a staff member. Throws InvalidArgument or Conflict (email used).
  Staff add(Staff staff, const Actor& actor = Actor::system());
  /// Validates and replaces a stored staff member. Throws NotFound for an unknown id.
  Staff update(Staff staff, const Actor& actor = Actor::system());
  /// The staff member; throws NotFound naming the id.
  Staff get(StaffId id);
  /// The staff member, or nothing.
  std::optional<Staff> find(StaffId id);
  /// Everybody, in id order.
  std::vector<Staff> list();

 private:
  store::Store& store_;
};

}  // namespace rapport
