// The tokenizer's fast path against its general path: the inline decoder
// against utf8proc on every short byte sequence, and whole tokenizations of
// random mixed-script text with invalid bytes.
#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

#include "../../src/quality/tokenizer.hpp"

using namespace rapport::quality::detail;

namespace {

// Decodes all of `text` both ways; checks every code point and position agree.
void check_decoders_agree(std::string_view text) {
  std::size_t fast = 0, general = 0;
  while (general < text.size()) {
    const char32_t expected = decode_at(text, general);
    const char32_t got = decode_fast(text, fast);
    if (got != expected || fast != general) {  // asserting only on failure keeps the sweep fast
      REQUIRE(got == expected);
      REQUIRE(fast == general);
    }
  }
}

void check_same_tokens(const std::string& text) {
  TokenizedText fast, general;
  tokenize(text, fast);
  tokenize(text, general, /*general_path_only=*/true);
  REQUIRE(fast.norm == general.norm);
  REQUIRE(fast.tokens.size() == general.tokens.size());
  for (std::size_t i = 0; i < fast.tokens.size(); ++i) {
    const Token& a = fast.tokens[i];
    const Token& b = general.tokens[i];
    REQUIRE(a.norm_begin == b.norm_begin);
    REQUIRE(a.norm_size == b.norm_size);
    REQUIRE(a.byte_begin == b.byte_begin);
    REQUIRE(a.byte_end == b.byte_end);
    REQUIRE(a.sentence == b.sentence);
    REQUIRE(a.clause == b.clause);
    REQUIRE(a.quoted == b.quoted);
    REQUIRE(a.annotation == b.annotation);
  }
  REQUIRE(fast.capitals.letters == general.capitals.letters);
  REQUIRE(fast.capitals.upper_letters == general.capitals.upper_letters);
  REQUIRE(fast.capitals.words == general.capitals.words);
  REQUIRE(fast.capitals.begin == general.capitals.begin);
  REQUIRE(fast.capitals.end == general.capitals.end);
}

// The capitals facts as the structural detector once gathered them, in a
// pass of its own over the text: the tokenizer's pass must give the same.
Capitals capitals_by_separate_pass(std::string_view text) {
  Capitals c;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t word_letters = 0, word_upper = 0;
    const std::size_t word_begin = pos;
    std::size_t word_end = pos;
    while (pos < text.size()) {
      std::size_t next = pos;
      const CharInfo info = char_info(decode_at(text, next));
      if (!info.letter) break;
      ++word_letters;
      word_upper += info.upper ? 1 : 0;
      pos = word_end = next;
    }
    if (word_letters == 0) {
      decode_at(text, pos);
      continue;
    }
    c.letters += word_letters;
    c.upper_letters += word_upper;
    if (word_letters >= 2 && word_upper == word_letters) {
      ++c.words;
      c.begin = std::min(c.begin, word_begin);
      c.end = std::max(c.end, word_end);
    }
  }
  return c;
}

}  // namespace

TEST_CASE("the inline decoder agrees with utf8proc on every sequence of up to three bytes") {
  std::string s(1, '\0');
  for (int a = 0; a < 256; ++a) {
    s[0] = static_cast<char>(a);
    check_decoders_agree(s);
  }
  s.assign(2, '\0');
  for (int a = 0; a < 256; ++a) {
    for (int b = 0; b < 256; ++b) {
      s[0] = static_cast<char>(a);
      s[1] = static_cast<char>(b);
      check_decoders_agree(s);
    }
  }
  s.assign(3, '\0');
  for (int a = 0xC0; a < 256; ++a) {  // below C0 the first byte decodes (or fails) on its own
    for (int b = 0; b < 256; ++b) {
      for (int c = 0; c < 256; ++c) {
        s[0] = static_cast<char>(a);
        s[1] = static_cast<char>(b);
        s[2] = static_cast<char>(c);
        check_decoders_agree(s);
      }
    }
  }
}

TEST_CASE("the inline decoder agrees with utf8proc on four-byte and random sequences") {
  std::mt19937 rng(7);
  std::string s;
  for (int i = 0; i < 200000; ++i) {
    s.clear();
    const int n = 1 + static_cast<int>(rng() % 6);
    for (int k = 0; k < n; ++k) {
      const auto r = static_cast<unsigned>(rng());
      // Mostly lead and continuation bytes, so that long and truncated sequences are common.
      const unsigned byte = r % 4 == 0 ? (0xF0 + (r >> 8) % 16) : r % 4 == 1 ? (0x80 + (r >> 8) % 64) : (r >> 8) % 256;
      s += static_cast<char>(byte);
    }
    check_decoders_agree(s);
  }
}

TEST_CASE("fast and general tokenization agree on mixed-script text with invalid bytes") {
  const std::vector<std::string> pieces = {" ",
                                           " ",
                                           "  ",
                                           "\t",
                                           "\n",
                                           "\r\n",
                                           ".",
                                           "!",
                                           "?",
                                           ";",
                                           ",",
                                           ":",
                                           " - ",
                                           "-",
                                           "--",
                                           "\u2014",
                                           "'",
                                           "\u2019",
                                           "\u02BC",
                                           "`",
                                           "\"",
                                           "\u201E",
                                           "\u201C",
                                           "\u201D",
                                           "\u00AB",
                                           "\u00BB",
                                           "(",
                                           ")",
                                           "[",
                                           "]",
                                           "*",
                                           "3.5",
                                           "e.g.",
                                           "Word",
                                           "WORD",
                                           "word",
                                           "don't",
                                           "\u00C9",
                                           "\u00DF",
                                           "\u0141",
                                           "\u0219",
                                           "\u015F",
                                           "\u021B",
                                           "\u0103",
                                           "\u0104",
                                           "\u0451",
                                           "\u0401",
                                           "\u0419",
                                           "\u0407",
                                           "\u0491",
                                           "\u0456",
                                           "\u0301",
                                           "\u0306",
                                           "\u03A3",
                                           "\u03C3",
                                           "\u4E2D",
                                           "\u20AC",
                                           "\u2122",
                                           "\u2212",
                                           "\u1E9E",
                                           "\u01C5",
                                           "\u0149",
                                           "\uFB01",
                                           "\u00A0",
                                           "\u200B",
                                           "\uFEFF",
                                           "\uFFFD",
                                           "\x80",
                                           "\xC0",
                                           "\xC0\xAF",
                                           "\xC3",
                                           "\xE0\x80\x80",
                                           "\xE0\xA0\x80",
                                           "\xED\xA0\x80",
                                           "\xED\x9F\xBF",
                                           "\xE2\x80",
                                           "\xEF\xBF\xBF",
                                           "\xF0\x9F\x98\x80",
                                           "\xF0\x9F\x98",
                                           "\xF4\x90\x80\x80",
                                           "\xFF",
                                           "\x01",
                                           "\x7F",
                                           "\u0130",
                                           "\u0131",
                                           "\u0440\u0430\u0431\u043E\u0442\u0430",
                                           "\u0420\u0410\u0411\u041E\u0422\u0410",
                                           "p\u0440",
                                           "\u0441o"};
  std::mt19937 rng(11);
  for (int i = 0; i < 20000; ++i) {
    std::string text;
    const int n = static_cast<int>(rng() % 40);
    for (int k = 0; k < n; ++k) text += pieces[rng() % pieces.size()];
    check_same_tokens(text);

    TokenizedText tokens;
    tokenize(text, tokens);
    const Capitals expected = capitals_by_separate_pass(text);
    REQUIRE(tokens.capitals.letters == expected.letters);
    REQUIRE(tokens.capitals.upper_letters == expected.upper_letters);
    REQUIRE(tokens.capitals.words == expected.words);
    REQUIRE(tokens.capitals.begin == expected.begin);
    REQUIRE(tokens.capitals.end == expected.end);
  }
}
