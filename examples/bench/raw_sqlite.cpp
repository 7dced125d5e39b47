// Raw prepared-statement writes: the baseline rapport's ingest is compared with.
#include "raw_sqlite.hpp"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include "text/fold.hpp"

namespace bench {

SQLite::Database open_raw(const std::string& path) {
  SQLite::Database db(path, SQLite::OPEN_READWRITE);
  // The same settings as the store opens with (StoreOptions defaults).
  db.exec(
      "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA cache_size = -32768; "
      "PRAGMA mmap_size = 268435456; PRAGMA temp_store = MEMORY;");
  return db;
}

void insert_raw(SQLite::Database& db, const std::vector<RawInteraction>& items) {
  SQLite::Transaction tx(db);
  SQLite::Statement interaction(db,
                                "INSERT INTO interactions (client_id, staff_id, channel, direction, started_ms, "
                                "duration_ms, subject, outcome, csat, created_ms) VALUES (?, ?, ?, 'inbound', ?, ?, "
                                "'', '', ?, ?)");
  SQLite::Statement turn(db, "INSERT INTO turns (interaction_id, idx, role, speaker, text) VALUES (?, ?, ?, ?, ?)");
  SQLite::Statement fts(db, "INSERT INTO interaction_fts (rowid, subject, body, folded) VALUES (?, '', ?, ?)");
  SQLite::Statement quality(
      db,
      "INSERT INTO interaction_quality (interaction_id, rules_version, stance, conduct, "
      "adversarial, strain, metrics, analyzed_ms, agent_markers) VALUES (?, 'bench', ?, ?, ?, ?, ?, ?, ?)");
  SQLite::Statement flag(db,
                         "INSERT INTO quality_flags (interaction_id, marker, side, turn, begin_byte, end_byte, "
                         "evidence, lang, severity) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  for (const auto& it : items) {
    interaction.bind(1, it.client);
    if (it.staff)
      interaction.bind(2, it.staff);
    else
      interaction.bind(2);
    interaction.bind(3, it.channel);
    interaction.bind(4, it.started_ms);
    interaction.bind(5, it.duration_ms);
    if (it.csat)
      interaction.bind(6, it.csat);
    else
      interaction.bind(6);
    interaction.bind(7, it.started_ms);
    interaction.exec();
    interaction.reset();
    const std::int64_t id = db.getLastInsertRowid();
    if (it.turns) {
      std::string body;
      for (std::size_t k = 0; k < it.turns->size(); ++k) {
        const auto& t = (*it.turns)[k];
        turn.bind(1, id);
        turn.bind(2, static_cast<std::int64_t>(k));
        turn.bind(3, t.role == rapport::SpeakerRole::agent ? "agent" : "client");
        turn.bind(4, t.speaker);
        turn.bind(5, t.text);
        turn.exec();
        turn.reset();
        body += t.text;
        body += '\n';
      }
      fts.bind(1, id);
      fts.bind(2, body);
      fts.bind(3, rapport::text::search_fold("\n" + body));  // as the store writes it
      fts.exec();
      fts.reset();
    }
    if (it.report) {
      quality.bind(1, id);
      quality.bind(2, it.report->stance);
      quality.bind(3, it.report->conduct);
      quality.bind(4, it.report->adversarial ? 1 : 0);
      quality.bind(5, it.strain);
      quality.bind(6, kRawMetrics);
      quality.bind(7, it.started_ms);
      quality.bind(8, agent_markers(*it.report));
      quality.exec();
      quality.reset();
      for (const auto& f : it.report->flags) {
        flag.bind(1, id);
        flag.bind(2, f.marker);
        flag.bind(3, f.side == rapport::quality::Side::agent ? "agent" : "client");
        flag.bind(4, static_cast<std::int64_t>(f.turn));
        flag.bind(5, static_cast<std::int64_t>(f.begin));
        flag.bind(6, static_cast<std::int64_t>(f.end));
        flag.bind(7, f.evidence);
        flag.bind(8, f.lang);
        flag.bind(9, f.severity);
        flag.exec();
        flag.reset();
      }
    }
  }
  tx.commit();
}

void insert_people(SQLite::Database& db, std::size_t clients, std::size_t staff, std::int64_t created_ms) {
  SQLite::Transaction tx(db);
  SQLite::Statement s(db, "INSERT INTO staff (name, email, role, active) VALUES (?, ?, 'agent', 1)");
  for (std::size_t i = 1; i <= staff; ++i) {
    s.bind(1, "Agent " + std::to_string(i));
    s.bind(2, "agent" + std::to_string(i) + "@example.com");
    s.exec();
    s.reset();
  }
  SQLite::Statement c(db,
                      "INSERT INTO clients (kind, name, name_key, language, stage, marketing_consent, created_ms, "
                      "updated_ms) VALUES ('person', ?, ?, 'en', ?, 0, ?, ?)");
  static const char* kStages[] = {"lead", "prospect", "customer", "customer"};
  for (std::size_t i = 1; i <= clients; ++i) {
    const std::string name = "Client " + std::to_string(i);
    c.bind(1, name);
    c.bind(2, "client " + std::to_string(i));
    c.bind(3, kStages[i % 4]);
    c.bind(4, created_ms);
    c.bind(5, created_ms);
    c.exec();
    c.reset();
  }
  tx.commit();
}

}  // namespace bench
