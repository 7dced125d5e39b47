// Deals and their stage history; the PostgreSQL port of src/store/sqlite/deals.cpp.
// Not ported yet: each method says so (PgStore::unported).
#include "pg_store.hpp"

namespace rapport::store::postgres {

Deal PgStore::create_deal(Deal, const Actor&) { unported("create deal"); }

std::optional<Deal> PgStore::find_deal(DealId) { unported("find deal"); }

Deal PgStore::move_deal(const Deal&, const StageChange&, bool, const Actor&) { unported("move deal"); }

std::vector<Deal> PgStore::list_deals(const DealFilter&) { unported("list deals"); }

std::vector<StageChange> PgStore::stage_history(std::optional<DealId>) { unported("stage history"); }

}  // namespace rapport::store::postgres
