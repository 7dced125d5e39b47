// Retention cases with their signals and offers. "At most one open case per
// client" and "each signal once" are unique indexes, so they hold across processes.
#include <SQLiteCpp/Transaction.h>

#include "rapport/error.hpp"
#include "sqlite_store.hpp"

namespace rapport::store::sqlite {

std::optional<RetentionCase> SqliteStore::load_retention_case(RetentionCaseId id) {
  RetentionCase rc;
  {
    auto st =
        prepare("SELECT client_id, opened_ms, outcome, outcome_note, closed_ms FROM retention_cases WHERE id = ?");
    st->bind(1, static_cast<int64_t>(id.value));
    if (!st->executeStep()) return std::nullopt;
    rc.id = id;
    rc.client = ClientId{st->getColumn(0).getInt64()};
    rc.opened_at = from_unix_ms(st->getColumn(1).getInt64());
    if (!st->getColumn(2).isNull()) rc.outcome = parse_retention_outcome(st->getColumn(2).getString());
    rc.outcome_note = st->getColumn(3).getString();
    if (!st->getColumn(4).isNull()) rc.closed_at = from_unix_ms(st->getColumn(4).getInt64());
  }
  {
    auto st = prepare("SELECT kind, source, detail, at_ms FROM retention_signals WHERE case_id = ? ORDER BY id");
    st->bind(1, static_cast<int64_t>(id.value));
    while (st->executeStep()) {
      DissatisfactionSignal s;
      s.kind = parse_signal_kind(st->getColumn(0).getString());
      s.source = st->getColumn(1).getString();
      s.detail = st->getColumn(2).getString();
      s.at = from_unix_ms(st->getColumn(3).getInt64());
      rc.signals.push_back(std::move(s));
    }
  }
  auto st = prepare(
      "SELECT kind, currency, value_minor, note, at_ms, staff_id FROM retention_offers WHERE case_id = ? ORDER BY id");
  st->bind(1, static_cast<int64_t>(id.value));
  while (st->executeStep()) {
    Offer o;
    o.kind = parse_offer_kind(st->getColumn(0).getString());
    if (!st->getColumn(1).isNull()) o.value = Money{st->getColumn(1).getString(), st->getColumn(2).getInt64()};
    o.note = st->getColumn(3).getString();
    o.at = from_unix_ms(st->getColumn(4).getInt64());
    if (!st->getColumn(5).isNull()) o.by = StaffId{st->getColumn(5).getInt64()};
    rc.offers.push_back(std::move(o));
  }
  return rc;
}

SignalOutcome SqliteStore::add_retention_signal(ClientId client, const DissatisfactionSignal& signal,
                                                const Actor& actor) {
  std::lock_guard lock(mutex_);
  try {
    require_writable("add retention signal");
    WriteTransaction tx(db_, *write_lock_);
    require_client(client);
    SignalOutcome out;
    if (!signal.source.empty()) {
      auto st = prepare("SELECT 1 FROM retention_signals WHERE client_id = ? AND kind = ? AND source = ?");
      st->bind(1, static_cast<int64_t>(client.value));
      st->bind(2, std::string(to_string(signal.kind)));
      st->bind(3, signal.source);
      if (st->executeStep()) {
        st->reset();
        // Seen before: report the open case (if any) and change nothing.
        std::optional<std::int64_t> open_id;
        auto q = prepare("SELECT id FROM retention_cases WHERE client_id = ? AND outcome IS NULL");
        q->bind(1, static_cast<int64_t>(client.value));
        if (q->executeStep()) open_id = q->getColumn(0).getInt64();
        q->reset();
        if (open_id) out.retention_case = *load_retention_case(RetentionCaseId{*open_id});
        return out;
      }
    }
    std::optional<std::int64_t> case_id;
    {
      auto st = prepare("SELECT id FROM retention_cases WHERE client_id = ? AND outcome IS NULL");
      st->bind(1, static_cast<int64_t>(client.value));
      if (st->executeStep()) case_id = st->getColumn(0).getInt64();
    }
    if (!case_id) {
      auto st = prepare("INSERT INTO retention_cases (client_id, opened_ms) VALUES (?, ?)");
      st->bind(1, static_cast<int64_t>(client.value));
      st->bind(2, static_cast<int64_t>(to_unix_ms(signal.at)));
      st->exec();
      case_id = db_.getLastInsertRowid();
      out.opened = true;
      audit(actor, "retention_case", *case_id, "create",
            {{"*", std::nullopt, "client " + to_string(client) + ": " + std::string(to_string(signal.kind))}});
    }
    {
      auto st = prepare(
          "INSERT INTO retention_signals (case_id, client_id, kind, source, detail, at_ms) VALUES (?, ?, ?, ?, ?, ?)");
      st->bind(1, static_cast<int64_t>(*case_id));
      st->bind(2, static_cast<int64_t>(client.value));
      st->bind(3, std::string(to_string(signal.kind)));
      st->bind(4, signal.source);
      st->bind(5, signal.detail);
      st->bind(6, static_cast<int64_t>(to_unix_ms(signal.at)));
      st->exec();
    }
    out.added = true;
    out.retention_case = *load_retention_case(RetentionCaseId{*case_id});
    tx.commit();
    return out;
  } catch (const std::exception& e) {
    fail(e, "add retention signal for client " + to_string(client));
  }
}

std::optional<RetentionCase> SqliteStore::find_retention_case(RetentionCaseId id) {
  std::lock_guard lock(mutex_);
  try {
    return load_retention_case(id);
  } catch (const std::exception& e) {
    fail(e, "read retention case " + to_string(id));
  }
}

std::optional<RetentionCase> SqliteStore::open_retention_case(ClientId client) {
  std::lock_guard lock(mutex_);
  try {
    std::optional<std::int64_t> id;
    {
      auto st = prepare("SELECT id FROM retention_cases WHERE client_id = ? AND outcome IS NULL");
      st->bind(1, static_cast<int64_t>(client.value));
      if (st->executeStep()) id = st->getColumn(0).getInt64();
    }
    if (!id) return std::nullopt;
    return load_retention_case(RetentionCaseId{*id});
  } catch (const std::exception& e) {
    fail(e, "read open retention case of client " + to_string(client));
  }
}

RetentionCase SqliteStore::add_offer(RetentionCaseId id, const Offer& offer, const Actor& actor) {
  std::lock_guard lock(mutex_);
  try {
    require_writable("add offer");
    WriteTransaction tx(db_, *write_lock_);
    const auto rc = load_retention_case(id);
    if (!rc) throw NotFound("retention case " + to_string(id) + " does not exist");
    if (!rc->open()) throw Conflict("retention case " + to_string(id) + " is closed; offers can no longer be added");
    if (offer.by) require_staff(*offer.by);
    {
      auto st = prepare(
          "INSERT INTO retention_offers (case_id, kind, currency, value_minor, note, at_ms, staff_id) "
          "VALUES (?, ?, ?, ?, ?, ?, ?)");
      st->bind(1, static_cast<int64_t>(id.value));
      st->bind(2, std::string(to_string(offer.kind)));
      if (offer.value) {
        st->bind(3, offer.value->currency);
        st->bind(4, static_cast<int64_t>(offer.value->minor));
      }
      st->bind(5, offer.note);
      st->bind(6, static_cast<int64_t>(now_ms()));
      if (offer.by) st->bind(7, static_cast<int64_t>(offer.by->value));
      st->exec();
    }
    audit(actor, "retention_case", id.value, "update",
          {{"offer", std::nullopt,
            std::string(to_string(offer.kind)) + (offer.value ? " " + to_string(*offer.value) : std::string())}});
    auto stored = load_retention_case(id);
    tx.commit();
    return *stored;
  } catch (const std::exception& e) {
    fail(e, "add offer to retention case " + to_string(id));
  }
}

RetentionCase SqliteStore::close_retention_case(RetentionCaseId id, RetentionOutcome outcome, const std::string& note,
                                                const Actor& actor) {
  std::lock_guard lock(mutex_);
  try {
    require_writable("close retention case");
    WriteTransaction tx(db_, *write_lock_);
    const auto rc = load_retention_case(id);
    if (!rc) throw NotFound("retention case " + to_string(id) + " does not exist");
    if (!rc->open()) {
      throw Conflict("retention case " + to_string(id) + " is already closed (" + std::string(to_string(*rc->outcome)) +
                     ")");
    }
    {
      auto st = prepare("UPDATE retention_cases SET outcome = ?, outcome_note = ?, closed_ms = ? WHERE id = ?");
      st->bind(1, std::string(to_string(outcome)));
      st->bind(2, note);
      st->bind(3, static_cast<int64_t>(now_ms()));
      st->bind(4, static_cast<int64_t>(id.value));
      st->exec();
    }
    audit(actor, "retention_case", id.value, "update", {{"outcome", std::nullopt, std::string(to_string(outcome))}});
    auto stored = load_retention_case(id);
    tx.commit();
    return *stored;
  } catch (const std::exception& e) {
    fail(e, "close retention case " + to_string(id));
  }
}

std::vector<RetentionCase> SqliteStore::list_retention_cases(bool open_only) {
  std::lock_guard lock(mutex_);
  try {
    std::vector<RetentionCaseId> ids;
    {
      auto st = prepare("SELECT id FROM retention_cases WHERE (?1 = 0 OR outcome IS NULL) ORDER BY id");
      st->bind(1, open_only ? 1 : 0);
      while (st->executeStep()) ids.push_back(RetentionCaseId{st->getColumn(0).getInt64()});
    }
    std::vector<RetentionCase> out;
    out.reserve(ids.size());
    for (auto id : ids) out.push_back(*load_retention_case(id));
    return out;
  } catch (const std::exception& e) {
    fail(e, "list retention cases");
  }
}

void SqliteStore::merge_workflows(ClientId keep, ClientId drop) {
  const auto keep_id = static_cast<int64_t>(keep.value);
  const auto drop_id = static_cast<int64_t>(drop.value);
  // Both clients may have an open retention case: the dropped one's signals
  // and offers join the kept one's, so "one open case per client" still holds.
  std::optional<std::int64_t> keep_open, drop_open;
  for (auto [client, slot] : {std::pair{keep_id, &keep_open}, std::pair{drop_id, &drop_open}}) {
    auto st = prepare("SELECT id FROM retention_cases WHERE client_id = ? AND outcome IS NULL");
    st->bind(1, client);
    if (st->executeStep()) *slot = st->getColumn(0).getInt64();
  }
  if (keep_open && drop_open) {
    for (const char* sql : {"UPDATE retention_offers SET case_id = ?1 WHERE case_id = ?2",
                            "UPDATE retention_signals SET case_id = ?1 WHERE case_id = ?2",
                            "DELETE FROM retention_cases WHERE id = ?2"}) {
      auto st = prepare(sql);
      st->bind(1, *keep_open);
      st->bind(2, *drop_open);
      st->exec();
    }
  }
  for (const char* sql : {"UPDATE deals SET client_id = ?1 WHERE client_id = ?2",
                          "UPDATE tickets SET client_id = ?1 WHERE client_id = ?2",
                          "UPDATE retention_cases SET client_id = ?1 WHERE client_id = ?2",
                          // A signal both clients had stays once, with the kept client.
                          "UPDATE OR IGNORE retention_signals SET client_id = ?1 WHERE client_id = ?2",
                          "DELETE FROM retention_signals WHERE client_id = ?2",
                          "UPDATE conduct_changes SET client_id = ?1 WHERE client_id = ?2"}) {
    auto st = prepare(sql);
    st->bind(1, keep_id);
    st->bind(2, drop_id);
    st->exec();
  }
}

}  // namespace rapport::store::sqlite
