// Tickets, their links and SLA breaches; the PostgreSQL port of src/store/sqlite/tickets.cpp.
// Not ported yet: each method says so (PgStore::unported).
#include "pg_store.hpp"

namespace rapport::store::postgres {

Ticket PgStore::create_ticket(Ticket, const Actor&) { unported("create ticket"); }

std::optional<Ticket> PgStore::find_ticket(TicketId) { unported("find ticket"); }

Ticket PgStore::update_ticket(const Ticket&, TicketStatus, const Actor&) { unported("update ticket"); }

std::vector<Ticket> PgStore::list_tickets(const TicketFilter&) { unported("list tickets"); }

bool PgStore::record_sla_breach(TicketId, SlaTarget, Timestamp) { unported("record sla breach"); }

std::size_t PgStore::count_similar_tickets(ClientId, std::string_view, Timestamp) { unported("count similar tickets"); }

}  // namespace rapport::store::postgres
