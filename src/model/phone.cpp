// Phone numbers go through libphonenumber, never through hand-written rules:
// numbering plans change and only Google's metadata keeps up with them.
#include <phonenumbers/phonenumberutil.h>

#include "rapport/error.hpp"
#include "rapport/model/validate.hpp"

namespace rapport {

std::string normalize_phone(std::string_view phone, std::string_view default_region) {
  using i18n::phonenumbers::PhoneNumber;
  using i18n::phonenumbers::PhoneNumberUtil;
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  const std::string text(phone);
  const std::string region = default_region.empty() ? std::string("ZZ") : std::string(default_region);
  PhoneNumber number;
  if (util.Parse(text, region, &number) != PhoneNumberUtil::NO_PARSING_ERROR) {
    throw InvalidArgument(
        "phone '" + text + "' cannot be parsed" +
        (default_region.empty() ? " (write it with +country code, or set a default region)" : " for region " + region));
  }
  if (!util.IsValidNumber(number)) {
    throw InvalidArgument("phone '" + text + "' is not a valid number");
  }
  std::string e164;
  util.Format(number, PhoneNumberUtil::E164, &e164);
  return e164;
}

}  // namespace rapport
