// Folding for duplicate detection; the analyzer has its own faster normaliser.
#include "text/fold.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <vector>

namespace rapport::text {
namespace {

std::u32string decode(std::string_view s) {
  std::u32string out;
  auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(s.size());
  while (left > 0) {
    utf8proc_int32_t cp = 0;
    const utf8proc_ssize_t n = utf8proc_iterate(p, left, &cp);
    if (n <= 0) {  // invalid byte: skip it rather than loop
      ++p, --left;
      continue;
    }
    out.push_back(static_cast<char32_t>(cp));
    p += n, left -= n;
  }
  return out;
}

}  // namespace

std::string fold_strip_marks(std::string_view utf8) {
  utf8proc_uint8_t* out = nullptr;
  const auto options = static_cast<utf8proc_option_t>(UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK | UTF8PROC_COMPOSE);
  const utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(utf8.data()),
                                          static_cast<utf8proc_ssize_t>(utf8.size()), &out, options);
  if (n < 0) return std::string(utf8);
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned(out, &std::free);
  return std::string(reinterpret_cast<const char*>(out), static_cast<std::size_t>(n));
}

std::string search_fold(std::string_view utf8) {
  // Pairs of (letter, plain spelling); sqlite's unicode61 tokenizer already
  // removes the diacritics that Unicode decomposes (ó, ș, ă, ...).
  static constexpr std::pair<std::string_view, std::string_view> kPlain[] = {
      {"ł", "l"}, {"Ł", "L"}, {"đ", "d"},  {"Đ", "D"},  {"ø", "o"},  {"Ø", "O"},  {"ħ", "h"},
      {"Ħ", "H"}, {"ı", "i"}, {"æ", "ae"}, {"Æ", "AE"}, {"œ", "oe"}, {"Œ", "OE"}, {"ß", "ss"}};
  std::string out;
  bool changed = false;
  for (std::size_t i = 0; i < utf8.size();) {
    bool replaced = false;
    if (static_cast<unsigned char>(utf8[i]) >= 0x80) {
      for (const auto& [letter, plain] : kPlain) {
        if (utf8.substr(i, letter.size()) == letter) {
          out += plain;
          i += letter.size();
          replaced = changed = true;
          break;
        }
      }
    }
    if (!replaced) out += utf8[i++];
  }
  return changed ? out : std::string();
}

std::string name_key(std::string_view name) {
  const std::u32string folded = decode(fold_strip_marks(name));
  std::vector<std::string> words;
  std::string word;
  const auto flush = [&]() {
    if (!word.empty()) words.push_back(std::move(word));
    word.clear();
  };
  for (const char32_t cp : folded) {
    const auto category = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
    const bool alnum = (category >= UTF8PROC_CATEGORY_LU && category <= UTF8PROC_CATEGORY_LO) ||
                       (category >= UTF8PROC_CATEGORY_ND && category <= UTF8PROC_CATEGORY_NO);
    if (!alnum) {
      flush();
      continue;
    }
    utf8proc_uint8_t buf[4];
    const auto n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(cp), buf);
    word.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
  }
  flush();
  std::sort(words.begin(), words.end());
  std::string key;
  for (const auto& w : words) {
    if (!key.empty()) key += ' ';
    key += w;
  }
  return key;
}

std::size_t edit_distance(std::string_view a_utf8, std::string_view b_utf8, std::size_t limit) {
  const std::u32string a = decode(a_utf8);
  const std::u32string b = decode(b_utf8);
  const std::size_t diff = a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
  if (diff > limit) return limit + 1;
  std::vector<std::size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    std::size_t row_min = cur[0];
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, sub});
      row_min = std::min(row_min, cur[j]);
    }
    if (row_min > limit) return limit + 1;
    std::swap(prev, cur);
  }
  return std::min(prev[b.size()], limit + 1);
}

}  // namespace rapport::text
