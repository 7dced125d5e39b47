#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <string>

namespace rapport {

/// A point in time, UTC, with millisecond precision (how rapport stores time).
using Timestamp = std::chrono::sys_time<std::chrono::milliseconds>;

/// A clock the library asks for "now"; inject a fixed or manual one in tests.
using Clock = std::function<Timestamp()>;

/// The system clock, truncated to milliseconds.
Timestamp system_now();

/// Milliseconds since the Unix epoch, as stored.
constexpr std::int64_t to_unix_ms(Timestamp t) noexcept { return t.time_since_epoch().count(); }

/// The timestamp of `ms` milliseconds since the Unix epoch.
constexpr Timestamp from_unix_ms(std::int64_t ms) noexcept { return Timestamp{std::chrono::milliseconds{ms}}; }

/// ISO 8601 UTC text, e.g. "2026-11-23T09:30:00.000Z".
std::string to_iso8601(Timestamp t);

/// Parses ISO 8601 UTC text ("2026-11-23", "2026-11-23T09:30:00Z", with optional .mmm);
/// throws InvalidArgument naming the text when it is not such a time.
Timestamp parse_iso8601(const std::string& text);

}  // namespace rapport
