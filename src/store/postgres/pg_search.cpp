// Full-text search over clients, notes and interactions; the PostgreSQL port of src/store/sqlite/search.cpp.
//
// The user's text never becomes query syntax: it is split into words as
// fts5_query splits it (src/store/fts_query.cpp), and each word goes to the
// server as an array element that phraseto_tsquery parses as plain text (or, for
// a prefix word, that is quoted and escaped after rapport_unaccent and given
// ':*'). A word with punctuation inside ("example.pl") also matches as the
// phrase of its parts, as SQLite's unicode61 tokenizer reads it. Words are ANDed.
//
// Ranking differs from SQLite's bm25: ts_rank (normalised by document length)
// knows no inverse document frequency, so hits of one query may come in another
// order; SearchHit::rank is the negated ts_rank, so lower is still better, and
// ties still go by kind, then id. The snippet is built here, FTS5-style, from
// the stored original text: ts_headline could only mark the unaccented text.
#include <utf8proc.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdint>
#include <set>

#include "../search_words.hpp"
#include "pg_store.hpp"
#include "text/fold.hpp"

namespace rapport::store::postgres {
namespace {

// The text with NUL bytes and invalid UTF-8 turned into spaces: PostgreSQL
// refuses both in a parameter, and a search must not fail on what a user typed.
std::string sendable(std::string_view text) {
  std::string out;
  auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  for (std::size_t at = 0; at < text.size();) {
    utf8proc_int32_t cp = 0;
    const auto n = utf8proc_iterate(p + at, static_cast<utf8proc_ssize_t>(text.size() - at), &cp);
    if (n <= 0 || cp == 0) {
      out += ' ';
      ++at;
      continue;
    }
    out.append(text.substr(at, static_cast<std::size_t>(n)));
    at += static_cast<std::size_t>(n);
  }
  return out;
}

// The words of a search, split exactly as fts5_query splits them.
std::vector<SearchWord> sendable_words(std::string_view raw) { return search_words(sendable(raw)); }

// A token of text as unicode61 sees it: a run of letters, marks and digits.
struct Token {
  std::size_t begin = 0, end = 0;  // bytes
  std::string key;                 // folded, for comparing with query parts
};

std::string fold_key(std::string_view s) {
  std::string folded = text::fold_strip_marks(s);
  std::string plain = text::search_fold(folded);
  return plain.empty() ? folded : plain;
}

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> out;
  auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  std::size_t at = 0;
  std::size_t start = std::string_view::npos;
  const auto flush = [&](std::size_t end) {
    if (start == std::string_view::npos) return;
    out.push_back({start, end, fold_key(text.substr(start, end - start))});
    start = std::string_view::npos;
  };
  while (at < text.size()) {
    utf8proc_int32_t cp = 0;
    const auto n = utf8proc_iterate(p + at, static_cast<utf8proc_ssize_t>(text.size() - at), &cp);
    if (n <= 0) {  // invalid byte: a separator
      flush(at);
      ++at;
      continue;
    }
    const auto category = utf8proc_category(cp);
    const bool word = category >= UTF8PROC_CATEGORY_LU && category <= UTF8PROC_CATEGORY_NO;
    if (word && start == std::string_view::npos) start = at;
    if (!word) flush(at);
    at += static_cast<std::size_t>(n);
  }
  flush(at);
  return out;
}

// A query word as the tokens it must match in a row: consecutive, the last one
// as a prefix when the word ends in '*'.
struct Phrase {
  std::vector<std::string> parts;
  bool prefix = false;
};

// The word's tokens joined by spaces when it has separators inside, else nothing.
std::optional<std::string> split_form(const std::string& word) {
  const auto tokens = tokenize(word);
  if (tokens.size() == 1 && tokens[0].begin == 0 && tokens[0].end == word.size()) return std::nullopt;
  std::string out;
  for (const auto& t : tokens) {
    if (!out.empty()) out += ' ';
    out += word.substr(t.begin, t.end - t.begin);
  }
  return out;
}

struct Match {
  std::size_t first = 0, last = 0;  // tokens
  std::size_t phrase = 0;
};

std::vector<Match> find_matches(const std::vector<Token>& tokens, const std::vector<Phrase>& phrases) {
  std::vector<Match> out;
  for (std::size_t p = 0; p < phrases.size(); ++p) {
    const auto& parts = phrases[p].parts;
    if (parts.empty() || parts.size() > tokens.size()) continue;
    for (std::size_t t = 0; t + parts.size() <= tokens.size(); ++t) {
      bool all = true;
      for (std::size_t k = 0; k < parts.size() && all; ++k) {
        const std::string& key = tokens[t + k].key;
        const bool last = k + 1 == parts.size();
        all = (last && phrases[p].prefix) ? key.starts_with(parts[k]) : key == parts[k];
      }
      if (all) out.push_back({t, t + parts.size() - 1, p});
    }
  }
  std::sort(out.begin(), out.end(), [](const Match& a, const Match& b) { return a.first < b.first; });
  return out;
}

constexpr std::size_t kSnippetTokens = 12;

// FTS5's snippet(..., '[', ']', '...', 12): the column with the most distinct
// words matched, a window of 12 tokens around its best cluster of matches,
// matches in brackets, "..." where text is cut.
std::string snippet(const std::vector<std::string>& columns, const std::vector<Phrase>& phrases) {
  std::size_t best_column = columns.size(), best_score = 0, best_start = 0;
  std::vector<Token> best_tokens;
  std::vector<Match> best_matches;
  for (std::size_t c = 0; c < columns.size(); ++c) {
    auto tokens = tokenize(columns[c]);
    if (tokens.empty()) continue;
    auto matches = find_matches(tokens, phrases);
    std::size_t score = 0, start = 0;
    for (const auto& m : matches) {
      std::set<std::size_t> seen;
      std::size_t last = m.last;
      for (const auto& other : matches) {
        if (other.first >= m.first && other.last < m.first + kSnippetTokens) {
          seen.insert(other.phrase);
          last = std::max(last, other.last);
        }
      }
      if (seen.size() > score) {
        score = seen.size();
        // Centre the matches in the window, as FTS5 does, without running past the end.
        const std::size_t span = last - m.first + 1;
        const std::size_t lead = span < kSnippetTokens ? (kSnippetTokens - span) / 2 : 0;
        start = m.first > lead ? m.first - lead : 0;
        if (tokens.size() > kSnippetTokens)
          start = std::min(start, tokens.size() - kSnippetTokens);
        else
          start = 0;
      }
    }
    if (best_column == columns.size() || score > best_score) {
      best_column = c;
      best_score = score;
      best_start = start;
      best_tokens = std::move(tokens);
      best_matches = std::move(matches);
    }
  }
  if (best_column == columns.size()) return {};
  const std::string& text = columns[best_column];
  const std::size_t end_token = std::min(best_start + kSnippetTokens, best_tokens.size()) - 1;
  std::string out;
  std::size_t at = 0;
  if (best_start > 0) {
    out += "...";
    at = best_tokens[best_start].begin;
  }
  const std::size_t stop = end_token + 1 == best_tokens.size() ? text.size() : best_tokens[end_token].end;
  // Brackets around each run of overlapping matches inside the window.
  std::vector<std::pair<std::size_t, std::size_t>> marks;  // byte ranges
  for (const auto& m : best_matches) {
    if (m.first < best_start || m.last > end_token) continue;
    const std::size_t b = best_tokens[m.first].begin, e = best_tokens[m.last].end;
    if (!marks.empty() && b < marks.back().second) {
      marks.back().second = std::max(marks.back().second, e);
    } else {
      marks.emplace_back(b, e);
    }
  }
  for (const auto& [b, e] : marks) {
    out.append(text, at, b - at);
    out += '[';
    out.append(text, b, e - b);
    out += ']';
    at = e;
  }
  out.append(text, at, stop - at);
  if (stop < text.size()) out += "...";
  return out;
}

double double_from(const std::string& text) {
  double v = 0;
  std::from_chars(text.data(), text.data() + text.size(), v);
  return v;
}

// The tsquery of one word (u.w) OR its split form (u.s, may be NULL); u.p: prefix.
constexpr const char* kWordQuery =
    "CASE WHEN u.p THEN to_tsquery('simple', '''' || replace(replace(rapport_unaccent(u.w), '\\', '\\\\'), '''', "
    "'''''') || ''':*') ELSE phraseto_tsquery('simple', rapport_unaccent(u.w)) END";
constexpr const char* kSplitQuery =
    "CASE WHEN u.p THEN to_tsquery('simple', '''' || replace(replace(rapport_unaccent(u.s), '\\', '\\\\'), '''', "
    "'''''') || ''':*') ELSE phraseto_tsquery('simple', rapport_unaccent(u.s)) END";

}  // namespace

std::vector<SearchHit> PgStore::search(std::string_view query, std::size_t limit) {
  const auto words = sendable_words(query);
  if (words.empty()) return {};
  return read("search for '" + std::string(query) + "'", [&] {
    std::vector<Param> texts, splits, prefixes;
    std::vector<Phrase> phrases;
    for (const auto& w : words) {
      texts.push_back(param(w.text));
      const auto split = split_form(w.text);
      splits.push_back(split ? param(*split) : Param{});
      prefixes.push_back(param_bool(w.prefix));
      Phrase phrase;
      for (const auto& t : tokenize(w.text)) phrase.parts.push_back(t.key);
      phrase.prefix = w.prefix;
      phrases.push_back(std::move(phrase));
    }
    // The words' queries are ANDed through their text form (a tsquery has no
    // AND aggregate); a word without lexemes ("©") drops out, and no lexeme at
    // all leaves the empty query, which matches nothing.
    const std::string sql =
        std::string(
            "WITH q AS (SELECT COALESCE(string_agg('(' || x::text || ')', ' & ' ORDER BY n) "
            "FILTER (WHERE numnode(x) > 0), '')::tsquery AS query FROM (SELECT u.n, CASE WHEN u.s IS NULL "
            "THEN ") +
        kWordQuery + " ELSE (" + kWordQuery + ") || (" + kSplitQuery +
        ") END AS x FROM unnest($1::text[], $2::text[], $3::boolean[]) WITH ORDINALITY AS u(w, s, p, n)) AS words) "
        "SELECT 0 AS kind, f.client_id AS id, f.client_id, -ts_rank(f.document, q.query, 1)::float8 AS rank, "
        "f.name, f.emails, f.folded FROM client_fts f, q WHERE f.document @@ q.query "
        "UNION ALL SELECT 1, f.note_id, notes.client_id, -ts_rank(f.document, q.query, 1)::float8, f.body, f.folded, "
        "NULL FROM note_fts f JOIN notes ON notes.id = f.note_id, q WHERE f.document @@ q.query "
        "UNION ALL SELECT 2, f.interaction_id, i.client_id, -ts_rank(f.document, q.query, 1)::float8, f.subject, "
        "f.body, f.folded FROM interaction_fts f JOIN interactions i ON i.id = f.interaction_id, q "
        "WHERE f.document @@ q.query ORDER BY rank, kind, id LIMIT $4";
    const auto rows = conn_.exec(sql, {pg_array(texts), pg_array(splits), pg_array(prefixes),
                                       param(static_cast<std::int64_t>(std::min<std::size_t>(limit, INT64_MAX)))});
    std::vector<SearchHit> hits;
    for (int r = 0; r < rows.rows(); ++r) {
      SearchHit h;
      h.kind = static_cast<HitKind>(rows.int64(r, 0));
      h.id = rows.int64(r, 1);
      h.client = ClientId{rows.int64(r, 2)};
      h.rank = double_from(rows.text(r, 3));
      std::vector<std::string> columns;
      for (int c = 4; c < 7; ++c) {
        if (!rows.is_null(r, c)) columns.push_back(rows.text(r, c));
      }
      h.snippet = snippet(columns, phrases);
      hits.push_back(std::move(h));
    }
    return hits;
  });
}

}  // namespace rapport::store::postgres
