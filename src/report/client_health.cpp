// Client health: a churn-risk score built from visible factors.
#include "rapport/report/client_health.hpp"

#include <algorithm>
#include <cstdio>

namespace rapport::report {
namespace {

std::string fixed1(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

// Each factor is capped so that no single one can make a client "at risk" alone
// beyond what it means: the weights are in docs/reports.md.
std::vector<RiskFactor> factors_of(const store::ClientRiskFactors& f, Timestamp now, int silence_days) {
  std::vector<RiskFactor> out;
  const double days = std::max(0.0, std::chrono::duration<double, std::ratio<86400>>(now - f.last_contact).count());
  const double horizon = silence_days > 0 ? silence_days : 90;
  if (days >= horizon / 6) {
    out.push_back({"recency", std::min(30.0, 30.0 * days / horizon),
                   "no contact for " + std::to_string(static_cast<long>(days)) + " days"});
  }
  if (f.csat_recent && *f.csat_recent < 3.5) {
    out.push_back({"csat", std::min(20.0, (3.5 - *f.csat_recent) * 10.0), "recent CSAT " + fixed1(*f.csat_recent)});
  }
  if (f.csat_recent && f.csat_before && *f.csat_before > *f.csat_recent) {
    out.push_back({"csat_trend", std::min(10.0, (*f.csat_before - *f.csat_recent) * 10.0),
                   "CSAT down from " + fixed1(*f.csat_before) + " to " + fixed1(*f.csat_recent)});
  }
  if (f.adversarial_recent > 0) {
    out.push_back({"adversarial", std::min(20.0, 10.0 * static_cast<double>(f.adversarial_recent)),
                   std::to_string(f.adversarial_recent) + " adversarial interaction(s)"});
  }
  if (f.open_tickets > 0) {
    out.push_back({"open_tickets", std::min(15.0, 5.0 * static_cast<double>(f.open_tickets)),
                   std::to_string(f.open_tickets) + " open ticket(s)"});
  }
  if (f.open_retention_case) out.push_back({"retention_case", 10.0, "retention case open"});
  static constexpr double kConductPoints[] = {0, 2, 5, 8, 10};
  if (f.conduct != ConductLevel::none) {
    out.push_back(
        {"conduct", kConductPoints[static_cast<int>(f.conduct)], "conduct level " + std::string(to_string(f.conduct))});
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const RiskFactor& a, const RiskFactor& b) { return a.points > b.points; });
  return out;
}

}  // namespace

std::vector<ClientRisk> at_risk(Crm& crm, Timestamp now, const RiskOptions& options) {
  const auto recent_from = now - std::chrono::days{options.recent_days};
  const int silence = crm.options().workflow.retention.no_contact_days;
  std::vector<ClientRisk> all;
  for (auto& f : crm.store().client_risk_factors(recent_from)) {
    ClientRisk r;
    r.factors = factors_of(f, now, silence);
    for (const auto& x : r.factors) r.score += x.points;
    r.score = std::min(100.0, r.score);
    if (r.score <= 0) continue;
    r.client = f.client;
    r.name = std::move(f.name);
    r.stage = std::move(f.stage);
    all.push_back(std::move(r));
  }
  const auto n = std::min(options.top, all.size());
  std::partial_sort(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(n), all.end(),
                    [](const ClientRisk& a, const ClientRisk& b) {
                      return a.score != b.score ? a.score > b.score : a.client.value < b.client.value;
                    });
  all.resize(n);
  return all;
}

Table to_table(const std::vector<ClientRisk>& risks) {
  Table t;
  t.title = "Clients most at risk";
  t.columns = {"client_id", "client", "stage", "risk", "factors"};
  for (const auto& r : risks) {
    std::string factors;
    for (const auto& f : r.factors) {
      factors += (factors.empty() ? "" : "; ") + f.name + " +" + fixed1(f.points) + " (" + f.detail + ")";
    }
    t.rows.push_back({static_cast<std::int64_t>(r.client.value), r.name, r.stage, r.score, factors});
  }
  return t;
}

}  // namespace rapport::report
