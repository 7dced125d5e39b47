// Full-text search over clients, notes and interactions (tsvector, GIN); the PostgreSQL port of src/store/sqlite/search.cpp.
// Not ported yet: each method says so (PgStore::unported).
#include "pg_store.hpp"

namespace rapport::store::postgres {

std::vector<SearchHit> PgStore::search(std::string_view, std::size_t) { unported("search"); }

}  // namespace rapport::store::postgres
