#pragma once

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace rapport::report {

/// One value of a table: empty, a whole number, a decimal, or text.
using Cell = std::variant<std::monostate, std::int64_t, double, std::string>;

/// A report rendered as rows and named columns, for printing in any format.
struct Table {
  std::string title{};                    ///< e.g. "Agent scorecard 2026-11-01..2026-12-01"
  std::vector<std::string> columns{};     ///< column names (snake_case: they are JSON keys too)
  std::vector<std::vector<Cell>> rows{};  ///< each as long as `columns`
};

/// Aligned plain-text columns under the title; numbers right-aligned, decimals with 2 places.
std::string format_text(const Table& table);
/// A JSON array of objects keyed by column name (empty cells are null).
std::string format_json(const Table& table);
/// RFC 4180 CSV with a header line; fields with commas, quotes or line breaks are quoted.
std::string format_csv(const Table& table);

}  // namespace rapport::report
