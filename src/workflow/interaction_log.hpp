#pragma once

#include <cstdint>
#include <set>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "rapport/crm.hpp"

namespace rapport::workflow {

/// Crm::log_interactions: validate, analyse, store in one transaction, then react.
struct InteractionLog {
  InteractionLog(WorkflowContext context, ConductService& conduct_service, WellbeingService& wellbeing_service)
      : ctx(context), conduct(conduct_service), wellbeing(wellbeing_service) {}

  WorkflowContext ctx;
  ConductService& conduct;
  WellbeingService& wellbeing;

  /// Logs the interactions and publishes their events after commit.
  std::vector<LoggedInteraction> log(std::span<const Interaction> interactions, const Actor& actor);

 private:
  void react(const LoggedInteraction& logged, double strain);

  // What this batch already checked. The whole batch commits before the first
  // reaction, so a second check of the same client's points or the same
  // agent-day's strain reads the same totals and can change nothing: the
  // level already stands at what the points call for, and the strain alert is
  // marked (or below threshold). A writer committing later checks the totals
  // with this batch in them, so skipping repeats loses no alert or level.
  std::set<std::int64_t> points_checked_;
  std::set<std::pair<std::int64_t, std::string>> strain_checked_;
};

}  // namespace rapport::workflow
