// Money arithmetic in integer minor units, with overflow checks.
#include <algorithm>
#include <cstdlib>

#include "rapport/error.hpp"
#include "rapport/model/money.hpp"

namespace rapport {

void validate(const Money& money) {
  const bool ok = money.currency.size() == 3 && std::all_of(money.currency.begin(), money.currency.end(),
                                                            [](char c) { return c >= 'A' && c <= 'Z'; });
  if (!ok) throw InvalidArgument("currency '" + money.currency + "' is not an ISO 4217 code (three letters A-Z)");
}

Money add(const Money& a, const Money& b) {
  validate(a);
  validate(b);
  if (a.currency != b.currency) {
    throw InvalidArgument("cannot add " + to_string(a) + " and " + to_string(b) + ": different currencies");
  }
  std::int64_t sum = 0;
  if (__builtin_add_overflow(a.minor, b.minor, &sum)) {
    throw InvalidArgument("adding " + to_string(a) + " and " + to_string(b) + " overflows");
  }
  return Money{a.currency, sum};
}

std::string to_string(const Money& money) {
  const std::int64_t whole = money.minor / 100;
  const std::int64_t cents = std::llabs(money.minor % 100);
  std::string sign = (money.minor < 0 && whole == 0) ? "-" : "";
  std::string out = sign + std::to_string(whole) + "." + (cents < 10 ? "0" : "") + std::to_string(cents);
  return out + " " + money.currency;
}

}  // namespace rapport
