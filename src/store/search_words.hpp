#pragma once

// How rapport splits a user's search text into words: one rule for both
// stores, so a search means the same on SQLite (fts5_query) and PostgreSQL.
#include <string>
#include <string_view>
#include <vector>

namespace rapport::store {

/// One word of a search.
struct SearchWord {
  std::string text;     ///< the word as typed, without a trailing '*'
  bool prefix = false;  ///< ended in '*' and has 2+ word characters: match as a prefix
};

/// True for a byte that can be part of a word: ASCII letters and digits, and
/// any byte of a multi-byte UTF-8 sequence (the tokenizer decides what is a letter).
bool search_word_byte(unsigned char c) noexcept;

/// The words of `text`, split at white space; pure punctuation ("-", "(", "*") is dropped.
std::vector<SearchWord> search_words(std::string_view text);

}  // namespace rapport::store
