#pragma once

// Bulk writes with raw prepared SQLite statements into a rapport database: the
// ingest baseline, and the fast way to build a million-interaction history for
// the report timings (no analysis, no library code in the loop).
#include <SQLiteCpp/Database.h>

#include <cstdint>
#include <string>
#include <vector>

#include "rapport/model/interaction.hpp"
#include "rapport/quality/report.hpp"

namespace bench {

/// One interaction as the baseline writes it: the row, its turns, its analysis row and flags, its FTS row.
struct RawInteraction {
  std::int64_t client = 0;                                  ///< client id
  std::int64_t staff = 0;                                   ///< staff id (0: none)
  std::string channel = "call";                             ///< channel name
  std::int64_t started_ms = 0;                              ///< start
  std::int64_t duration_ms = 0;                             ///< length
  int csat = 0;                                             ///< 0: none
  const std::vector<rapport::Turn>* turns = nullptr;        ///< transcript (null: none, no FTS row)
  const rapport::quality::QualityReport* report = nullptr;  ///< analysis (stance etc., flags)
  double strain = 0;                                        ///< strain
};

/// Opens `path` (a rapport database already migrated) with the store's settings: WAL, synchronous FULL.
SQLite::Database open_raw(const std::string& path);
/// Inserts `items` in ONE transaction with prepared statements.
void insert_raw(SQLite::Database& db, const std::vector<RawInteraction>& items);
/// Inserts `count` clients (ids 1..count) and `staff` staff members in one transaction.
void insert_people(SQLite::Database& db, std::size_t clients, std::size_t staff, std::int64_t created_ms);

}  // namespace bench
