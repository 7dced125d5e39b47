// Interactions with their turns and full-text rows; the PostgreSQL port of src/store/sqlite/interactions.cpp.
// Not ported yet: each method says so (PgStore::unported).
#include "pg_store.hpp"

namespace rapport::store::postgres {

std::vector<Interaction> PgStore::create_interactions(std::span<const Interaction>, const Actor&) {
  unported("create interactions");
}

std::optional<Interaction> PgStore::find_interaction(InteractionId) { unported("find interaction"); }

Page<Interaction, InteractionCursor> PgStore::list_interactions(ClientId, std::optional<InteractionCursor>,
                                                                std::size_t) {
  unported("list interactions");
}

void PgStore::remove_interaction(InteractionId, const Actor&) { unported("remove interaction"); }

}  // namespace rapport::store::postgres
