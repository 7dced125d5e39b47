#pragma once

#include <string>
#include <vector>

#include "rapport/crm.hpp"
#include "rapport/report/table.hpp"

namespace rapport::report {

/// One contribution to a client's churn risk, shown so a person can act on it.
struct RiskFactor {
  std::string name{};  ///< "recency", "csat", "csat_trend", "adversarial", "open_tickets", "retention_case", "conduct"
  double points = 0;   ///< its share of the score
  std::string detail{};  ///< e.g. "no contact for 84 days"
};

/// A client's churn risk: 0 (safe) to 100, the sum of its factors (capped).
struct ClientRisk {
  ClientId client{};                  ///< the client
  std::string name{};                 ///< their name
  std::string stage{};                ///< lifecycle stage
  double score = 0;                   ///< 0..100
  std::vector<RiskFactor> factors{};  ///< the non-zero factors, largest first
};

/// Knobs of the risk score (docs/reports.md explains each factor).
struct RiskOptions {
  int recent_days = 90;  ///< the window for "recent" CSAT and adversarial interactions
  std::size_t top = 20;  ///< how many clients to return
};

/// The `options.top` clients most at risk at `now`, highest score first (ties: lower id).
/// Clients in the `former` stage are left out; clients with score 0 too.
std::vector<ClientRisk> at_risk(Crm& crm, Timestamp now, const RiskOptions& options = {});
/// The risk list as a table: score, client, and the factors as "name +points (detail)".
Table to_table(const std::vector<ClientRisk>& risks);

}  // namespace rapport::report
