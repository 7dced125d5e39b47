// The report queries; the PostgreSQL port of src/store/sqlite/reports.cpp, agent_reports.cpp and client_risk.cpp.
// Not ported yet: each method says so (PgStore::unported).
#include "pg_store.hpp"

namespace rapport::store::postgres {

std::vector<AgentActivity> PgStore::agent_activity(Timestamp, Timestamp, std::span<const std::string>) {
  unported("agent activity");
}

std::vector<AgentMarkerCount> PgStore::agent_marker_counts(Timestamp, Timestamp, std::span<const std::string>) {
  unported("agent marker counts");
}

std::vector<StrainDay> PgStore::strain_days(Timestamp, Timestamp, int) { unported("strain days"); }

std::vector<ClientRiskFactors> PgStore::client_risk_factors(Timestamp) { unported("client risk factors"); }

std::vector<QualityGroup> PgStore::quality_groups(Timestamp, Timestamp, QualityDimension) {
  unported("quality groups");
}

std::vector<DealStageCount> PgStore::deal_stage_counts(Timestamp, Timestamp) { unported("deal stage counts"); }

std::vector<std::pair<DealId, std::string>> PgStore::deal_stage_visits(Timestamp, Timestamp) {
  unported("deal stage visits");
}

std::vector<ConductEntry> PgStore::conduct_entries() { unported("conduct entries"); }

}  // namespace rapport::store::postgres
