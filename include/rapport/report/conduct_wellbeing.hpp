#pragma once

#include <vector>

#include "rapport/crm.hpp"
#include "rapport/report/period.hpp"
#include "rapport/report/table.hpp"

namespace rapport::report {

/// Who the business protects its people from, and what the work costs them.
struct ConductWellbeing {
  Period period{};                             ///< the period of the strain figures
  std::vector<store::ConductEntry> clients{};  ///< clients above conduct level none, most severe first
  std::vector<store::StrainDay> strain{};      ///< agents' strain per business day in the period
  double threshold = 0;                        ///< the strain threshold (WellbeingOptions)
};

/// Clients by conduct level with the reason, and agents' strain by day in `period`.
ConductWellbeing conduct_wellbeing(Crm& crm, const Period& period);
/// Clients by conduct level: level, client, reason, who approved, when.
Table conduct_table(const ConductWellbeing& report);
/// Agents' strain by day, marking the days at or over the threshold.
Table strain_table(const ConductWellbeing& report);

}  // namespace rapport::report
