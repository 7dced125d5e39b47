#pragma once

#include <cstdint>
#include <string>

namespace rapport {

/// An amount of money: an ISO 4217 currency code and an integer count of its
/// minor units (cents, grosze, bani, kopecks). Never a floating-point number.
struct Money {
  std::string currency{};  ///< three upper-case letters, e.g. "EUR", "PLN"
  std::int64_t minor = 0;  ///< amount in minor units; may be negative (refunds)

  /// Equal when currency and amount are equal.
  bool operator==(const Money&) const = default;
};

/// Checks the currency code; throws InvalidArgument naming it when it is not three letters A-Z.
void validate(const Money& money);

/// Sum of two amounts of one currency; throws InvalidArgument on mixed currencies
/// and on overflow (naming both amounts).
Money add(const Money& a, const Money& b);

/// "12.50 EUR" style text, assuming two minor-unit digits.
std::string to_string(const Money& money);

}  // namespace rapport
