#pragma once

#include <string>
#include <string_view>

#include "rapport/model/time.hpp"

namespace rapport::report {

/// A half-open span of time [from, to) that a report covers.
struct Period {
  Timestamp from{};  ///< first instant included
  Timestamp to{};    ///< first instant after the period

  /// The period of the same length that ends where this one starts (for trends).
  [[nodiscard]] Period previous() const noexcept { return Period{from - (to - from), from}; }
  /// "2026-11-01..2026-12-01" (dates when both ends are midnight UTC, else ISO 8601 times).
  [[nodiscard]] std::string to_string() const;
  /// Equal when both ends are equal.
  bool operator==(const Period&) const = default;
};

/// The calendar month containing `t` (UTC).
Period month_of(Timestamp t);
/// The `days` whole days before `now`'s day, plus `now`'s day so far: [today - days + 1, tomorrow).
Period last_days(Timestamp now, int days);

/// Parses a period as the CLI takes it: "2026-11" (a month), "2026-11-01..2026-11-30"
/// (inclusive dates), "30d" (the last 30 days up to `now`), "all". Throws InvalidArgument
/// naming the text otherwise, or when the period is empty or reversed.
Period parse_period(std::string_view text, Timestamp now);

}  // namespace rapport::report
