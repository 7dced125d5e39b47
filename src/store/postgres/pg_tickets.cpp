// Tickets, their links and SLA breaches; the PostgreSQL port of src/store/sqlite/tickets.cpp.
#include <map>

#include "pg_store.hpp"
#include "rapport/error.hpp"
#include "text/fold.hpp"

namespace rapport::store::postgres {
namespace {

constexpr const char* kTicketColumns =
    "SELECT id, client_id, subject, complaint, priority, status, assignee_id, created_ms, first_response_ms, "
    "resolved_ms, closed_ms, csat, escalations FROM tickets ";

Ticket ticket_from(const PgResult& rows, int r) {
  Ticket t;
  t.id = TicketId{rows.int64(r, 0)};
  t.client = ClientId{rows.int64(r, 1)};
  t.subject = rows.text(r, 2);
  t.complaint = rows.boolean(r, 3);
  t.priority = parse_ticket_priority(rows.text(r, 4));
  t.status = parse_ticket_status(rows.text(r, 5));
  if (!rows.is_null(r, 6)) t.assignee = StaffId{rows.int64(r, 6)};
  t.created_at = from_unix_ms(rows.int64(r, 7));
  if (!rows.is_null(r, 8)) t.first_response_at = from_unix_ms(rows.int64(r, 8));
  if (!rows.is_null(r, 9)) t.resolved_at = from_unix_ms(rows.int64(r, 9));
  if (!rows.is_null(r, 10)) t.closed_at = from_unix_ms(rows.int64(r, 10));
  if (!rows.is_null(r, 11)) t.csat = static_cast<int>(rows.int64(r, 11));
  t.escalations = static_cast<int>(rows.int64(r, 12));
  return t;
}

Param optional_ms(const std::optional<Timestamp>& t) { return t ? param(to_unix_ms(*t)) : Param{}; }

std::string ticket_fields(const Ticket& t) {
  return std::string(to_string(t.status)) + "/" + std::string(to_string(t.priority));
}

}  // namespace

std::vector<Ticket> PgStore::load_tickets(const std::string& where, const std::vector<Param>& params,
                                          std::string_view row_lock) {
  const auto rows = conn_.exec(std::string(kTicketColumns) + where + " ORDER BY id " + std::string(row_lock), params);
  std::vector<Ticket> out;
  if (rows.rows() == 0) return out;
  std::map<std::int64_t, std::size_t> index;
  std::string ids = "{";
  for (int r = 0; r < rows.rows(); ++r) {
    out.push_back(ticket_from(rows, r));
    index.emplace(out.back().id.value, out.size() - 1);
    if (ids.size() > 1) ids += ',';
    ids += std::to_string(out.back().id.value);
  }
  ids += '}';
  const auto links = conn_.exec(
      "SELECT ticket_id, interaction_id FROM ticket_interactions WHERE ticket_id = ANY($1::bigint[]) "
      "ORDER BY ticket_id, interaction_id",
      {ids});
  for (int r = 0; r < links.rows(); ++r) {
    out[index.at(links.int64(r, 0))].interactions.push_back(InteractionId{links.int64(r, 1)});
  }
  return out;
}

std::optional<Ticket> PgStore::load_ticket(TicketId id, std::string_view row_lock) {
  auto found = load_tickets("WHERE id = $1", {param(id.value)}, row_lock);
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

void PgStore::link_ticket_interactions(TicketId ticket, const std::vector<InteractionId>& interactions) {
  for (const auto interaction : interactions) {
    // Named by id, as the other NotFound errors, rather than by the foreign key's name.
    if (conn_.exec("SELECT 1 FROM interactions WHERE id = $1 FOR KEY SHARE", {param(interaction.value)}).rows() == 0) {
      throw NotFound("interaction " + to_string(interaction) + " does not exist");
    }
    conn_.exec(
        "INSERT INTO ticket_interactions (ticket_id, interaction_id) VALUES ($1, $2) "
        "ON CONFLICT (ticket_id, interaction_id) DO NOTHING",
        {param(ticket.value), param(interaction.value)});
  }
}

Ticket PgStore::create_ticket(Ticket ticket, const Actor& actor) {
  return write("create ticket '" + ticket.subject + "'", [&] {
    require_client(ticket.client);
    if (ticket.assignee) require_staff(*ticket.assignee);
    const auto id = conn_.exec(
        "INSERT INTO tickets (client_id, subject, subject_key, complaint, priority, status, assignee_id, created_ms) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        {param(ticket.client.value), param(ticket.subject), param(text::search_fold(ticket.subject)),
         param_bool(ticket.complaint), param(to_string(ticket.priority)), param(to_string(ticket.status)),
         ticket.assignee ? param(ticket.assignee->value) : Param{}, param(now_ms())});
    const TicketId ticket_id{id.int64(0, 0)};
    link_ticket_interactions(ticket_id, ticket.interactions);
    audit(actor, "ticket", ticket_id.value, "create", {{"*", std::nullopt, ticket.subject}});
    return *load_ticket(ticket_id);
  });
}

std::optional<Ticket> PgStore::find_ticket(TicketId id) {
  return read("read ticket " + to_string(id), [&] {
    PgTransaction tx(conn_);
    read_snapshot();
    auto found = load_ticket(id);
    tx.commit();
    return found;
  });
}

Ticket PgStore::update_ticket(const Ticket& ticket, TicketStatus expected_status, const Actor& actor) {
  return write("update ticket " + to_string(ticket.id), [&] {
    // FOR UPDATE: a concurrent update of the same ticket waits here, then sees
    // this one's status, so two processes cannot both pass the check.
    const auto current = load_ticket(ticket.id, "FOR UPDATE");
    if (!current) throw NotFound("ticket " + to_string(ticket.id) + " does not exist");
    if (current->status != expected_status) {
      throw Conflict("ticket " + to_string(ticket.id) + " is '" + std::string(to_string(current->status)) + "', not '" +
                     std::string(to_string(expected_status)) + "' (changed by someone else?)");
    }
    if (ticket.assignee) require_staff(*ticket.assignee);
    conn_.exec(
        "UPDATE tickets SET subject = $1, subject_key = $2, complaint = $3, priority = $4, status = $5, "
        "assignee_id = $6, first_response_ms = $7, resolved_ms = $8, closed_ms = $9, csat = $10, escalations = $11 "
        "WHERE id = $12",
        {param(ticket.subject), param(text::search_fold(ticket.subject)), param_bool(ticket.complaint),
         param(to_string(ticket.priority)), param(to_string(ticket.status)),
         ticket.assignee ? param(ticket.assignee->value) : Param{}, optional_ms(ticket.first_response_at),
         optional_ms(ticket.resolved_at), optional_ms(ticket.closed_at),
         ticket.csat ? param(static_cast<std::int64_t>(*ticket.csat)) : Param{},
         param(static_cast<std::int64_t>(ticket.escalations)), param(ticket.id.value)});
    link_ticket_interactions(ticket.id, ticket.interactions);
    if (ticket_fields(*current) != ticket_fields(ticket)) {
      audit(actor, "ticket", ticket.id.value, "update",
            {{"status/priority", ticket_fields(*current), ticket_fields(ticket)}});
    }
    return *load_ticket(ticket.id);
  });
}

std::vector<Ticket> PgStore::list_tickets(const TicketFilter& filter) {
  return read("list tickets", [&] {
    PgTransaction tx(conn_);
    read_snapshot();
    auto out = load_tickets(
        "WHERE ($1::bigint IS NULL OR client_id = $1) AND ($2::text IS NULL OR status = $2) "
        "AND (NOT $3::boolean OR status IN ('new', 'open', 'waiting'))",
        {filter.client ? param(filter.client->value) : Param{},
         filter.status ? param(to_string(*filter.status)) : Param{}, param_bool(filter.unresolved_only)});
    tx.commit();
    return out;
  });
}

bool PgStore::record_sla_breach(TicketId ticket, SlaTarget target, Timestamp at) {
  return write("record SLA breach of ticket " + to_string(ticket), [&] {
    // The primary key (ticket, target) decides: of racing processes, one inserts
    // the row; the others wait for it to commit, then insert nothing.
    return conn_
               .exec(
                   "INSERT INTO sla_breaches (ticket_id, target, at_ms) VALUES ($1, $2, $3) "
                   "ON CONFLICT (ticket_id, target) DO NOTHING RETURNING 1",
                   {param(ticket.value), param(to_string(target)), param(to_unix_ms(at))})
               .rows() == 1;
  });
}

std::size_t PgStore::count_similar_tickets(ClientId client, std::string_view subject, Timestamp since) {
  return read("count tickets of client " + to_string(client), [&] {
    return static_cast<std::size_t>(
        conn_
            .exec("SELECT COUNT(*) FROM tickets WHERE client_id = $1 AND subject_key = $2 AND created_ms >= $3",
                  {param(client.value), param(text::search_fold(subject)), param(to_unix_ms(since))})
            .int64(0, 0));
  });
}

}  // namespace rapport::store::postgres
