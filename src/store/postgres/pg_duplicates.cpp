// Duplicate detection and atomic merge; the PostgreSQL port of src/store/sqlite/duplicates.cpp.
// Not ported yet: each method says so (PgStore::unported).
#include "pg_store.hpp"

namespace rapport::store::postgres {

std::vector<DuplicatePair> PgStore::find_duplicates(std::optional<ClientId>) { unported("find duplicates"); }

Client PgStore::merge_clients(ClientId, ClientId, const Actor&) { unported("merge clients"); }

}  // namespace rapport::store::postgres
