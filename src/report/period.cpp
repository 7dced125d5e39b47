// Report periods: months, trailing days, and the CLI's period syntax.
#include "rapport/report/period.hpp"

#include <charconv>

#include "rapport/error.hpp"

namespace rapport::report {
namespace {

using std::chrono::days;
using std::chrono::sys_days;

Timestamp at_midnight(sys_days d) { return std::chrono::time_point_cast<std::chrono::milliseconds>(d); }

bool is_midnight(Timestamp t) { return t == at_midnight(std::chrono::floor<days>(t)); }

std::string date_text(Timestamp t) { return to_iso8601(t).substr(0, 10); }

[[noreturn]] void bad(std::string_view text, std::string_view why) {
  throw InvalidArgument("period '" + std::string(text) + "' " + std::string(why) +
                        " (use YYYY-MM, YYYY-MM-DD..YYYY-MM-DD, Nd or all)");
}

}  // namespace

// "all" spans 1970 up to the start of year 10000, past any time rapport stores.
constexpr std::int64_t kAllEndMs = 253'402'300'800'000;

std::string Period::to_string() const {
  if (to_unix_ms(from) == 0 && to_unix_ms(to) == kAllEndMs) return "all";
  if (is_midnight(from) && is_midnight(to)) return date_text(from) + ".." + date_text(to);
  return to_iso8601(from) + ".." + to_iso8601(to);
}

Period month_of(Timestamp t) {
  const std::chrono::year_month_day ymd{std::chrono::floor<days>(t)};
  const auto first = ymd.year() / ymd.month() / 1;
  const auto next = first + std::chrono::months{1};
  return Period{at_midnight(sys_days{first}), at_midnight(sys_days{next})};
}

Period last_days(Timestamp now, int n) {
  if (n < 1) throw InvalidArgument("a period of " + std::to_string(n) + " days is empty");
  const auto tomorrow = std::chrono::floor<days>(now) + days{1};
  return Period{at_midnight(tomorrow - days{n}), at_midnight(tomorrow)};
}

Period parse_period(std::string_view text, Timestamp now) {
  if (text == "all") return Period{from_unix_ms(0), from_unix_ms(kAllEndMs)};
  if (!text.empty() && text.back() == 'd') {
    int n = 0;
    const auto digits = text.substr(0, text.size() - 1);
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
    if (ec != std::errc{} || end != digits.data() + digits.size() || n < 1 || n > 36'600) {
      bad(text, "is not a number of days from 1 to 36600");
    }
    return last_days(now, n);
  }
  const auto dots = text.find("..");
  try {
    if (dots == std::string_view::npos) {
      if (text.size() != 7) bad(text, "is not a period");
      return month_of(parse_iso8601(std::string(text) + "-01"));
    }
    const auto first = parse_iso8601(std::string(text.substr(0, dots)));
    const auto last = parse_iso8601(std::string(text.substr(dots + 2)));
    if (!is_midnight(first) || !is_midnight(last)) bad(text, "must name whole dates");
    if (last < first) bad(text, "ends before it starts");
    return Period{first, last + days{1}};
  } catch (const InvalidArgument& e) {
    if (std::string_view(e.what()).starts_with("period '")) throw;
    bad(text, "is not a period");
  }
}

}  // namespace rapport::report
