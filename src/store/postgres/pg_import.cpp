// Imports in one transaction; the PostgreSQL port of src/store/sqlite/import.cpp.
// Not ported yet: each method says so (PgStore::unported).
#include "pg_store.hpp"

namespace rapport::store::postgres {

ImportResult PgStore::import_records(const ImportBatch&, const Actor&) { unported("import records"); }

}  // namespace rapport::store::postgres
