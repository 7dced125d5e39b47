#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rapport::quality::detail {

/// One word of a turn after normalisation (docs/quality-markers.md).
struct Token {
  std::uint32_t norm_begin = 0;  ///< offset of the normalised word in TokenizedText::norm
  std::uint32_t norm_size = 0;   ///< its length in bytes
  std::uint32_t byte_begin = 0;  ///< first byte in the original text
  std::uint32_t byte_end = 0;    ///< one past the last byte in the original text
  std::uint32_t sentence = 0;    ///< sentence number within the turn
  std::uint32_t clause = 0;      ///< clause number within the turn (clauses never span sentences)
  bool quoted = false;           ///< inside quotation marks
  bool annotation = false;       ///< inside [..], (..) or *..* (tone annotations)
};

/// Words written in capitals, for the shouting detectors. A word here is a
/// run of letters (see CharInfo), which is not quite a token: digits, marks
/// and apostrophes end it.
struct Capitals {
  std::size_t letters = 0;                     ///< letters in the text
  std::size_t upper_letters = 0;               ///< of which upper-case
  std::size_t words = 0;                       ///< words of two or more letters, all upper-case
  std::size_t begin = std::string_view::npos;  ///< first byte of the first such word
  std::size_t end = 0;                         ///< one past the last byte of the last one
};

/// A turn split into normalised tokens; reused between turns to avoid allocations.
struct TokenizedText {
  std::string norm;           ///< all normalised words, back to back
  std::vector<Token> tokens;  ///< in text order
  Capitals capitals;          ///< gathered in the same pass

  /// The normalised word of token `i`.
  [[nodiscard]] std::string_view word(std::size_t i) const {
    return std::string_view(norm).substr(tokens[i].norm_begin, tokens[i].norm_size);
  }
};

/// Splits `text` into tokens and normalises each: case folding, Latin
/// diacritics stripped, ё -> е, apostrophes inside words dropped, Latin
/// look-alikes inside Cyrillic words made Cyrillic. Invalid UTF-8 bytes act
/// as separators. Clears `out` first.
///
/// ASCII and two- and three-byte sequences are decoded and classified by
/// table; anything else (and every invalid byte) through decode_at and
/// utf8proc. `general_path_only` forces the latter everywhere: the fast path
/// must give the same tokens, and tests compare the two.
void tokenize(std::string_view text, TokenizedText& out, bool general_path_only = false);

/// Character facts the structural detectors need.
struct CharInfo {
  bool letter = false;  ///< a letter of any script
  bool upper = false;   ///< an upper-case letter
};

/// Decodes the code point at `pos` (advancing it); invalid bytes give U+FFFD and advance by one.
char32_t decode_at(std::string_view text, std::size_t& pos) noexcept;

/// decode_at with ASCII and the well-formed two- and three-byte sequences
/// decoded inline; anything else, including every invalid byte, goes to
/// decode_at, so the two always agree.
inline char32_t decode_fast(std::string_view text, std::size_t& pos) noexcept {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data()) + pos;
  const std::size_t left = text.size() - pos;
  const unsigned b0 = bytes[0];
  if (b0 < 0x80) {
    pos += 1;
    return b0;
  }
  const auto continuation = [](unsigned b) { return (b & 0xC0u) == 0x80u; };
  if (b0 >= 0xC2 && b0 <= 0xDF && left >= 2 && continuation(bytes[1])) {
    pos += 2;
    return ((b0 & 0x1Fu) << 6) | (bytes[1] & 0x3Fu);
  }
  // E0 may lead an overlong form and ED a surrogate: decode_at judges those.
  if (b0 >= 0xE1 && b0 <= 0xEF && b0 != 0xED && left >= 3 && continuation(bytes[1]) && continuation(bytes[2])) {
    pos += 3;
    return ((b0 & 0x0Fu) << 12) | ((bytes[1] & 0x3Fu) << 6) | (bytes[2] & 0x3Fu);
  }
  return decode_at(text, pos);
}
/// Letter and case facts of a code point.
CharInfo char_info(char32_t cp) noexcept;

}  // namespace rapport::quality::detail
