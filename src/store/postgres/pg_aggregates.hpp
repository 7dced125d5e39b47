#pragma once

// The report aggregates of PostgreSQL migration 5: summary tables kept by triggers.
#include <string>

namespace rapport::store::postgres {

/// Migration 5: the aggregate tables (the SQLite store's, docs/performance.md),
/// the PL/pgSQL triggers that keep them, and their first fill from the rows.
std::string aggregates_migration();

}  // namespace rapport::store::postgres
