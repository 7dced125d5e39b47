// Imports in one transaction; the PostgreSQL port of src/store/sqlite/import.cpp.
#include <map>

#include "../common/import_sources.hpp"
#include "pg_store.hpp"
#include "rapport/error.hpp"

namespace rapport::store::postgres {

ImportResult PgStore::import_records(const ImportBatch& batch, const Actor& actor) {
  std::string where = "import";
  try {
    return write("import", [&] {
      where = "import";  // a retried run starts over
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
      // The interactions go in as one batch (a few statements, however many
      // there are); a missing client or staff member still names its record.
      std::vector<Interaction> interactions;
      for (const auto& item : batch.interactions) {
        Interaction in = item.interaction;
        if (auto it = new_id.find(in.client.value); it != new_id.end()) in.client = it->second;
        staff_of(in.staff);
        interactions.push_back(std::move(in));
      }
      std::size_t failed = 0;
      try {
        where = "import";
        out.interactions = insert_interactions(std::move(interactions), now, &failed);
      } catch (const NotFound&) {
        where = source_of(batch.interaction_sources, failed, "interaction");
        throw;
      }
      std::vector<InteractionId> ids;
      std::vector<const quality::QualityReport*> reports;
      std::vector<double> strains;
      std::vector<std::string> summaries;
      for (std::size_t k = 0; k < out.interactions.size(); ++k) {
        ids.push_back(out.interactions[k].id);
        reports.push_back(&batch.interactions[k].report);
        strains.push_back(batch.interactions[k].strain);
        summaries.push_back("imported from " + source_of(batch.interaction_sources, k, "interaction"));
      }
      insert_quality(ids, reports, strains);
      audit_created(actor.to_string(), out.interactions, summaries);
      return out;
    });
  } catch (...) {
    rethrow_at(where);
  }
}

}  // namespace rapport::store::postgres
