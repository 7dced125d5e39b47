#pragma once

// The report aggregates of migration 3: summary tables kept by triggers.
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace rapport::store::sqlite {

/// Milliseconds in one aggregate day (days are UTC).
inline constexpr std::int64_t kAggregateDayMs = 86'400'000;
/// Days in one coarse client bucket: a window is read as whole coarse buckets plus at most this many days.
inline constexpr std::int64_t kClientSpanDays = 16;

/// a / b rounded down (b > 0), right for negative a (times before 1970).
constexpr std::int64_t floor_div(std::int64_t a, std::int64_t b) { return a / b - (a % b < 0); }
/// a / b rounded up (b > 0).
constexpr std::int64_t ceil_div(std::int64_t a, std::int64_t b) { return a / b + (a % b > 0); }

/// A period [from_ms, to_ms) cut into the whole UTC days the aggregates answer
/// for and the partial days at its edges, which are read from the rows.
struct DaySplit {
  std::int64_t first_day = 0;  ///< first whole day (days since 1970)
  std::int64_t end_day = 0;    ///< one past the last whole day; == first_day when there are none
  std::vector<std::pair<std::int64_t, std::int64_t>> edges;  ///< [from, to) millisecond ranges outside whole days
};

/// Splits [from_ms, to_ms) into whole days and edges.
DaySplit split_days(std::int64_t from_ms, std::int64_t to_ms);

/// Migration 3: the aggregate tables, the triggers that keep them, and their first fill.
std::string aggregates_migration();
/// Empties the aggregate tables and fills them again from the rows they summarise.
std::string aggregates_fill_sql();

}  // namespace rapport::store::sqlite
