#pragma once

#include <cstddef>
#include <string>

#include "rapport/error.hpp"

namespace rapport::detail {

/// Checks a page size or result limit given by a caller (1..1000).
inline std::size_t checked_limit(std::size_t limit) {
  if (limit == 0 || limit > 1000) {
    throw InvalidArgument("limit " + std::to_string(limit) + " is out of range 1..1000");
  }
  return limit;
}

}  // namespace rapport::detail
