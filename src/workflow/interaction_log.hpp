#pragma once

#include <span>
#include <vector>

#include "rapport/crm.hpp"

namespace rapport::workflow {

/// Crm::log_interactions: validate, analyse, store in one transaction, then react.
struct InteractionLog {
  WorkflowContext ctx;
  ConductService& conduct;
  WellbeingService& wellbeing;

  /// Logs the interactions and publishes their events after commit.
  std::vector<LoggedInteraction> log(std::span<const Interaction> interactions, const Actor& actor);

 private:
  void react(const LoggedInteraction& logged, double strain);
};

}  // namespace rapport::workflow
