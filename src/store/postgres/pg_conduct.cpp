// Client conduct levels and their history; the PostgreSQL port of src/store/sqlite/conduct.cpp.
// Not ported yet: each method says so (PgStore::unported).
#include "pg_store.hpp"

namespace rapport::store::postgres {

ConductRecord PgStore::conduct_record(ClientId) { unported("conduct record"); }

ConductRecord PgStore::change_conduct(ClientId, const ConductChange&) { unported("change conduct"); }

}  // namespace rapport::store::postgres
