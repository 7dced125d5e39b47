// Time helpers: the system clock at millisecond precision and ISO 8601 text.
#include <charconv>
#include <cstdio>

#include "rapport/error.hpp"
#include "rapport/model/time.hpp"

namespace rapport {

Timestamp system_now() {
  return std::chrono::time_point_cast<std::chrono::milliseconds>(std::chrono::system_clock::now());
}

std::string to_iso8601(Timestamp t) {
  using namespace std::chrono;
  const auto day = floor<days>(t);
  const year_month_day ymd{day};
  const hh_mm_ss hms{t - day};
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02d.%03dZ", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                static_cast<int>(hms.hours().count()), static_cast<int>(hms.minutes().count()),
                static_cast<int>(hms.seconds().count()), static_cast<int>(hms.subseconds().count()));
  return buf;
}

namespace {

// Reads exactly `width` digits at `pos`; false when they are not digits.
bool read_digits(const std::string& s, std::size_t pos, std::size_t width, int& out) {
  if (pos + width > s.size()) return false;
  const char* first = s.data() + pos;
  const auto [ptr, ec] = std::from_chars(first, first + width, out);
  return ec == std::errc{} && ptr == first + width;
}

}  // namespace

Timestamp parse_iso8601(const std::string& text) {
  using namespace std::chrono;
  const auto bad = [&]() {
    return InvalidArgument("'" + text + "' is not an ISO 8601 UTC time (expected YYYY-MM-DD[THH:MM[:SS[.mmm]]][Z])");
  };
  int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0, ms = 0;
  if (!read_digits(text, 0, 4, y) || text.size() < 10 || text[4] != '-' || !read_digits(text, 5, 2, mo) ||
      text[7] != '-' || !read_digits(text, 8, 2, d)) {
    throw bad();
  }
  std::size_t pos = 10;
  if (pos < text.size() && (text[pos] == 'T' || text[pos] == ' ')) {
    if (!read_digits(text, pos + 1, 2, h) || pos + 3 >= text.size() || text[pos + 3] != ':' ||
        !read_digits(text, pos + 4, 2, mi)) {
      throw bad();
    }
    pos += 6;
    if (pos < text.size() && text[pos] == ':') {
      if (!read_digits(text, pos + 1, 2, s)) throw bad();
      pos += 3;
      if (pos < text.size() && text[pos] == '.') {
        if (!read_digits(text, pos + 1, 3, ms)) throw bad();
        pos += 4;
      }
    }
  }
  if (pos < text.size() && text[pos] == 'Z') ++pos;
  if (pos != text.size()) throw bad();
  const year_month_day ymd{year{y}, month{static_cast<unsigned>(mo)}, day{static_cast<unsigned>(d)}};
  if (!ymd.ok() || h > 23 || mi > 59 || s > 59) throw bad();
  return sys_days{ymd} + hours{h} + minutes{mi} + seconds{s} + milliseconds{ms};
}

}  // namespace rapport
