// Turns a user's search text into an FTS5 query that cannot be malformed:
// every word is a double-quoted string, so no character of the user's text is
// FTS5 syntax except an explicit trailing '*' for prefix search.
#include <cctype>

#include "rapport/store/store.hpp"

namespace rapport::store {
namespace {

// Any byte of a multi-byte UTF-8 sequence counts as a word character: FTS5's
// unicode61 tokenizer decides what is a letter, not us.
bool word_byte(unsigned char c) { return c >= 0x80 || std::isalnum(c) != 0; }

}  // namespace

std::string fts5_query(std::string_view text) {
  std::string query;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    const std::size_t start = i;
    while (i < text.size() && !std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    std::string_view word = text.substr(start, i - start);
    bool prefix = false;
    if (word.size() > 1 && word.back() == '*') {
      word.remove_suffix(1);
      prefix = true;
    }
    std::size_t word_chars = 0;
    for (const char c : word) word_chars += word_byte(static_cast<unsigned char>(c)) ? 1 : 0;
    if (word_chars == 0) continue;  // pure punctuation such as "-", "(", "\"" or "*"
    std::string quoted = "\"";
    for (const char c : word) {
      if (c == '"') quoted += '"';  // FTS5 escapes a quote by doubling it
      quoted += c;
    }
    quoted += '"';
    if (prefix && word_chars >= 2) quoted += '*';
    if (!query.empty()) query += ' ';
    query += quoted;
  }
  return query;
}

}  // namespace rapport::store
