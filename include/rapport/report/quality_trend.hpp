#pragma once

#include <vector>

#include "rapport/crm.hpp"
#include "rapport/report/period.hpp"
#include "rapport/report/table.hpp"

namespace rapport::report {

/// Stance and conduct of the interactions of `period`, grouped by week (the Monday that
/// starts it, UTC), by channel, or by the client's language.
std::vector<store::QualityGroup> quality_trend(Crm& crm, const Period& period, store::QualityDimension by);
/// The groups as a table: key, interactions, mean stance, mean conduct, adversarial share.
Table to_table(const std::vector<store::QualityGroup>& groups, store::QualityDimension by, const Period& period);

}  // namespace rapport::report
