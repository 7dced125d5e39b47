// Stored analyses: interactions logged with their flags and scores, re-analysis,
// and the queries the wellbeing and conduct workflows run over flags.
#include <SQLiteCpp/Transaction.h>

#include "../common/quality_codec.hpp"
#include "rapport/error.hpp"
#include "sqlite_store.hpp"

namespace rapport::store::sqlite {

void SqliteStore::insert_quality(InteractionId id, const quality::QualityReport& report, double strain) {
  {
    auto st = prepare(
        "INSERT INTO interaction_quality (interaction_id, rules_version, stance, conduct, adversarial, strain, "
        "metrics, analyzed_ms, agent_markers) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st->bind(1, static_cast<int64_t>(id.value));
    st->bind(2, report.rules_version);
    st->bind(3, report.stance);
    st->bind(4, report.conduct);
    st->bind(5, report.adversarial ? 1 : 0);
    st->bind(6, strain);
    st->bind(7, metrics_text(report.metrics));
    st->bind(8, static_cast<int64_t>(now_ms()));
    st->bind(9, agent_marker_set(report));
    st->exec();
  }
  auto st = prepare(
      "INSERT INTO quality_flags (interaction_id, marker, side, turn, begin_byte, end_byte, evidence, lang, severity) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  for (const auto& f : report.flags) {
    st->bind(1, static_cast<int64_t>(id.value));
    st->bind(2, f.marker);
    st->bind(3, std::string(quality::to_string(f.side)));
    st->bind(4, static_cast<int64_t>(f.turn));
    st->bind(5, static_cast<int64_t>(f.begin));
    st->bind(6, static_cast<int64_t>(f.end));
    st->bind(7, f.evidence);
    st->bind(8, f.lang);
    st->bind(9, f.severity);
    st->exec();
    st->reset();
  }
}

std::vector<Interaction> SqliteStore::log_interactions(std::span<const AnalyzedInteraction> items, const Actor& actor) {
  return write_interactions(items.size(), "log interaction", [&](std::size_t k, std::int64_t now) {
    Interaction in = insert_interaction(items[k].interaction, now);
    insert_quality(in.id, items[k].report, items[k].strain);
    audit(actor, "interaction", in.id.value, "create",
          {{"*", std::nullopt,
            std::string(to_string(in.channel)) + " with client " + to_string(in.client) + ", stance " +
                std::to_string(items[k].report.stance)}});
    return in;
  });
}

std::optional<quality::QualityReport> SqliteStore::load_quality_report(InteractionId id, double* strain,
                                                                       std::int64_t* analyzed_ms) {
  quality::QualityReport report;
  {
    auto st = prepare(
        "SELECT rules_version, stance, conduct, adversarial, strain, metrics, analyzed_ms FROM interaction_quality "
        "WHERE interaction_id = ?");
    st->bind(1, static_cast<int64_t>(id.value));
    if (!st->executeStep()) return std::nullopt;
    report.rules_version = st->getColumn(0).getString();
    report.stance = st->getColumn(1).getInt();
    report.conduct = st->getColumn(2).getInt();
    report.adversarial = st->getColumn(3).getInt() != 0;
    if (strain) *strain = st->getColumn(4).getDouble();
    report.metrics = metrics_from(st->getColumn(5).getString());
    if (analyzed_ms) *analyzed_ms = st->getColumn(6).getInt64();
  }
  auto st = prepare(
      "SELECT marker, side, turn, begin_byte, end_byte, evidence, lang, severity FROM quality_flags "
      "WHERE interaction_id = ? ORDER BY id");
  st->bind(1, static_cast<int64_t>(id.value));
  while (st->executeStep()) {
    quality::Flag f;
    f.marker = st->getColumn(0).getString();
    f.side = side_from_text(st->getColumn(1).getString());
    f.turn = static_cast<std::size_t>(st->getColumn(2).getInt64());
    f.begin = static_cast<std::size_t>(st->getColumn(3).getInt64());
    f.end = static_cast<std::size_t>(st->getColumn(4).getInt64());
    f.evidence = st->getColumn(5).getString();
    f.lang = st->getColumn(6).getString();
    f.severity = st->getColumn(7).getInt();
    report.flags.push_back(std::move(f));
  }
  return report;
}

std::optional<StoredQuality> SqliteStore::find_quality(InteractionId id) {
  std::lock_guard lock(mutex_);
  try {
    StoredQuality q;
    std::int64_t analyzed = 0;
    auto report = load_quality_report(id, &q.strain, &analyzed);
    if (!report) return std::nullopt;
    q.interaction = id;
    q.report = std::move(*report);
    q.analyzed_at = from_unix_ms(analyzed);
    return q;
  } catch (const std::exception& e) {
    fail(e, "read quality of interaction " + to_string(id));
  }
}

void SqliteStore::replace_quality(InteractionId id, const quality::QualityReport& report, double strain) {
  std::lock_guard lock(mutex_);
  try {
    require_writable("re-analyse interaction " + to_string(id));
    WriteTransaction tx(db_, *write_lock_);
    {
      auto st = prepare("SELECT 1 FROM interactions WHERE id = ?");
      st->bind(1, static_cast<int64_t>(id.value));
      if (!st->executeStep()) throw NotFound("interaction " + to_string(id) + " does not exist");
    }
    for (const char* sql : {"DELETE FROM quality_flags WHERE interaction_id = ?",
                            "DELETE FROM interaction_quality WHERE interaction_id = ?"}) {
      auto st = prepare(sql);
      st->bind(1, static_cast<int64_t>(id.value));
      st->exec();
    }
    insert_quality(id, report, strain);
    tx.commit();
  } catch (const std::exception& e) {
    fail(e, "re-analyse interaction " + to_string(id));
  }
}

std::vector<InteractionId> SqliteStore::interactions_between(Timestamp from, Timestamp to,
                                                             std::optional<InteractionId> after, std::size_t limit) {
  std::lock_guard lock(mutex_);
  try {
    auto st =
        prepare("SELECT id FROM interactions WHERE started_ms >= ? AND started_ms < ? AND id > ? ORDER BY id LIMIT ?");
    st->bind(1, static_cast<int64_t>(to_unix_ms(from)));
    st->bind(2, static_cast<int64_t>(to_unix_ms(to)));
    st->bind(3, static_cast<int64_t>(after ? after->value : 0));
    st->bind(4, static_cast<int64_t>(limit));
    std::vector<InteractionId> out;
    while (st->executeStep()) out.push_back(InteractionId{st->getColumn(0).getInt64()});
    return out;
  } catch (const std::exception& e) {
    fail(e, "list interactions by time");
  }
}

double SqliteStore::staff_strain(StaffId staff, Timestamp from, Timestamp to) {
  std::lock_guard lock(mutex_);
  try {
    auto st = prepare(
        "SELECT COALESCE(SUM(q.strain), 0) FROM interactions i JOIN interaction_quality q ON q.interaction_id = i.id "
        "WHERE i.staff_id = ? AND i.started_ms >= ? AND i.started_ms < ?");
    st->bind(1, static_cast<int64_t>(staff.value));
    st->bind(2, static_cast<int64_t>(to_unix_ms(from)));
    st->bind(3, static_cast<int64_t>(to_unix_ms(to)));
    st->executeStep();
    return st->getColumn(0).getDouble();
  } catch (const std::exception& e) {
    fail(e, "read strain of staff " + to_string(staff));
  }
}

bool SqliteStore::mark_strain_alert(StaffId staff, std::string_view day) {
  std::lock_guard lock(mutex_);
  try {
    require_writable("record strain alert");
    auto st = prepare("INSERT OR IGNORE INTO strain_alerts (staff_id, day) VALUES (?, ?)");
    st->bind(1, static_cast<int64_t>(staff.value));
    st->bind(2, std::string(day));
    return st->exec() == 1;
  } catch (const std::exception& e) {
    fail(e, "record strain alert of staff " + to_string(staff));
  }
}

std::vector<FlagRecord> SqliteStore::staff_flags(StaffId staff, quality::Side side, Timestamp from, Timestamp to) {
  std::lock_guard lock(mutex_);
  try {
    auto st = prepare(
        "SELECT i.id, i.client_id, i.started_ms, f.marker, f.turn, f.begin_byte, f.end_byte, f.evidence, f.lang, "
        "f.severity FROM interactions i JOIN quality_flags f ON f.interaction_id = i.id "
        "WHERE i.staff_id = ? AND f.side = ? AND i.started_ms >= ? AND i.started_ms < ? "
        "ORDER BY i.started_ms, i.id, f.id");
    st->bind(1, static_cast<int64_t>(staff.value));
    st->bind(2, std::string(quality::to_string(side)));
    st->bind(3, static_cast<int64_t>(to_unix_ms(from)));
    st->bind(4, static_cast<int64_t>(to_unix_ms(to)));
    std::vector<FlagRecord> out;
    while (st->executeStep()) {
      FlagRecord r;
      r.interaction = InteractionId{st->getColumn(0).getInt64()};
      r.client = ClientId{st->getColumn(1).getInt64()};
      r.at = from_unix_ms(st->getColumn(2).getInt64());
      r.flag.marker = st->getColumn(3).getString();
      r.flag.side = side;
      r.flag.turn = static_cast<std::size_t>(st->getColumn(4).getInt64());
      r.flag.begin = static_cast<std::size_t>(st->getColumn(5).getInt64());
      r.flag.end = static_cast<std::size_t>(st->getColumn(6).getInt64());
      r.flag.evidence = st->getColumn(7).getString();
      r.flag.lang = st->getColumn(8).getString();
      r.flag.severity = st->getColumn(9).getInt();
      out.push_back(std::move(r));
    }
    return out;
  } catch (const std::exception& e) {
    fail(e, "read flags of staff " + to_string(staff));
  }
}

int SqliteStore::client_flag_points(ClientId client, std::span<const std::string> markers) {
  std::lock_guard lock(mutex_);
  try {
    auto st = prepare(
        "SELECT f.marker, COALESCE(SUM(f.severity), 0) FROM interactions i JOIN quality_flags f "
        "ON f.interaction_id = i.id WHERE i.client_id = ? AND f.side = 'client' GROUP BY f.marker");
    st->bind(1, static_cast<int64_t>(client.value));
    int points = 0;
    while (st->executeStep()) {
      const std::string marker = st->getColumn(0).getString();
      for (const auto& m : markers) {
        if (m == marker) points += st->getColumn(1).getInt();
      }
    }
    return points;
  } catch (const std::exception& e) {
    fail(e, "read conduct points of client " + to_string(client));
  }
}

}  // namespace rapport::store::sqlite
