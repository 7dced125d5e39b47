// The once-only follow-up events (due tasks, silent customers); the PostgreSQL port of src/store/sqlite/followups.cpp.
// Not ported yet: each method says so (PgStore::unported).
#include "pg_store.hpp"

namespace rapport::store::postgres {

std::vector<Task> PgStore::tasks_to_notify(Timestamp) { unported("tasks to notify"); }

bool PgStore::mark_task_notified(TaskId) { unported("mark task notified"); }

std::vector<std::pair<ClientId, Timestamp>> PgStore::silent_customers(Timestamp) { unported("silent customers"); }

bool PgStore::mark_silence_alert(ClientId, Timestamp) { unported("mark silence alert"); }

}  // namespace rapport::store::postgres
