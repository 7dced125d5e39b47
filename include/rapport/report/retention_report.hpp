#pragma once

#include <vector>

#include "rapport/crm.hpp"
#include "rapport/report/period.hpp"
#include "rapport/report/table.hpp"

namespace rapport::report {

/// Retention work in a period, and which offers keep clients.
struct RetentionSummary {
  Period period{};                             ///< the period
  std::size_t opened = 0;                      ///< cases opened in it
  std::size_t closed = 0;                      ///< cases closed in it
  std::size_t retained = 0;                    ///< of those closed, retained
  std::size_t lost = 0;                        ///< of those closed, lost
  std::size_t open_now = 0;                    ///< cases open now (any period)
  double retention_rate = 0;                   ///< retained / closed; 0 when none closed
  std::vector<OfferEffectiveness> by_offer{};  ///< over the cases closed in the period, best first
};

/// The retention summary of `period`.
RetentionSummary retention_summary(Crm& crm, const Period& period);
/// The summary as a table: one row per offer kind, then the totals.
Table to_table(const RetentionSummary& summary);

}  // namespace rapport::report
