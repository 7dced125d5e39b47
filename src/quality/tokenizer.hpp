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

/// A turn split into normalised tokens; reused between turns to avoid allocations.
struct TokenizedText {
  std::string norm;           ///< all normalised words, back to back
  std::vector<Token> tokens;  ///< in text order

  /// The normalised word of token `i`.
  [[nodiscard]] std::string_view word(std::size_t i) const {
    return std::string_view(norm).substr(tokens[i].norm_begin, tokens[i].norm_size);
  }
};

/// Splits `text` into tokens and normalises each: case folding, Latin
/// diacritics stripped, ё -> е, apostrophes inside words dropped, Latin
/// look-alikes inside Cyrillic words made Cyrillic. Invalid UTF-8 bytes act
/// as separators. Clears `out` first.
void tokenize(std::string_view text, TokenizedText& out);

/// Character facts the structural detectors need.
struct CharInfo {
  bool letter = false;  ///< a letter of any script
  bool upper = false;   ///< an upper-case letter
};

/// Decodes the code point at `pos` (advancing it); invalid bytes give U+FFFD and advance by one.
char32_t decode_at(std::string_view text, std::size_t& pos) noexcept;
/// Letter and case facts of a code point.
CharInfo char_info(char32_t cp) noexcept;

}  // namespace rapport::quality::detail
