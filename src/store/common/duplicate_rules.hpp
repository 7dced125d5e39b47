#pragma once

// What counts as a duplicate client, the same in both stores.
#include <cstdint>
#include <map>
#include <string>
#include <utility>

#include "rapport/store/store.hpp"

namespace rapport::store {

/// Pairs found so far, by (smaller id, larger id).
using DuplicatePairs = std::map<std::pair<std::int64_t, std::int64_t>, DuplicatePair>;

/// How far apart two name keys may be and still count as near-identical:
/// one typo in a short name, two in a long one.
std::size_t name_tolerance(std::size_t length);

/// Names are compared within blocks that share their first letters: a typo in
/// the first two letters is missed, but the scan stays far from O(n^2).
std::string block_of(const std::string& key);

/// Records that clients x and y look alike for `reason` (once per reason), `detail` saying why.
void add_pair(DuplicatePairs& pairs, std::int64_t x, std::int64_t y, DuplicateReason reason, const std::string& detail);

}  // namespace rapport::store
