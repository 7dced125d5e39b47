// Staff rows.
#include <SQLiteCpp/Transaction.h>

#include "rapport/error.hpp"
#include "sqlite_store.hpp"

namespace rapport::store::sqlite {

std::optional<Staff> SqliteStore::load_staff(StaffId id) {
  auto st = prepare("SELECT name, email, role, active FROM staff WHERE id = ?");
  st->bind(1, static_cast<int64_t>(id.value));
  if (!st->executeStep()) return std::nullopt;
  return Staff{id, st->getColumn(0).getString(), st->getColumn(1).getString(),
               parse_staff_role(st->getColumn(2).getString()), st->getColumn(3).getInt() != 0};
}

Staff SqliteStore::insert_staff(Staff s, const Actor& actor) {
  {
    auto taken = prepare("SELECT id FROM staff WHERE email = ?");
    taken->bind(1, s.email);
    if (taken->executeStep()) {
      throw Conflict("email '" + s.email + "' already belongs to staff " +
                     std::to_string(taken->getColumn(0).getInt64()));
    }
  }
  auto st = prepare("INSERT INTO staff (name, email, role, active) VALUES (?, ?, ?, ?)");
  st->bind(1, s.name);
  st->bind(2, s.email);
  st->bind(3, std::string(to_string(s.role)));
  st->bind(4, s.active ? 1 : 0);
  st->exec();
  s.id = StaffId{db_.getLastInsertRowid()};
  audit(actor, "staff", s.id.value, "create", diff(std::nullopt, s));
  return s;
}

Staff SqliteStore::create_staff(Staff s, const Actor& actor) {
  std::lock_guard lock(mutex_);
  try {
    require_writable("create staff");
    WriteTransaction tx(db_, *write_lock_);
    Staff stored = insert_staff(s, actor);
    tx.commit();
    return stored;
  } catch (const std::exception& e) {
    fail(e, "create staff '" + s.name + "'");
  }
}

Staff SqliteStore::update_staff(Staff s, const Actor& actor) {
  std::lock_guard lock(mutex_);
  try {
    require_writable("update staff");
    WriteTransaction tx(db_, *write_lock_);
    const auto before = load_staff(s.id);
    if (!before) throw NotFound("staff " + to_string(s.id) + " does not exist");
    {
      auto taken = prepare("SELECT id FROM staff WHERE email = ? AND id <> ?");
      taken->bind(1, s.email);
      taken->bind(2, static_cast<int64_t>(s.id.value));
      if (taken->executeStep()) {
        throw Conflict("email '" + s.email + "' already belongs to staff " +
                       std::to_string(taken->getColumn(0).getInt64()));
      }
    }
    auto st = prepare("UPDATE staff SET name = ?, email = ?, role = ?, active = ? WHERE id = ?");
    st->bind(1, s.name);
    st->bind(2, s.email);
    st->bind(3, std::string(to_string(s.role)));
    st->bind(4, s.active ? 1 : 0);
    st->bind(5, static_cast<int64_t>(s.id.value));
    st->exec();
    audit(actor, "staff", s.id.value, "update", diff(before, s));
    tx.commit();
    return s;
  } catch (const std::exception& e) {
    fail(e, "update staff " + to_string(s.id));
  }
}

std::optional<Staff> SqliteStore::find_staff(StaffId id) {
  std::lock_guard lock(mutex_);
  try {
    return load_staff(id);
  } catch (const std::exception& e) {
    fail(e, "read staff " + to_string(id));
  }
}

std::vector<Staff> SqliteStore::list_staff() {
  std::lock_guard lock(mutex_);
  try {
    auto st = prepare("SELECT id, name, email, role, active FROM staff ORDER BY id");
    std::vector<Staff> out;
    while (st->executeStep()) {
      out.push_back(Staff{StaffId{st->getColumn(0).getInt64()}, st->getColumn(1).getString(),
                          st->getColumn(2).getString(), parse_staff_role(st->getColumn(3).getString()),
                          st->getColumn(4).getInt() != 0});
    }
    return out;
  } catch (const std::exception& e) {
    fail(e, "list staff");
  }
}

}  // namespace rapport::store::sqlite
