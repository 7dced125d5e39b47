// The conduct ladder: automatic up to a warning, a person's decision beyond.
#include "rapport/workflow/conduct.hpp"

#include "rapport/error.hpp"
#include "rapport/model/validate.hpp"

namespace rapport {
namespace {

bool may_decide_service(const Staff& s) { return s.role == StaffRole::supervisor || s.role == StaffRole::admin; }

}  // namespace

ConductService::ConductService(WorkflowContext context) : ctx_(context) {}

ConductRecord ConductService::record(ClientId client) {
  ConductRecord r = ctx_.store.conduct_record(client);
  r.points = ctx_.store.client_flag_points(client, ctx_.options.conduct.markers);
  return r;
}

ConductRecord ConductService::change(ClientId client, ConductLevel to, std::string reason,
                                     const std::string& approved_by, bool automatic) {
  const ConductRecord before = record(client);
  ConductChange c;
  c.from = before.level;
  c.to = to;
  c.reason = std::move(reason);
  c.approved_by = approved_by;
  c.automatic = automatic;
  c.points = before.points;
  c.at = ctx_.clock();
  ConductRecord after = ctx_.store.change_conduct(client, c);
  after.points = before.points;
  ctx_.events.publish(ConductLevelChanged{client, after.history.back()});
  return after;
}

ConductRecord ConductService::apply_points(ClientId client) {
  ConductRecord r = record(client);
  const auto& o = ctx_.options.conduct;
  ConductLevel due = ConductLevel::none;
  if (r.points >= o.warning_points)
    due = ConductLevel::warning;
  else if (r.points >= o.note_points)
    due = ConductLevel::note;
  if (due <= r.level) return r;  // never down, never past what a person set
  try {
    return change(client, due, std::to_string(r.points) + " conduct points from insult, threat and entitlement flags",
                  "system", true);
  } catch (const Conflict&) {
    return record(client);  // another writer moved the level first; theirs stands
  }
}

ConductRecord ConductService::escalate(ClientId client, ConductLevel to, std::string reason, StaffId approver) {
  reason = checked_reason("conduct reason", reason, true);
  const auto staff = ctx_.store.find_staff(approver);
  if (!staff) throw NotFound("staff member " + to_string(approver) + " does not exist");
  const ConductRecord r = record(client);
  if (to <= r.level) {
    throw InvalidArgument("conduct level '" + std::string(to_string(to)) + "' is not above the current '" +
                          std::string(to_string(r.level)) + "' of client " + to_string(client));
  }
  if (to > ConductLevel::warning && !may_decide_service(*staff)) {
    throw InvalidArgument("moving client " + to_string(client) + " to '" + std::string(to_string(to)) +
                          "' needs a supervisor or admin; " + staff->name + " (staff " + to_string(approver) +
                          ") is an " + std::string(to_string(staff->role)));
  }
  return change(client, to, std::move(reason), Actor::by(approver).to_string(), false);
}

ConductRecord ConductService::override_level(ClientId client, ConductLevel to, std::string reason, StaffId supervisor) {
  reason = checked_reason("conduct reason", reason, true);
  const auto staff = ctx_.store.find_staff(supervisor);
  if (!staff) throw NotFound("staff member " + to_string(supervisor) + " does not exist");
  if (!may_decide_service(*staff)) {
    throw InvalidArgument("overriding a conduct level needs a supervisor or admin; " + staff->name + " (staff " +
                          to_string(supervisor) + ") is an " + std::string(to_string(staff->role)));
  }
  const ConductRecord r = record(client);
  if (to == r.level) {
    throw InvalidArgument("client " + to_string(client) + " is already at conduct level '" +
                          std::string(to_string(to)) + "'");
  }
  return change(client, to, std::move(reason), Actor::by(supervisor).to_string(), false);
}

}  // namespace rapport
