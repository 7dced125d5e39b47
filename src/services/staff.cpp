// Staff service: validation in front of the store.
#include "rapport/services/staff.hpp"

#include "rapport/error.hpp"
#include "rapport/model/validate.hpp"

namespace rapport {

Staff StaffService::add(Staff staff, const Actor& actor) {
  validate(staff);
  return store_.create_staff(std::move(staff), actor);
}

Staff StaffService::update(Staff staff, const Actor& actor) {
  validate(staff);
  return store_.update_staff(std::move(staff), actor);
}

Staff StaffService::get(StaffId id) {
  auto s = store_.find_staff(id);
  if (!s) throw NotFound("staff " + to_string(id) + " does not exist");
  return std::move(*s);
}

std::optional<Staff> StaffService::find(StaffId id) { return store_.find_staff(id); }

std::vector<Staff> StaffService::list() { return store_.list_staff(); }

}  // namespace rapport
