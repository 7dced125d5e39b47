// Retention cases, signals and offers; the PostgreSQL port of src/store/sqlite/retention.cpp.
// "At most one open case per client" and "each signal once" are unique indexes
// (retention_cases_one_open, retention_signals_once), and the open case is
// locked while a signal joins it, so both hold across processes and machines.
#include <map>

#include "pg_store.hpp"
#include "rapport/error.hpp"

namespace rapport::store::postgres {
namespace {

// A transaction may lose the race for a client's open case to another that
// opens it and, before this one looks again, closes it; after this many rounds
// the whole transaction runs again (PgStore::write).
constexpr int kOpenCaseRounds = 4;

}  // namespace

std::vector<RetentionCase> PgStore::load_retention_cases(const std::string& where, const std::vector<Param>& params,
                                                         std::string_view row_lock) {
  const auto rows =
      conn_.exec("SELECT id, client_id, opened_ms, outcome, outcome_note, closed_ms FROM retention_cases " + where +
                     " ORDER BY id " + std::string(row_lock),
                 params);
  std::vector<RetentionCase> out;
  if (rows.rows() == 0) return out;
  std::map<std::int64_t, std::size_t> index;
  std::string ids = "{";
  for (int r = 0; r < rows.rows(); ++r) {
    RetentionCase rc;
    rc.id = RetentionCaseId{rows.int64(r, 0)};
    rc.client = ClientId{rows.int64(r, 1)};
    rc.opened_at = from_unix_ms(rows.int64(r, 2));
    if (!rows.is_null(r, 3)) rc.outcome = parse_retention_outcome(rows.text(r, 3));
    rc.outcome_note = rows.text(r, 4);
    if (!rows.is_null(r, 5)) rc.closed_at = from_unix_ms(rows.int64(r, 5));
    index.emplace(rc.id.value, out.size());
    if (ids.size() > 1) ids += ',';
    ids += std::to_string(rc.id.value);
    out.push_back(std::move(rc));
  }
  ids += '}';
  const auto signals = conn_.exec(
      "SELECT case_id, kind, source, detail, at_ms FROM retention_signals WHERE case_id = ANY($1::bigint[]) "
      "ORDER BY case_id, id",
      {ids});
  for (int r = 0; r < signals.rows(); ++r) {
    DissatisfactionSignal s;
    s.kind = parse_signal_kind(signals.text(r, 1));
    s.source = signals.text(r, 2);
    s.detail = signals.text(r, 3);
    s.at = from_unix_ms(signals.int64(r, 4));
    out[index.at(signals.int64(r, 0))].signals.push_back(std::move(s));
  }
  const auto offers = conn_.exec(
      "SELECT case_id, kind, currency, value_minor, note, at_ms, staff_id FROM retention_offers "
      "WHERE case_id = ANY($1::bigint[]) ORDER BY case_id, id",
      {ids});
  for (int r = 0; r < offers.rows(); ++r) {
    Offer o;
    o.kind = parse_offer_kind(offers.text(r, 1));
    if (!offers.is_null(r, 2)) o.value = Money{offers.text(r, 2), offers.int64(r, 3)};
    o.note = offers.text(r, 4);
    o.at = from_unix_ms(offers.int64(r, 5));
    if (!offers.is_null(r, 6)) o.by = StaffId{offers.int64(r, 6)};
    out[index.at(offers.int64(r, 0))].offers.push_back(std::move(o));
  }
  return out;
}

std::optional<RetentionCase> PgStore::load_retention_case(RetentionCaseId id, std::string_view row_lock) {
  auto found = load_retention_cases("WHERE id = $1", {param(id.value)}, row_lock);
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

SignalOutcome PgStore::add_retention_signal(ClientId client, const DissatisfactionSignal& signal, const Actor& actor) {
  return write("add retention signal for client " + to_string(client), [&] {
    require_client(client);
    const Param client_id = param(client.value);
    const Param kind = param(to_string(signal.kind));
    SignalOutcome out;
    if (!signal.source.empty() &&
        conn_.exec("SELECT 1 FROM retention_signals WHERE client_id = $1 AND kind = $2 AND source = $3",
                   {client_id, kind, param(signal.source)})
                .rows() > 0) {
      // Seen before: report the open case (if any) and change nothing.
      auto open = load_retention_cases("WHERE client_id = $1 AND outcome IS NULL", {client_id});
      if (!open.empty()) out.retention_case = std::move(open.front());
      return out;
    }
    // The open case is locked while the signal joins it: signals racing for the
    // same client queue here, and a concurrent close either waits for this
    // transaction or makes this SELECT skip the case it closed.
    std::optional<std::int64_t> case_id;
    for (int round = 1; !case_id; ++round) {
      if (round > kOpenCaseRounds) {
        throw TransientFailure("the open retention case of client " + to_string(client) +
                               " kept changing; running again");
      }
      const auto open =
          conn_.exec("SELECT id FROM retention_cases WHERE client_id = $1 AND outcome IS NULL FOR UPDATE", {client_id});
      if (open.rows() > 0) {
        case_id = open.int64(0, 0);
        break;
      }
      // Under READ COMMITTED a racing transaction may have inserted the open case
      // after the SELECT: the insert then waits for it and does nothing if it
      // committed, and the next round's SELECT (a new snapshot) joins that case.
      const auto inserted = conn_.exec(
          "INSERT INTO retention_cases (client_id, opened_ms) VALUES ($1, $2) "
          "ON CONFLICT (client_id) WHERE outcome IS NULL DO NOTHING RETURNING id",
          {client_id, param(to_unix_ms(signal.at))});
      if (inserted.rows() > 0) {
        case_id = inserted.int64(0, 0);
        out.opened = true;
        audit(actor, "retention_case", *case_id, "create",
              {{"*", std::nullopt, "client " + to_string(client) + ": " + std::string(to_string(signal.kind))}});
      }
    }
    const auto added = conn_.exec(
        "INSERT INTO retention_signals (case_id, client_id, kind, source, detail, at_ms) "
        "VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (client_id, kind, source) WHERE source <> '' DO NOTHING "
        "RETURNING id",
        {param(*case_id), client_id, kind, param(signal.source), param(signal.detail), param(to_unix_ms(signal.at))});
    if (added.rows() == 0) {
      // The same signal committed by another transaction since the check above:
      // undo whatever this one did (a case it opened must not stay empty) and run
      // again, which then reports the signal as seen.
      throw TransientFailure("retention signal '" + signal.source + "' of client " + to_string(client) +
                             " was added concurrently; running again");
    }
    out.added = true;
    out.retention_case = *load_retention_case(RetentionCaseId{*case_id});
    return out;
  });
}

std::optional<RetentionCase> PgStore::find_retention_case(RetentionCaseId id) {
  return read("read retention case " + to_string(id), [&] {
    PgTransaction tx(conn_);
    read_snapshot();
    auto found = load_retention_case(id);
    tx.commit();
    return found;
  });
}

std::optional<RetentionCase> PgStore::open_retention_case(ClientId client) {
  return read("read open retention case of client " + to_string(client), [&] {
    PgTransaction tx(conn_);
    read_snapshot();
    auto open = load_retention_cases("WHERE client_id = $1 AND outcome IS NULL", {param(client.value)});
    tx.commit();
    std::optional<RetentionCase> found;
    if (!open.empty()) found = std::move(open.front());
    return found;
  });
}

RetentionCase PgStore::add_offer(RetentionCaseId id, const Offer& offer, const Actor& actor) {
  return write("add offer to retention case " + to_string(id), [&] {
    // FOR UPDATE: a concurrent close waits for this offer, or this one sees the case closed.
    const auto rc = load_retention_case(id, "FOR UPDATE");
    if (!rc) throw NotFound("retention case " + to_string(id) + " does not exist");
    if (!rc->open()) throw Conflict("retention case " + to_string(id) + " is closed; offers can no longer be added");
    if (offer.by) require_staff(*offer.by);
    conn_.exec(
        "INSERT INTO retention_offers (case_id, kind, currency, value_minor, note, at_ms, staff_id) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7)",
        {param(id.value), param(to_string(offer.kind)), offer.value ? param(offer.value->currency) : Param{},
         offer.value ? param(offer.value->minor) : Param{}, param(offer.note), param(now_ms()),
         offer.by ? param(offer.by->value) : Param{}});
    audit(actor, "retention_case", id.value, "update",
          {{"offer", std::nullopt,
            std::string(to_string(offer.kind)) + (offer.value ? " " + to_string(*offer.value) : std::string())}});
    return *load_retention_case(id);
  });
}

RetentionCase PgStore::close_retention_case(RetentionCaseId id, RetentionOutcome outcome, const std::string& note,
                                            const Actor& actor) {
  return write("close retention case " + to_string(id), [&] {
    // FOR UPDATE: of two processes closing the same case, the second waits, then sees it closed.
    const auto rc = load_retention_case(id, "FOR UPDATE");
    if (!rc) throw NotFound("retention case " + to_string(id) + " does not exist");
    if (!rc->open()) {
      throw Conflict("retention case " + to_string(id) + " is already closed (" + std::string(to_string(*rc->outcome)) +
                     ")");
    }
    conn_.exec("UPDATE retention_cases SET outcome = $1, outcome_note = $2, closed_ms = $3 WHERE id = $4",
               {param(to_string(outcome)), param(note), param(now_ms()), param(id.value)});
    audit(actor, "retention_case", id.value, "update", {{"outcome", std::nullopt, std::string(to_string(outcome))}});
    return *load_retention_case(id);
  });
}

std::vector<RetentionCase> PgStore::list_retention_cases(bool open_only) {
  return read("list retention cases", [&] {
    PgTransaction tx(conn_);
    read_snapshot();
    auto out = load_retention_cases("WHERE (NOT $1::boolean OR outcome IS NULL)", {param_bool(open_only)});
    tx.commit();
    return out;
  });
}

}  // namespace rapport::store::postgres
