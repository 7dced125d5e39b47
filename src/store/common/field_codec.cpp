// Custom field values round-trip through (type, text) columns without loss:
// numbers are written with 17 significant digits.
#include "field_codec.hpp"

#include <charconv>
#include <cstdio>

#include "rapport/error.hpp"

namespace rapport::store {

std::pair<std::string, std::string> encode_field(const FieldValue& value) {
  struct Visitor {
    std::pair<std::string, std::string> operator()(const std::string& s) const { return {"text", s}; }
    std::pair<std::string, std::string> operator()(double d) const {
      char buf[40];
      std::snprintf(buf, sizeof buf, "%.17g", d);
      return {"number", buf};
    }
    std::pair<std::string, std::string> operator()(bool b) const { return {"bool", b ? "true" : "false"}; }
    std::pair<std::string, std::string> operator()(const std::chrono::year_month_day& d) const {
      char buf[16];
      std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
                    static_cast<unsigned>(d.day()));
      return {"date", buf};
    }
  };
  return std::visit(Visitor{}, value);
}

std::string field_text(const FieldValue& value) { return encode_field(value).second; }

FieldValue decode_field(const std::string& type, const std::string& text) {
  if (type == "text") return text;
  if (type == "bool") return text == "true";
  if (type == "number") return std::strtod(text.c_str(), nullptr);
  if (type == "date") {
    int y = 0;
    unsigned m = 0, d = 0;
    if (std::sscanf(text.c_str(), "%d-%u-%u", &y, &m, &d) == 3) {
      return std::chrono::year_month_day{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
    }
  }
  throw StorageError("corrupt custom field value '" + text + "' of type '" + type + "'");
}

}  // namespace rapport::store
