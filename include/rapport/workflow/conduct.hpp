#pragma once

#include <string>

#include "rapport/model/actor.hpp"
#include "rapport/model/conduct.hpp"
#include "rapport/workflow/context.hpp"

namespace rapport {

/// Protects staff from abusive clients: client insult, threat and entitlement flags
/// add up to conduct points; the ladder notes and warns automatically, and only a
/// supervisor may go further (senior staff only, service suspended) or override.
/// Why never automatic past a warning: the analyzer can be wrong (sarcasm, a quoted
/// insult it missed), and refusing service to a client is a business decision a
/// person must own, with a reason on record.
/// Thread-safe; publishes ConductLevelChanged after commit.
class ConductService {
 public:
  /// Made by the Crm.
  explicit ConductService(WorkflowContext context);

  /// The client's level, history and current points; throws NotFound.
  ConductRecord record(ClientId client);
  /// Takes the automatic steps the client's points call for (never past warning,
  /// never down); called after each logged interaction with client conduct flags.
  ConductRecord apply_points(ClientId client);
  /// Raises the level with a reason approved by a staff member: up to warning any
  /// staff member may; beyond it only a supervisor or admin. Throws InvalidArgument
  /// for an empty reason, a level not above the current one, or an approver without
  /// the role (naming them); NotFound for an unknown client or approver.
  ConductRecord escalate(ClientId client, ConductLevel to, std::string reason, StaffId approver);
  /// Sets any level (also lower) with a reason; supervisor or admin only.
  ConductRecord override_level(ClientId client, ConductLevel to, std::string reason, StaffId supervisor);

 private:
  ConductRecord change(ClientId client, ConductLevel to, std::string reason, const std::string& approved_by,
                       bool automatic);

  WorkflowContext ctx_;
};

}  // namespace rapport
