// Turns a user's search text into an FTS5 query that cannot be malformed:
// every word is a double-quoted string, so no character of the user's text is
// FTS5 syntax except an explicit trailing '*' for prefix search.
#include <cctype>

#include "rapport/store/store.hpp"
#include "search_words.hpp"

namespace rapport::store {

// Any byte of a multi-byte UTF-8 sequence counts as a word character: the
// tokenizer (FTS5's unicode61, PostgreSQL's parser) decides what is a letter, not us.
bool search_word_byte(unsigned char c) noexcept { return c >= 0x80 || std::isalnum(c) != 0; }

std::vector<SearchWord> search_words(std::string_view text) {
  std::vector<SearchWord> words;
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
    for (const char c : word) word_chars += search_word_byte(static_cast<unsigned char>(c)) ? 1 : 0;
    if (word_chars == 0) continue;  // pure punctuation such as "-", "(", "\"" or "*"
    words.push_back({std::string(word), prefix && word_chars >= 2});
  }
  return words;
}

std::string fts5_query(std::string_view text) {
  std::string query;
  for (const auto& word : search_words(text)) {
    std::string quoted = "\"";
    for (const char c : word.text) {
      if (c == '"') quoted += '"';  // FTS5 escapes a quote by doubling it
      quoted += c;
    }
    quoted += '"';
    if (word.prefix) quoted += '*';
    if (!query.empty()) query += ' ';
    query += quoted;
  }
  return query;
}

}  // namespace rapport::store
