// Imports: clients and interactions (with their analysis) in one transaction,
// so a bad record anywhere leaves the database as it was.
#include <SQLiteCpp/Transaction.h>

#include <map>

#include "../common/import_sources.hpp"
#include "rapport/error.hpp"
#include "sqlite_store.hpp"

namespace rapport::store::sqlite {

ImportResult SqliteStore::import_records(const ImportBatch& batch, const Actor& actor) {
  std::lock_guard lock(mutex_);
  std::string where = "import";
  try {
    try {
      require_writable("import");
      WriteTransaction tx(db_, *write_lock_);
      const std::int64_t now = now_ms();
      ImportResult out;
      std::map<std::int64_t, StaffId> new_staff_id;
      for (std::size_t k = 0; k < batch.staff.size(); ++k) {
        where = source_of(batch.staff_sources, k, "staff member");
        out.staff.push_back(insert_staff(batch.staff[k], actor));
        if (batch.staff[k].id.value != 0) new_staff_id[batch.staff[k].id.value] = out.staff.back().id;
      }
      auto staff_of = [&](std::optional<StaffId>& s) {
        if (!s) return;
        if (auto it = new_staff_id.find(s->value); it != new_staff_id.end()) s = it->second;
      };
      std::map<std::int64_t, ClientId> new_id;
      for (std::size_t k = 0; k < batch.clients.size(); ++k) {
        where = source_of(batch.client_sources, k, "client");
        Client c = batch.clients[k];
        staff_of(c.owner);
        out.clients.push_back(insert_client(c, now, actor));
        if (c.id.value != 0) new_id[c.id.value] = out.clients.back().id;
      }
      for (std::size_t k = 0; k < batch.interactions.size(); ++k) {
        where = source_of(batch.interaction_sources, k, "interaction");
        Interaction in = batch.interactions[k].interaction;
        if (auto it = new_id.find(in.client.value); it != new_id.end()) in.client = it->second;
        staff_of(in.staff);
        out.interactions.push_back(insert_interaction(std::move(in), now));
        insert_quality(out.interactions.back().id, batch.interactions[k].report, batch.interactions[k].strain);
        audit(actor, "interaction", out.interactions.back().id.value, "create",
              {{"*", std::nullopt, "imported from " + where}});
      }
      tx.commit();
      return out;
    } catch (const std::exception& e) {
      fail(e, "import");
    }
  } catch (...) {
    rethrow_at(where);
  }
}

}  // namespace rapport::store::sqlite
