// Deals and their stage history; the PostgreSQL port of src/store/sqlite/deals.cpp.
#include "pg_store.hpp"
#include "rapport/error.hpp"

namespace rapport::store::postgres {
namespace {

constexpr const char* kDealColumns =
    "SELECT id, client_id, title, currency, value_minor, stage, owner_id, expected_close_ms, close_reason, "
    "created_ms, updated_ms, closed_ms FROM deals ";

Deal deal_from(const PgResult& rows, int r) {
  Deal d;
  d.id = DealId{rows.int64(r, 0)};
  d.client = ClientId{rows.int64(r, 1)};
  d.title = rows.text(r, 2);
  d.value.currency = rows.text(r, 3);
  d.value.minor = rows.int64(r, 4);
  d.stage = rows.text(r, 5);
  if (!rows.is_null(r, 6)) d.owner = StaffId{rows.int64(r, 6)};
  if (!rows.is_null(r, 7)) d.expected_close = from_unix_ms(rows.int64(r, 7));
  d.close_reason = rows.text(r, 8);
  d.created_at = from_unix_ms(rows.int64(r, 9));
  d.updated_at = from_unix_ms(rows.int64(r, 10));
  if (!rows.is_null(r, 11)) d.closed_at = from_unix_ms(rows.int64(r, 11));
  return d;
}

}  // namespace

std::optional<Deal> PgStore::load_deal(DealId id, std::string_view row_lock) {
  const auto rows = conn_.exec(std::string(kDealColumns) + "WHERE id = $1 " + std::string(row_lock), {param(id.value)});
  if (rows.rows() == 0) return std::nullopt;
  return deal_from(rows, 0);
}

Deal PgStore::create_deal(Deal deal, const Actor& actor) {
  return write("create deal '" + deal.title + "'", [&] {
    require_client(deal.client);
    if (deal.owner) require_staff(*deal.owner);
    const std::int64_t now = now_ms();
    const auto id = conn_.exec(
        "INSERT INTO deals (client_id, title, currency, value_minor, stage, owner_id, expected_close_ms, "
        "close_reason, created_ms, updated_ms) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id",
        {param(deal.client.value), param(deal.title), param(deal.value.currency), param(deal.value.minor),
         param(deal.stage), deal.owner ? param(deal.owner->value) : Param{},
         deal.expected_close ? param(to_unix_ms(*deal.expected_close)) : Param{}, param(deal.close_reason),
         param(now)});
    const DealId deal_id{id.int64(0, 0)};
    conn_.exec(
        "INSERT INTO deal_stage_history (deal_id, from_stage, to_stage, at_ms, actor) VALUES ($1, '', $2, $3, $4)",
        {param(deal_id.value), param(deal.stage), param(now), param(actor.to_string())});
    audit(actor, "deal", deal_id.value, "create",
          {{"*", std::nullopt, deal.title + " (" + to_string(deal.value) + ", " + deal.stage + ")"}});
    return *load_deal(deal_id);
  });
}

std::optional<Deal> PgStore::find_deal(DealId id) {
  return read("read deal " + to_string(id), [&] { return load_deal(id); });
}

Deal PgStore::move_deal(const Deal& moved, const StageChange& change, bool make_customer, const Actor& actor) {
  return write("move deal " + to_string(moved.id) + " to '" + change.to + "'", [&] {
    // FOR UPDATE: a concurrent move of the same deal waits here, then sees this
    // one's stage, so two processes cannot both move it from change.from.
    const auto current = load_deal(moved.id, "FOR UPDATE");
    if (!current) throw NotFound("deal " + to_string(moved.id) + " does not exist");
    if (current->stage != change.from) {
      throw Conflict("deal " + to_string(moved.id) + " is in stage '" + current->stage + "', not '" + change.from +
                     "' (moved by someone else?)");
    }
    const std::int64_t at = to_unix_ms(change.at);
    conn_.exec("UPDATE deals SET stage = $1, close_reason = $2, closed_ms = $3, updated_ms = $4 WHERE id = $5",
               {param(moved.stage), param(moved.close_reason),
                moved.closed_at ? param(to_unix_ms(*moved.closed_at)) : Param{}, param(at), param(moved.id.value)});
    conn_.exec(
        "INSERT INTO deal_stage_history (deal_id, from_stage, to_stage, at_ms, actor, reason) "
        "VALUES ($1, $2, $3, $4, $5, $6)",
        {param(moved.id.value), param(change.from), param(change.to), param(at), param(change.actor),
         param(change.reason)});
    audit(actor, "deal", moved.id.value, "update", {{"stage", change.from, change.to}});
    if (make_customer) {
      // Locked, so a concurrent client update cannot interleave between reading
      // the stage and promoting it.
      const auto client =
          conn_.exec("SELECT stage FROM clients WHERE id = $1 FOR NO KEY UPDATE", {param(current->client.value)});
      const std::string before = client.rows() > 0 ? client.text(0, 0) : std::string();
      if (before == "lead" || before == "prospect") {
        conn_.exec("UPDATE clients SET stage = 'customer', updated_ms = $1 WHERE id = $2",
                   {param(at), param(current->client.value)});
        audit(actor, "client", current->client.value, "update", {{"stage", before, "customer"}});
      }
    }
    return *load_deal(moved.id);
  });
}

std::vector<Deal> PgStore::list_deals(const DealFilter& filter) {
  return read("list deals", [&] {
    const auto rows =
        conn_.exec(std::string(kDealColumns) +
                       "WHERE ($1::bigint IS NULL OR client_id = $1) AND ($2::text IS NULL OR stage = $2) "
                       "AND (NOT $3::boolean OR closed_ms IS NULL) ORDER BY id",
                   {filter.client ? param(filter.client->value) : Param{},
                    filter.stage ? param(*filter.stage) : Param{}, param_bool(filter.open_only)});
    std::vector<Deal> out;
    out.reserve(static_cast<std::size_t>(rows.rows()));
    for (int r = 0; r < rows.rows(); ++r) out.push_back(deal_from(rows, r));
    return out;
  });
}

std::vector<StageChange> PgStore::stage_history(std::optional<DealId> deal) {
  return read("read deal stage history", [&] {
    const auto rows = conn_.exec(
        "SELECT deal_id, from_stage, to_stage, at_ms, actor, reason FROM deal_stage_history "
        "WHERE ($1::bigint IS NULL OR deal_id = $1) ORDER BY id",
        {deal ? param(deal->value) : Param{}});
    std::vector<StageChange> out;
    out.reserve(static_cast<std::size_t>(rows.rows()));
    for (int r = 0; r < rows.rows(); ++r) {
      StageChange c;
      c.deal = DealId{rows.int64(r, 0)};
      c.from = rows.text(r, 1);
      c.to = rows.text(r, 2);
      c.at = from_unix_ms(rows.int64(r, 3));
      c.actor = rows.text(r, 4);
      c.reason = rows.text(r, 5);
      out.push_back(std::move(c));
    }
    return out;
  });
}

}  // namespace rapport::store::postgres
