// Tickets, their linked interactions and SLA breaches.
#include <SQLiteCpp/Transaction.h>

#include "rapport/error.hpp"
#include "sqlite_store.hpp"
#include "text/fold.hpp"

namespace rapport::store::sqlite {
namespace {

constexpr const char* kTicketColumns =
    "id, client_id, subject, complaint, priority, status, assignee_id, created_ms, first_response_ms, resolved_ms, "
    "closed_ms, csat, escalations";

Ticket read_ticket(SQLite::Statement& st) {
  Ticket t;
  t.id = TicketId{st.getColumn(0).getInt64()};
  t.client = ClientId{st.getColumn(1).getInt64()};
  t.subject = st.getColumn(2).getString();
  t.complaint = st.getColumn(3).getInt() != 0;
  t.priority = parse_ticket_priority(st.getColumn(4).getString());
  t.status = parse_ticket_status(st.getColumn(5).getString());
  if (!st.getColumn(6).isNull()) t.assignee = StaffId{st.getColumn(6).getInt64()};
  t.created_at = from_unix_ms(st.getColumn(7).getInt64());
  if (!st.getColumn(8).isNull()) t.first_response_at = from_unix_ms(st.getColumn(8).getInt64());
  if (!st.getColumn(9).isNull()) t.resolved_at = from_unix_ms(st.getColumn(9).getInt64());
  if (!st.getColumn(10).isNull()) t.closed_at = from_unix_ms(st.getColumn(10).getInt64());
  if (!st.getColumn(11).isNull()) t.csat = st.getColumn(11).getInt();
  t.escalations = st.getColumn(12).getInt();
  return t;
}

void bind_optional_ms(SQLite::Statement& st, int index, const std::optional<Timestamp>& t) {
  if (t)
    st.bind(index, static_cast<int64_t>(to_unix_ms(*t)));
  else
    st.bind(index);
}

std::string ticket_fields(const Ticket& t) {
  return std::string(to_string(t.status)) + "/" + std::string(to_string(t.priority));
}

}  // namespace

std::optional<Ticket> SqliteStore::load_ticket(TicketId id) {
  std::optional<Ticket> t;
  {
    auto st = prepare(std::string("SELECT ") + kTicketColumns + " FROM tickets WHERE id = ?");
    st->bind(1, static_cast<int64_t>(id.value));
    if (!st->executeStep()) return std::nullopt;
    t = read_ticket(*st);
  }
  auto st = prepare("SELECT interaction_id FROM ticket_interactions WHERE ticket_id = ? ORDER BY interaction_id");
  st->bind(1, static_cast<int64_t>(id.value));
  while (st->executeStep()) t->interactions.push_back(InteractionId{st->getColumn(0).getInt64()});
  return t;
}

Ticket SqliteStore::create_ticket(Ticket ticket, const Actor& actor) {
  std::lock_guard lock(mutex_);
  try {
    require_writable("create ticket");
    WriteTransaction tx(db_, *write_lock_);
    require_client(ticket.client);
    if (ticket.assignee) require_staff(*ticket.assignee);
    {
      auto st = prepare(
          "INSERT INTO tickets (client_id, subject, subject_key, complaint, priority, status, assignee_id, "
          "created_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
      st->bind(1, static_cast<int64_t>(ticket.client.value));
      st->bind(2, ticket.subject);
      st->bind(3, text::search_fold(ticket.subject));
      st->bind(4, ticket.complaint ? 1 : 0);
      st->bind(5, std::string(to_string(ticket.priority)));
      st->bind(6, std::string(to_string(ticket.status)));
      if (ticket.assignee) st->bind(7, static_cast<int64_t>(ticket.assignee->value));
      st->bind(8, static_cast<int64_t>(now_ms()));
      st->exec();
    }
    ticket.id = TicketId{db_.getLastInsertRowid()};
    for (auto interaction : ticket.interactions) {
      auto st = prepare("INSERT OR IGNORE INTO ticket_interactions (ticket_id, interaction_id) VALUES (?, ?)");
      st->bind(1, static_cast<int64_t>(ticket.id.value));
      st->bind(2, static_cast<int64_t>(interaction.value));
      st->exec();
    }
    audit(actor, "ticket", ticket.id.value, "create", {{"*", std::nullopt, ticket.subject}});
    auto stored = load_ticket(ticket.id);
    tx.commit();
    return *stored;
  } catch (const std::exception& e) {
    fail(e, "create ticket '" + ticket.subject + "'");
  }
}

std::optional<Ticket> SqliteStore::find_ticket(TicketId id) {
  std::lock_guard lock(mutex_);
  try {
    return load_ticket(id);
  } catch (const std::exception& e) {
    fail(e, "read ticket " + to_string(id));
  }
}

Ticket SqliteStore::update_ticket(const Ticket& ticket, TicketStatus expected_status, const Actor& actor) {
  std::lock_guard lock(mutex_);
  try {
    require_writable("update ticket");
    WriteTransaction tx(db_, *write_lock_);
    const auto current = load_ticket(ticket.id);
    if (!current) throw NotFound("ticket " + to_string(ticket.id) + " does not exist");
    if (current->status != expected_status) {
      throw Conflict("ticket " + to_string(ticket.id) + " is '" + std::string(to_string(current->status)) + "', not '" +
                     std::string(to_string(expected_status)) + "' (changed by someone else?)");
    }
    if (ticket.assignee) require_staff(*ticket.assignee);
    {
      auto st = prepare(
          "UPDATE tickets SET subject = ?, subject_key = ?, complaint = ?, priority = ?, status = ?, assignee_id = ?, "
          "first_response_ms = ?, resolved_ms = ?, closed_ms = ?, csat = ?, escalations = ? WHERE id = ?");
      st->bind(1, ticket.subject);
      st->bind(2, text::search_fold(ticket.subject));
      st->bind(3, ticket.complaint ? 1 : 0);
      st->bind(4, std::string(to_string(ticket.priority)));
      st->bind(5, std::string(to_string(ticket.status)));
      if (ticket.assignee)
        st->bind(6, static_cast<int64_t>(ticket.assignee->value));
      else
        st->bind(6);
      bind_optional_ms(*st, 7, ticket.first_response_at);
      bind_optional_ms(*st, 8, ticket.resolved_at);
      bind_optional_ms(*st, 9, ticket.closed_at);
      if (ticket.csat)
        st->bind(10, *ticket.csat);
      else
        st->bind(10);
      st->bind(11, ticket.escalations);
      st->bind(12, static_cast<int64_t>(ticket.id.value));
      st->exec();
    }
    for (auto interaction : ticket.interactions) {
      auto st = prepare("INSERT OR IGNORE INTO ticket_interactions (ticket_id, interaction_id) VALUES (?, ?)");
      st->bind(1, static_cast<int64_t>(ticket.id.value));
      st->bind(2, static_cast<int64_t>(interaction.value));
      st->exec();
    }
    if (ticket_fields(*current) != ticket_fields(ticket)) {
      audit(actor, "ticket", ticket.id.value, "update",
            {{"status/priority", ticket_fields(*current), ticket_fields(ticket)}});
    }
    auto stored = load_ticket(ticket.id);
    tx.commit();
    return *stored;
  } catch (const std::exception& e) {
    fail(e, "update ticket " + to_string(ticket.id));
  }
}

std::vector<Ticket> SqliteStore::list_tickets(const TicketFilter& filter) {
  std::lock_guard lock(mutex_);
  try {
    std::vector<TicketId> ids;
    {
      auto st = prepare(
          "SELECT id FROM tickets WHERE (?1 IS NULL OR client_id = ?1) AND (?2 IS NULL OR status = ?2) "
          "AND (?3 = 0 OR status IN ('new', 'open', 'waiting')) ORDER BY id");
      if (filter.client) st->bind(1, static_cast<int64_t>(filter.client->value));
      if (filter.status) st->bind(2, std::string(to_string(*filter.status)));
      st->bind(3, filter.unresolved_only ? 1 : 0);
      while (st->executeStep()) ids.push_back(TicketId{st->getColumn(0).getInt64()});
    }
    std::vector<Ticket> out;
    out.reserve(ids.size());
    for (auto id : ids) out.push_back(*load_ticket(id));
    return out;
  } catch (const std::exception& e) {
    fail(e, "list tickets");
  }
}

bool SqliteStore::record_sla_breach(TicketId ticket, SlaTarget target, Timestamp at) {
  std::lock_guard lock(mutex_);
  try {
    require_writable("record SLA breach");
    auto st = prepare("INSERT OR IGNORE INTO sla_breaches (ticket_id, target, at_ms) VALUES (?, ?, ?)");
    st->bind(1, static_cast<int64_t>(ticket.value));
    st->bind(2, std::string(to_string(target)));
    st->bind(3, static_cast<int64_t>(to_unix_ms(at)));
    return st->exec() == 1;
  } catch (const std::exception& e) {
    fail(e, "record SLA breach of ticket " + to_string(ticket));
  }
}

std::size_t SqliteStore::count_similar_tickets(ClientId client, std::string_view subject, Timestamp since) {
  std::lock_guard lock(mutex_);
  try {
    auto st = prepare("SELECT COUNT(*) FROM tickets WHERE client_id = ? AND subject_key = ? AND created_ms >= ?");
    st->bind(1, static_cast<int64_t>(client.value));
    st->bind(2, text::search_fold(subject));
    st->bind(3, static_cast<int64_t>(to_unix_ms(since)));
    st->executeStep();
    return static_cast<std::size_t>(st->getColumn(0).getInt64());
  } catch (const std::exception& e) {
    fail(e, "count tickets of client " + to_string(client));
  }
}

}  // namespace rapport::store::sqlite
