// Analysed interactions, their stored quality and the strain figures; the PostgreSQL port of src/store/sqlite/quality.cpp.
// Not ported yet: each method says so (PgStore::unported).
#include "pg_store.hpp"

namespace rapport::store::postgres {

std::vector<Interaction> PgStore::log_interactions(std::span<const AnalyzedInteraction>, const Actor&) {
  unported("log interactions");
}

std::optional<StoredQuality> PgStore::find_quality(InteractionId) { unported("find quality"); }

void PgStore::replace_quality(InteractionId, const quality::QualityReport&, double) { unported("replace quality"); }

std::vector<InteractionId> PgStore::interactions_between(Timestamp, Timestamp, std::optional<InteractionId>,
                                                         std::size_t) {
  unported("interactions between");
}

double PgStore::staff_strain(StaffId, Timestamp, Timestamp) { unported("staff strain"); }

bool PgStore::mark_strain_alert(StaffId, std::string_view) { unported("mark strain alert"); }

std::vector<FlagRecord> PgStore::staff_flags(StaffId, quality::Side, Timestamp, Timestamp) { unported("staff flags"); }

int PgStore::client_flag_points(ClientId, std::span<const std::string>) { unported("client flag points"); }

}  // namespace rapport::store::postgres
