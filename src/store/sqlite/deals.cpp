// Deals and their stage history.
#include <SQLiteCpp/Transaction.h>

#include "rapport/error.hpp"
#include "sqlite_store.hpp"

namespace rapport::store::sqlite {
namespace {

constexpr const char* kDealColumns =
    "id, client_id, title, currency, value_minor, stage, owner_id, expected_close_ms, close_reason, created_ms, "
    "updated_ms, closed_ms";

Deal read_deal(SQLite::Statement& st) {
  Deal d;
  d.id = DealId{st.getColumn(0).getInt64()};
  d.client = ClientId{st.getColumn(1).getInt64()};
  d.title = st.getColumn(2).getString();
  d.value.currency = st.getColumn(3).getString();
  d.value.minor = st.getColumn(4).getInt64();
  d.stage = st.getColumn(5).getString();
  if (!st.getColumn(6).isNull()) d.owner = StaffId{st.getColumn(6).getInt64()};
  if (!st.getColumn(7).isNull()) d.expected_close = from_unix_ms(st.getColumn(7).getInt64());
  d.close_reason = st.getColumn(8).getString();
  d.created_at = from_unix_ms(st.getColumn(9).getInt64());
  d.updated_at = from_unix_ms(st.getColumn(10).getInt64());
  if (!st.getColumn(11).isNull()) d.closed_at = from_unix_ms(st.getColumn(11).getInt64());
  return d;
}

}  // namespace

std::optional<Deal> SqliteStore::load_deal(DealId id) {
  auto st = prepare(std::string("SELECT ") + kDealColumns + " FROM deals WHERE id = ?");
  st->bind(1, static_cast<int64_t>(id.value));
  if (!st->executeStep()) return std::nullopt;
  return read_deal(*st);
}

Deal SqliteStore::create_deal(Deal deal, const Actor& actor) {
  std::lock_guard lock(mutex_);
  try {
    require_writable("create deal");
    WriteTransaction tx(db_, *write_lock_);
    require_client(deal.client);
    if (deal.owner) require_staff(*deal.owner);
    const std::int64_t now = now_ms();
    {
      auto st = prepare(
          "INSERT INTO deals (client_id, title, currency, value_minor, stage, owner_id, expected_close_ms, "
          "close_reason, created_ms, updated_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
      st->bind(1, static_cast<int64_t>(deal.client.value));
      st->bind(2, deal.title);
      st->bind(3, deal.value.currency);
      st->bind(4, static_cast<int64_t>(deal.value.minor));
      st->bind(5, deal.stage);
      if (deal.owner) st->bind(6, static_cast<int64_t>(deal.owner->value));
      if (deal.expected_close) st->bind(7, static_cast<int64_t>(to_unix_ms(*deal.expected_close)));
      st->bind(8, deal.close_reason);
      st->bind(9, static_cast<int64_t>(now));
      st->bind(10, static_cast<int64_t>(now));
      st->exec();
    }
    deal.id = DealId{db_.getLastInsertRowid()};
    {
      auto st = prepare(
          "INSERT INTO deal_stage_history (deal_id, from_stage, to_stage, at_ms, actor) VALUES (?, '', ?, ?, ?)");
      st->bind(1, static_cast<int64_t>(deal.id.value));
      st->bind(2, deal.stage);
      st->bind(3, static_cast<int64_t>(now));
      st->bind(4, actor.to_string());
      st->exec();
    }
    audit(actor, "deal", deal.id.value, "create",
          {{"*", std::nullopt, deal.title + " (" + to_string(deal.value) + ", " + deal.stage + ")"}});
    auto stored = load_deal(deal.id);
    tx.commit();
    return *stored;
  } catch (const std::exception& e) {
    fail(e, "create deal '" + deal.title + "'");
  }
}

std::optional<Deal> SqliteStore::find_deal(DealId id) {
  std::lock_guard lock(mutex_);
  try {
    return load_deal(id);
  } catch (const std::exception& e) {
    fail(e, "read deal " + to_string(id));
  }
}

Deal SqliteStore::move_deal(const Deal& moved, const StageChange& change, bool make_customer, const Actor& actor) {
  std::lock_guard lock(mutex_);
  try {
    require_writable("move deal");
    WriteTransaction tx(db_, *write_lock_);
    const auto current = load_deal(moved.id);
    if (!current) throw NotFound("deal " + to_string(moved.id) + " does not exist");
    if (current->stage != change.from) {
      throw Conflict("deal " + to_string(moved.id) + " is in stage '" + current->stage + "', not '" + change.from +
                     "' (moved by someone else?)");
    }
    const std::int64_t at = to_unix_ms(change.at);
    {
      auto st = prepare("UPDATE deals SET stage = ?, close_reason = ?, closed_ms = ?, updated_ms = ? WHERE id = ?");
      st->bind(1, moved.stage);
      st->bind(2, moved.close_reason);
      if (moved.closed_at) st->bind(3, static_cast<int64_t>(to_unix_ms(*moved.closed_at)));
      st->bind(4, static_cast<int64_t>(at));
      st->bind(5, static_cast<int64_t>(moved.id.value));
      st->exec();
    }
    {
      auto st = prepare(
          "INSERT INTO deal_stage_history (deal_id, from_stage, to_stage, at_ms, actor, reason) "
          "VALUES (?, ?, ?, ?, ?, ?)");
      st->bind(1, static_cast<int64_t>(moved.id.value));
      st->bind(2, change.from);
      st->bind(3, change.to);
      st->bind(4, static_cast<int64_t>(at));
      st->bind(5, change.actor);
      st->bind(6, change.reason);
      st->exec();
    }
    audit(actor, "deal", moved.id.value, "update", {{"stage", change.from, change.to}});
    if (make_customer) {
      std::string before;
      {
        auto st = prepare("SELECT stage FROM clients WHERE id = ?");
        st->bind(1, static_cast<int64_t>(current->client.value));
        if (st->executeStep()) before = st->getColumn(0).getString();
      }
      if (before == "lead" || before == "prospect") {
        auto st = prepare("UPDATE clients SET stage = 'customer', updated_ms = ? WHERE id = ?");
        st->bind(1, static_cast<int64_t>(at));
        st->bind(2, static_cast<int64_t>(current->client.value));
        st->exec();
        audit(actor, "client", current->client.value, "update", {{"stage", before, "customer"}});
      }
    }
    auto stored = load_deal(moved.id);
    tx.commit();
    return *stored;
  } catch (const std::exception& e) {
    fail(e, "move deal " + to_string(moved.id) + " to '" + change.to + "'");
  }
}

std::vector<Deal> SqliteStore::list_deals(const DealFilter& filter) {
  std::lock_guard lock(mutex_);
  try {
    auto st = prepare(std::string("SELECT ") + kDealColumns +
                      " FROM deals WHERE (?1 IS NULL OR client_id = ?1) AND (?2 IS NULL OR stage = ?2) "
                      "AND (?3 = 0 OR closed_ms IS NULL) ORDER BY id");
    if (filter.client) st->bind(1, static_cast<int64_t>(filter.client->value));
    if (filter.stage) st->bind(2, *filter.stage);
    st->bind(3, filter.open_only ? 1 : 0);
    std::vector<Deal> out;
    while (st->executeStep()) out.push_back(read_deal(*st));
    return out;
  } catch (const std::exception& e) {
    fail(e, "list deals");
  }
}

std::vector<StageChange> SqliteStore::stage_history(std::optional<DealId> deal) {
  std::lock_guard lock(mutex_);
  try {
    auto st = prepare(
        "SELECT deal_id, from_stage, to_stage, at_ms, actor, reason FROM deal_stage_history "
        "WHERE (?1 IS NULL OR deal_id = ?1) ORDER BY id");
    if (deal) st->bind(1, static_cast<int64_t>(deal->value));
    std::vector<StageChange> out;
    while (st->executeStep()) {
      StageChange c;
      c.deal = DealId{st->getColumn(0).getInt64()};
      c.from = st->getColumn(1).getString();
      c.to = st->getColumn(2).getString();
      c.at = from_unix_ms(st->getColumn(3).getInt64());
      c.actor = st->getColumn(4).getString();
      c.reason = st->getColumn(5).getString();
      out.push_back(std::move(c));
    }
    return out;
  } catch (const std::exception& e) {
    fail(e, "read deal stage history");
  }
}

}  // namespace rapport::store::sqlite
