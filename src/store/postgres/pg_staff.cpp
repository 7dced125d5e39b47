// Staff rows.
#include "pg_store.hpp"
#include "rapport/error.hpp"

namespace rapport::store::postgres {
namespace {

Staff staff_from(const PgResult& rows, int r) {
  return Staff{StaffId{rows.int64(r, 0)}, rows.text(r, 1), rows.text(r, 2), parse_staff_role(rows.text(r, 3)),
               rows.boolean(r, 4)};
}

}  // namespace

std::optional<Staff> PgStore::load_staff(StaffId id) {
  const auto rows = conn_.exec("SELECT id, name, email, role, active FROM staff WHERE id = $1", {param(id.value)});
  if (rows.rows() == 0) return std::nullopt;
  return staff_from(rows, 0);
}

Staff PgStore::insert_staff(Staff s, const Actor& actor) {
  const auto taken = conn_.exec("SELECT id FROM staff WHERE email = $1", {param(s.email)});
  if (taken.rows() > 0) {
    throw Conflict("email '" + s.email + "' already belongs to staff " + std::to_string(taken.int64(0, 0)));
  }
  const auto id = conn_.exec("INSERT INTO staff (name, email, role, active) VALUES ($1, $2, $3, $4) RETURNING id",
                             {param(s.name), param(s.email), param(to_string(s.role)), param_bool(s.active)});
  s.id = StaffId{id.int64(0, 0)};
  audit(actor, "staff", s.id.value, "create", diff(std::nullopt, s));
  return s;
}

Staff PgStore::create_staff(Staff s, const Actor& actor) {
  std::lock_guard lock(mutex_);
  try {
    require_writable("create staff");
    PgTransaction tx(conn_);
    Staff stored = insert_staff(s, actor);
    tx.commit();
    return stored;
  } catch (const std::exception& e) {
    fail(e, "create staff '" + s.name + "'");
  }
}

Staff PgStore::update_staff(Staff s, const Actor& actor) {
  std::lock_guard lock(mutex_);
  try {
    require_writable("update staff");
    PgTransaction tx(conn_);
    // FOR UPDATE: a concurrent update of the same row waits for this one.
    const auto before_rows =
        conn_.exec("SELECT id, name, email, role, active FROM staff WHERE id = $1 FOR UPDATE", {param(s.id.value)});
    if (before_rows.rows() == 0) throw NotFound("staff " + to_string(s.id) + " does not exist");
    const std::optional<Staff> before = staff_from(before_rows, 0);
    const auto taken =
        conn_.exec("SELECT id FROM staff WHERE email = $1 AND id <> $2", {param(s.email), param(s.id.value)});
    if (taken.rows() > 0) {
      throw Conflict("email '" + s.email + "' already belongs to staff " + std::to_string(taken.int64(0, 0)));
    }
    conn_.exec("UPDATE staff SET name = $1, email = $2, role = $3, active = $4 WHERE id = $5",
               {param(s.name), param(s.email), param(to_string(s.role)), param_bool(s.active), param(s.id.value)});
    audit(actor, "staff", s.id.value, "update", diff(before, s));
    tx.commit();
    return s;
  } catch (const std::exception& e) {
    fail(e, "update staff " + to_string(s.id));
  }
}

std::optional<Staff> PgStore::find_staff(StaffId id) {
  std::lock_guard lock(mutex_);
  try {
    return load_staff(id);
  } catch (const std::exception& e) {
    fail(e, "read staff " + to_string(id));
  }
}

std::vector<Staff> PgStore::list_staff() {
  std::lock_guard lock(mutex_);
  try {
    const auto rows = conn_.exec("SELECT id, name, email, role, active FROM staff ORDER BY id");
    std::vector<Staff> out;
    for (int r = 0; r < rows.rows(); ++r) out.push_back(staff_from(rows, r));
    return out;
  } catch (const std::exception& e) {
    fail(e, "list staff");
  }
}

}  // namespace rapport::store::postgres
