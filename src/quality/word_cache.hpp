#pragma once

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace rapport::quality::detail {

/// The atom lists of words met recently, by the word itself. Text repeats its
/// words, and one probe of this table is cheaper than walking the rule-word
/// trie a byte at a time. Holds words of up to 24 bytes (nearly all); grows
/// with the vocabulary up to a bound, then starts over. Not shared between
/// threads.
class WordCache {
 public:
  static constexpr std::uint32_t kMiss = 0xFFFFFFFFu;
  static constexpr std::size_t kMaxWord = 24;

  WordCache() : slots_(kMinSlots) {}

  /// The list cached for `word`, or kMiss.
  [[nodiscard]] std::uint32_t find(std::string_view word) const noexcept {
    if (word.size() > kMaxWord) return kMiss;
    const Slot key = key_of(word, 0);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t slot = hash(key) & mask;; slot = (slot + 1) & mask) {
      const Slot& s = slots_[slot];
      if (s.size == 0) return kMiss;
      if (s.same_word(key)) return s.list;
    }
  }

  /// Remembers `list` for `word` (which find() just missed).
  void add(std::string_view word, std::uint32_t list) {
    if (word.size() > kMaxWord || word.empty()) return;
    if ((count_ + 1) * 2 > slots_.size()) {
      // Double while the vocabulary fits the bound; past it, start over small.
      const std::size_t size = slots_.size() < kMaxSlots ? slots_.size() * 2 : kMinSlots;
      std::vector<Slot> old(size);
      old.swap(slots_);
      count_ = 0;
      if (size > old.size()) {
        for (const Slot& s : old) {
          if (s.size != 0) insert(s);
        }
      }
    }
    insert(key_of(word, list));
  }

  /// Forgets every word (the lists belong to another automaton).
  void clear() {
    slots_.assign(kMinSlots, Slot{});
    count_ = 0;
  }

 private:
  struct Slot {                         // 32 bytes
    std::uint64_t a = 0, b = 0, c = 0;  // the word's bytes (see key_of)
    std::uint32_t size = 0;             // 0: an empty slot
    std::uint32_t list = 0;
    [[nodiscard]] bool same_word(const Slot& k) const noexcept {
      return a == k.a && b == k.b && c == k.c && size == k.size;
    }
  };

  static constexpr std::size_t kMinSlots = 1024;
  static constexpr std::size_t kMaxSlots = std::size_t{1} << 15;

  static std::uint64_t load64(const char* p) noexcept {
    std::uint64_t v;
    std::memcpy(&v, p, 8);
    return v;
  }
  static std::uint64_t load32(const char* p) noexcept {
    std::uint32_t v;
    std::memcpy(&v, p, 4);
    return v;
  }
  // Packs the word's bytes without reading past it; loads may overlap, but
  // for a given length every byte lands somewhere, so equal keys mean equal words.
  static Slot key_of(std::string_view word, std::uint32_t list) noexcept {
    const char* p = word.data();
    const std::size_t n = word.size();
    Slot k;
    k.size = static_cast<std::uint32_t>(n);
    k.list = list;
    if (n >= 8) {
      k.a = load64(p);
      k.b = load64(p + (n > 16 ? 8 : n - 8));
      k.c = n > 16 ? load64(p + n - 8) : 0;
    } else if (n >= 4) {
      k.a = load32(p) | (load32(p + n - 4) << 32);
    } else if (n > 0) {
      k.a = static_cast<unsigned char>(p[0]) | (std::uint64_t{static_cast<unsigned char>(p[n / 2])} << 8) |
            (std::uint64_t{static_cast<unsigned char>(p[n - 1])} << 16);
    }
    return k;
  }
  static std::size_t hash(const Slot& k) noexcept {
    std::uint64_t h =
        (k.a * 0x9E3779B97F4A7C15ULL) ^ (k.b * 0xC2B2AE3D27D4EB4FULL) ^ (k.c * 0x165667B19E3779F9ULL) ^ k.size;
    h ^= h >> 29;
    h *= 0xBF58476D1CE4E5B9ULL;
    h ^= h >> 32;
    return static_cast<std::size_t>(h);
  }
  void insert(const Slot& k) {
    const std::size_t mask = slots_.size() - 1;
    std::size_t slot = hash(k) & mask;
    while (slots_[slot].size != 0) slot = (slot + 1) & mask;
    slots_[slot] = k;
    ++count_;
  }

  std::vector<Slot> slots_;
  std::size_t count_ = 0;
};

}  // namespace rapport::quality::detail
