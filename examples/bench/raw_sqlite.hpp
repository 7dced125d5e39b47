#pragma once

// Bulk writes with raw prepared SQLite statements into a rapport database: the
// ingest baseline, and the fast way to build a million-interaction history for
// the report timings (no analysis, no library code in the loop).
#include <SQLiteCpp/Database.h>

#include <string>
#include <vector>

#include "raw_interaction.hpp"

namespace bench {

/// Opens `path` (a rapport database already migrated) with the store's settings: WAL, synchronous FULL.
SQLite::Database open_raw(const std::string& path);
/// Inserts `items` in ONE transaction with prepared statements.
void insert_raw(SQLite::Database& db, const std::vector<RawInteraction>& items);
/// Inserts `count` clients (ids 1..count) and `staff` staff members in one transaction.
void insert_people(SQLite::Database& db, std::size_t clients, std::size_t staff, std::int64_t created_ms);

}  // namespace bench
