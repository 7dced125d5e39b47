// Retention cases, signals and offers; the PostgreSQL port of src/store/sqlite/retention.cpp.
// Not ported yet: each method says so (PgStore::unported).
#include "pg_store.hpp"

namespace rapport::store::postgres {

SignalOutcome PgStore::add_retention_signal(ClientId, const DissatisfactionSignal&, const Actor&) {
  unported("add retention signal");
}

std::optional<RetentionCase> PgStore::find_retention_case(RetentionCaseId) { unported("find retention case"); }

std::optional<RetentionCase> PgStore::open_retention_case(ClientId) { unported("open retention case"); }

RetentionCase PgStore::add_offer(RetentionCaseId, const Offer&, const Actor&) { unported("add offer"); }

RetentionCase PgStore::close_retention_case(RetentionCaseId, RetentionOutcome, const std::string&, const Actor&) {
  unported("close retention case");
}

std::vector<RetentionCase> PgStore::list_retention_cases(bool) { unported("list retention cases"); }

}  // namespace rapport::store::postgres
