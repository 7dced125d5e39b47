#pragma once

#include <string>
#include <vector>

#include "rapport/model/interaction.hpp"
#include "rapport/quality/report.hpp"
#include "rapport/store/workflow_store.hpp"
#include "rapport/workflow/context.hpp"

namespace rapport {

/// Staff wellbeing: how much client hostility each agent absorbs per day, and a
/// coaching list (not a punishment score) of their own adversarial moments.
/// Thread-safe; Crm::log_interaction publishes AgentStrainCrossed once per agent and day.
class WellbeingService {
 public:
  /// Made by the Crm.
  explicit WellbeingService(WorkflowContext context);

  /// The strain one interaction adds to its agent's day: A x (1 + min(minutes, 60) / 10)
  /// x (1 + 0.5 x share of the working day still ahead), where A is the severity sum of
  /// client-side conduct flags (0 without them). A hostile 20-minute call early in the
  /// day counts more than a short one late.
  [[nodiscard]] double strain_of(const Interaction& interaction, const quality::QualityReport& report) const;
  /// The business day of a time, "YYYY-MM-DD" (UTC shifted by WellbeingOptions::day_offset_minutes).
  [[nodiscard]] std::string business_day(Timestamp t) const;
  /// The agent's strain on the business day containing `t`.
  double day_strain(StaffId staff, Timestamp t);
  /// The agent's staff-side adversarial flags in [from, to), with evidence, oldest first.
  std::vector<store::FlagRecord> coaching(StaffId staff, Timestamp from, Timestamp to);

 private:
  WorkflowContext ctx_;
};

}  // namespace rapport
