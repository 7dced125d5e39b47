#pragma once

#include "rapport/events.hpp"
#include "rapport/model/time.hpp"
#include "rapport/quality/analyzer.hpp"
#include "rapport/store/store.hpp"
#include "rapport/workflow/options.hpp"

namespace rapport {

/// What every workflow service works with; owned by the Crm, which outlives the services.
struct WorkflowContext {
  store::Store& store;                ///< where everything is kept
  EventBus& events;                   ///< where events are published after commit
  const WorkflowOptions& options;     ///< thresholds, pipeline, SLA
  const quality::Analyzer& analyzer;  ///< the Crm's analyzer (marker kinds, re-analysis)
  Clock clock;                        ///< "now" for workflow stamps
};

}  // namespace rapport
