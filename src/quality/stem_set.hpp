#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "tokenizer.hpp"

namespace rapport::quality::detail {

/// The content-word stems of a turn, as a set, for comparing demands: words
/// of 4+ letters cut to 5 characters, so inflected forms meet ("карты" /
/// "карту" -> "карт"). Kept in one buffer and ordered by their first eight
/// bytes before the rest, so building and comparing sets seldom needs more
/// than an integer comparison per pair.
class StemSet {
 public:
  /// Replaces the set with the stems of `text`'s tokens outside tone annotations.
  void assign(const TokenizedText& text);

  /// Number of distinct stems.
  [[nodiscard]] std::size_t size() const noexcept { return stems_.size(); }
  /// Number of stems both sets hold.
  [[nodiscard]] std::size_t common_with(const StemSet& other) const noexcept;

 private:
  struct Stem {
    std::uint64_t head = 0;  // the first eight bytes, big-endian, zero-padded: orders like the bytes
    std::uint32_t begin = 0;
    std::uint32_t size = 0;
  };

  [[nodiscard]] std::string_view view(const Stem& s) const noexcept {
    return std::string_view(bytes_).substr(s.begin, s.size);
  }
  // Strict order on stems of this set and `other`'s: by head, then by bytes.
  [[nodiscard]] int compare(const Stem& a, const StemSet& other, const Stem& b) const noexcept {
    if (a.head != b.head) return a.head < b.head ? -1 : 1;
    return view(a).compare(other.view(b));
  }

  std::string bytes_;
  std::vector<Stem> stems_;  // sorted, distinct
};

// ---- implementation ----------------------------------------------------------

inline void StemSet::assign(const TokenizedText& text) {
  bytes_.clear();
  stems_.clear();
  for (std::size_t i = 0; i < text.tokens.size(); ++i) {
    if (text.tokens[i].annotation) continue;
    const std::string_view w = text.word(i);
    std::size_t letters = 0;
    std::size_t cut = 0;
    for (std::size_t p = 0; p < w.size();) {
      decode_fast(w, p);
      if (++letters == 5) cut = p;
    }
    if (letters < 4) continue;
    const std::string_view stem = letters >= 5 ? w.substr(0, cut) : w;
    Stem s;
    for (std::size_t k = 0; k < 8; ++k) {
      s.head = (s.head << 8) | (k < stem.size() ? static_cast<unsigned char>(stem[k]) : 0u);
    }
    s.begin = static_cast<std::uint32_t>(bytes_.size());
    s.size = static_cast<std::uint32_t>(stem.size());
    bytes_ += stem;
    stems_.push_back(s);
  }
  std::sort(stems_.begin(), stems_.end(), [this](const Stem& a, const Stem& b) { return compare(a, *this, b) < 0; });
  stems_.erase(std::unique(stems_.begin(), stems_.end(),
                           [this](const Stem& a, const Stem& b) { return compare(a, *this, b) == 0; }),
               stems_.end());
}

inline std::size_t StemSet::common_with(const StemSet& other) const noexcept {
  std::size_t common = 0;
  auto a = stems_.begin();
  auto b = other.stems_.begin();
  while (a != stems_.end() && b != other.stems_.end()) {
    const int c = compare(*a, other, *b);
    if (c < 0) {
      ++a;
    } else if (c > 0) {
      ++b;
    } else {
      ++common;
      ++a;
      ++b;
    }
  }
  return common;
}

}  // namespace rapport::quality::detail
