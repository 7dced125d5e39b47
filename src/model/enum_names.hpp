#pragma once

#include <array>
#include <string>
#include <string_view>
#include <utility>

#include "rapport/error.hpp"

namespace rapport::detail {

/// A fixed table of an enum's values and their text names.
template <class E, std::size_t N>
using EnumNames = std::array<std::pair<E, std::string_view>, N>;

/// The name of `value` in `names` ("?" when absent, which a complete table never is).
template <class E, std::size_t N>
constexpr std::string_view enum_name(E value, const EnumNames<E, N>& names) noexcept {
  for (const auto& [v, name] : names) {
    if (v == value) return name;
  }
  return "?";
}

/// The value named `text`; throws InvalidArgument naming the text, the kind and the choices.
template <class E, std::size_t N>
E parse_enum(std::string_view text, const EnumNames<E, N>& names, std::string_view kind) {
  for (const auto& [v, name] : names) {
    if (name == text) return v;
  }
  std::string choices;
  for (const auto& [v, name] : names) {
    if (!choices.empty()) choices += ", ";
    choices += name;
  }
  throw InvalidArgument("unknown " + std::string(kind) + " '" + std::string(text) + "' (expected one of: " + choices +
                        ")");
}

}  // namespace rapport::detail
