// Duplicate-client rules shared by both stores (duplicate_rules.hpp).
#include "duplicate_rules.hpp"

#include <algorithm>

namespace rapport::store {

std::size_t name_tolerance(std::size_t length) { return length >= 12 ? 2 : length >= 5 ? 1 : 0; }

std::string block_of(const std::string& key) { return key.substr(0, std::min<std::size_t>(2, key.size())); }

void add_pair(DuplicatePairs& pairs, std::int64_t x, std::int64_t y, DuplicateReason reason,
              const std::string& detail) {
  if (x == y) return;
  const auto key = std::minmax(x, y);
  auto& p = pairs[key];
  p.a = ClientId{key.first};
  p.b = ClientId{key.second};
  if (std::find(p.reasons.begin(), p.reasons.end(), reason) == p.reasons.end()) {
    p.reasons.push_back(reason);
    if (!p.detail.empty()) p.detail += "; ";
    p.detail += detail;
  }
}

}  // namespace rapport::store
