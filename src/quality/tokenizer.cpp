// The analyzer's normaliser. Case folding and mark stripping come from
// utf8proc; to keep the per-character cost low the results for the first
// 0x2100 code points (Latin, Greek, Cyrillic, punctuation) are computed once
// into a table, and only rarer characters call utf8proc directly.
#include "tokenizer.hpp"

#include <utf8proc.h>

#include <array>
#include <memory>

#include "text/fold.hpp"

namespace rapport::quality::detail {
namespace {

enum class Kind : std::uint8_t {
  space,          // separates words
  word,           // letter or digit: part of a word
  mark,           // combining mark: part of a word, dropped from the normalised form
  apostrophe,     // joins two letters, otherwise separates
  hyphen,         // separates; a spaced hyphen is a dash (clause break)
  sentence_end,   // . ! ? ; … and line breaks
  clause_break,   // , : dashes
  quote_toggle,   // "
  quote_open,     // „ « ‹
  quote_close,    // » ›
  quote_either,   // “ ” : opens or closes depending on state
  open_bracket,   // [ (
  close_bracket,  // ] )
  star,           // * toggles an annotation
  other,          // any other symbol: separates
};

struct Entry {
  Kind kind = Kind::space;
  bool cyrillic = false;
  bool latin = false;
  bool upper = false;
  CharInfo info;              // char_info() of the code point
  std::uint8_t size = 0;      // bytes of the normalised form
  std::array<char, 7> out{};  // the normalised form (UTF-8)
};

constexpr char32_t kTableSize = 0x2100;

bool is_cyrillic(char32_t cp) { return (cp >= 0x0400 && cp <= 0x052F) || (cp >= 0x1C80 && cp <= 0x1C8F); }
bool is_latin(char32_t cp) {
  return (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') ||
         (cp >= 0x00C0 && cp <= 0x024F && cp != 0x00D7 && cp != 0x00F7) || (cp >= 0x1E00 && cp <= 0x1EFF);
}

std::string encode(char32_t cp) {
  utf8proc_uint8_t buf[4];
  const auto n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(cp), buf);
  return std::string(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
}

Kind punctuation_kind(char32_t cp) {
  switch (cp) {
    case '.':
    case '!':
    case '?':
    case ';':
    case 0x2026:
    case '\n':
    case '\r':
    case 0x037E:
    case 0x3002:
      return Kind::sentence_end;
    case ',':
    case ':':
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
      return Kind::clause_break;
    case '-':
    case 0x2010:
    case 0x2011:
      return Kind::hyphen;
    case '\'':
    case 0x2019:
    case 0x02BC:
    case '`':
    case 0x2018:
    case 0x02B9:
    case 0x2032:
      return Kind::apostrophe;
    case '"':
      return Kind::quote_toggle;
    case 0x201E:
    case 0x00AB:
    case 0x2039:
      return Kind::quote_open;
    case 0x00BB:
    case 0x203A:
      return Kind::quote_close;
    case 0x201C:
    case 0x201D:
      return Kind::quote_either;
    case '[':
    case '(':
      return Kind::open_bracket;
    case ']':
    case ')':
      return Kind::close_bracket;
    case '*':
      return Kind::star;
    default:
      return Kind::other;
  }
}

// The normalised form of one letter: case-folded; Latin letters lose their
// marks (and the few that Unicode does not decompose are spelled plainly);
// Cyrillic keeps its marks except ё -> е.
std::string fold_letter(char32_t cp) {
  if (cp == 0x0401 || cp == 0x0451) return "\u0435";  // Ё, ё -> е
  const bool latin = is_latin(cp);
  const int options = UTF8PROC_CASEFOLD | UTF8PROC_COMPOSE | (latin ? UTF8PROC_STRIPMARK : 0);
  utf8proc_int32_t buf[8];
  int last_boundclass = 0;
  const auto n =
      utf8proc_decompose_char(static_cast<utf8proc_int32_t>(cp), buf, 8,
                              static_cast<utf8proc_option_t>(options | UTF8PROC_DECOMPOSE), &last_boundclass);
  std::string out;
  if (n <= 0) return encode(cp);
  for (utf8proc_ssize_t i = 0; i < n; ++i) {
    const char32_t c = static_cast<char32_t>(buf[i]);
    if (!latin && utf8proc_category(buf[i]) >= UTF8PROC_CATEGORY_MN &&
        utf8proc_category(buf[i]) <= UTF8PROC_CATEGORY_ME) {
      // A decomposed Cyrillic letter (й = и + breve): keep it composed.
      out = encode(static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(cp))));
      break;
    }
    out += encode(c);
  }
  if (latin) {
    std::string plain = text::search_fold(out);
    if (!plain.empty()) out = std::move(plain);
  }
  return out;
}

Entry make_entry(char32_t cp) {
  Entry e;
  if (punctuation_kind(cp) == Kind::apostrophe) {  // ʼ (U+02BC) is a letter to Unicode, an apostrophe to us
    e.kind = Kind::apostrophe;
    return e;
  }
  const auto category = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
  const bool letter = category >= UTF8PROC_CATEGORY_LU && category <= UTF8PROC_CATEGORY_LO;
  const bool digit = category >= UTF8PROC_CATEGORY_ND && category <= UTF8PROC_CATEGORY_NO;
  const bool mark = category >= UTF8PROC_CATEGORY_MN && category <= UTF8PROC_CATEGORY_ME;
  e.upper = category == UTF8PROC_CATEGORY_LU || category == UTF8PROC_CATEGORY_LT;
  e.cyrillic = letter && is_cyrillic(cp);
  e.latin = letter && is_latin(cp);
  if (letter || digit) {
    e.kind = Kind::word;
    const std::string folded = letter ? fold_letter(cp) : encode(cp);
    if (folded.size() <= e.out.size()) {
      e.size = static_cast<std::uint8_t>(folded.size());
      std::copy(folded.begin(), folded.end(), e.out.begin());
    }
  } else if (mark) {
    e.kind = Kind::mark;
  } else if (category == UTF8PROC_CATEGORY_ZS || cp == '\t' || cp == '\v' || cp == '\f') {
    e.kind = Kind::space;
  } else {
    e.kind = punctuation_kind(cp);
    if (e.kind == Kind::other && (category == UTF8PROC_CATEGORY_CC || category == UTF8PROC_CATEGORY_CF)) {
      e.kind = Kind::space;
    }
  }
  return e;
}

// The letter and case facts the structural detectors use. Within the table
// only Latin, Cyrillic and upper-case letters count (a quirk the shouting
// thresholds were tuned with); beyond it any letter does.
CharInfo info_of(char32_t cp, const Entry& e) {
  if (cp < kTableSize) return CharInfo{e.kind == Kind::word && (e.latin || e.cyrillic || e.upper), e.upper};
  const auto category = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
  return CharInfo{category >= UTF8PROC_CATEGORY_LU && category <= UTF8PROC_CATEGORY_LO,
                  category == UTF8PROC_CATEGORY_LU};
}

Entry classify(char32_t cp) {
  Entry e = make_entry(cp);
  e.info = info_of(cp, e);
  return e;
}

const std::vector<Entry>& table() {
  static const std::vector<Entry> entries = [] {
    std::vector<Entry> t(kTableSize);
    for (char32_t cp = 0; cp < kTableSize; ++cp) t[cp] = classify(cp);
    return t;
  }();
  return entries;
}

// Reads one code point after another through `Decode` and classifies them
// by table; only code points beyond it are classified through utf8proc.
template <char32_t (*Decode)(std::string_view, std::size_t&) noexcept>
class CharReader {
 public:
  // Whether tokenize may read ASCII runs through ascii(): the fast path, not the reference.
  static constexpr bool kAsciiRuns = Decode == decode_fast;

  explicit CharReader(std::string_view text) : text_(text), table_(table().data()) {}

  // The class of ASCII byte `b`.
  const Entry& ascii(unsigned char b) const { return table_[b]; }

  // The class of the code point at `pos`; `next` is set to where the following one starts.
  const Entry& at(std::size_t pos, std::size_t& next) {
    next = pos;
    const char32_t cp = Decode(text_, next);
    if (cp < kTableSize) return table_[cp];
    rare_ = classify(cp);
    return rare_;
  }

 private:
  std::string_view text_;
  const Entry* table_;
  Entry rare_;  // the class of the last code point beyond the table
};

// Latin letters that look like Cyrillic ones, for words that mix the scripts.
std::string_view cyrillic_lookalike(char c) {
  switch (c) {
    case 'a':
      return "а";
    case 'c':
      return "с";
    case 'e':
      return "е";
    case 'o':
      return "о";
    case 'p':
      return "р";
    case 'x':
      return "х";
    case 'y':
      return "у";
    case 'k':
      return "к";
    case 'm':
      return "м";
    case 't':
      return "т";
    case 'h':
      return "н";
    case 'b':
      return "в";
    case 'i':
      return "і";
    default:
      return {};
  }
}

}  // namespace

char32_t decode_at(std::string_view text, std::size_t& pos) noexcept {
  utf8proc_int32_t cp = 0;
  const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + pos),
                                  static_cast<utf8proc_ssize_t>(text.size() - pos), &cp);
  if (n <= 0) {
    ++pos;
    return 0xFFFD;
  }
  pos += static_cast<std::size_t>(n);
  return static_cast<char32_t>(cp);
}

CharInfo char_info(char32_t cp) noexcept { return cp < kTableSize ? table()[cp].info : info_of(cp, Entry{}); }

namespace {

// Gathers Capitals from the letter facts of each code point in turn.
class CapitalsCounter {
 public:
  void add(const CharInfo& info, std::size_t begin, std::size_t end) {
    if (!info.letter) {
      if (run_letters_ > 0) end_run();
      return;
    }
    if (run_letters_ == 0) run_begin_ = begin;
    ++run_letters_;
    run_upper_ += info.upper ? 1 : 0;
    run_end_ = end;
  }
  Capitals finish() {
    if (run_letters_ > 0) end_run();
    return capitals_;
  }

 private:
  void end_run() {
    capitals_.letters += run_letters_;
    capitals_.upper_letters += run_upper_;
    if (run_letters_ >= 2 && run_upper_ == run_letters_) {
      ++capitals_.words;
      capitals_.begin = std::min(capitals_.begin, run_begin_);
      capitals_.end = std::max(capitals_.end, run_end_);
    }
    run_letters_ = 0;
    run_upper_ = 0;
  }

  Capitals capitals_;
  std::size_t run_begin_ = 0, run_end_ = 0, run_letters_ = 0, run_upper_ = 0;
};

template <class Reader>
void tokenize_with(std::string_view text, TokenizedText& out) {
  Reader reader(text);
  CapitalsCounter capitals;
  out.norm.clear();
  out.tokens.clear();
  std::uint32_t sentence = 0;
  std::uint32_t clause = 0;
  bool quoted = false;
  std::size_t quote_start_token = 0;  // first token inside the open quote
  int brackets = 0;
  bool starred = false;

  bool in_word = false;
  bool word_cyrillic = false;
  bool word_latin = false;
  Token current;
  bool last_was_letter = false;

  const auto close_word = [&](std::size_t end_byte) {
    if (!in_word) return;
    in_word = false;
    current.byte_end = static_cast<std::uint32_t>(end_byte);
    current.norm_size = static_cast<std::uint32_t>(out.norm.size() - current.norm_begin);
    if (word_cyrillic && word_latin) {
      std::string mapped;
      for (std::size_t i = current.norm_begin; i < out.norm.size(); ++i) {
        const auto look = cyrillic_lookalike(out.norm[i]);
        if (look.empty())
          mapped += out.norm[i];
        else
          mapped += look;
      }
      out.norm.resize(current.norm_begin);
      out.norm += mapped;
      current.norm_size = static_cast<std::uint32_t>(mapped.size());
    }
    if (current.norm_size > 0)
      out.tokens.push_back(current);
    else
      out.norm.resize(current.norm_begin);
  };

  std::size_t pos = 0;
  std::size_t word_end = 0;  // end byte of the last word character
  while (pos < text.size()) {
    const std::size_t start = pos;
    const Entry& e = reader.at(start, pos);
    capitals.add(e.info, start, pos);
    const Kind kind = e.kind;  // `e` may not outlive a peek at the next character
    switch (kind) {
      case Kind::word: {
        if (!in_word) {
          in_word = true;
          word_cyrillic = word_latin = false;
          current = Token{};
          current.norm_begin = static_cast<std::uint32_t>(out.norm.size());
          current.byte_begin = static_cast<std::uint32_t>(start);
          current.sentence = sentence;
          current.clause = clause;
          current.quoted = quoted;
          current.annotation = brackets > 0 || starred;
        }
        word_cyrillic |= e.cyrillic;
        word_latin |= e.latin;
        if (e.size > 0)
          out.norm.append(e.out.data(), e.size);
        else
          out.norm += text.substr(start, pos - start);  // a rare letter whose folding is long: keep as is
        word_end = pos;
        last_was_letter = true;
        if constexpr (Reader::kAsciiRuns) {
          // The rest of a run of ASCII letters and digits, the bulk of most
          // text: the steps above without the general dispatch.
          while (pos < text.size() && static_cast<unsigned char>(text[pos]) < 0x80) {
            const Entry& a = reader.ascii(static_cast<unsigned char>(text[pos]));
            if (a.kind != Kind::word) break;
            capitals.add(a.info, pos, pos + 1);
            word_cyrillic |= a.cyrillic;
            word_latin |= a.latin;
            out.norm.append(a.out.data(), a.size);  // ASCII letters and digits fold to one byte
            word_end = ++pos;
          }
        }
        continue;
      }
      case Kind::mark:
        if (in_word) word_end = pos;
        continue;
      case Kind::apostrophe: {
        // Joins two letters ("don't", "п'ять"); otherwise it ends the word.
        std::size_t peek = pos;
        const bool next_is_word = peek < text.size() && reader.at(pos, peek).kind == Kind::word;
        if (in_word && last_was_letter && next_is_word) continue;
        close_word(word_end);
        break;
      }
      case Kind::sentence_end: {
        // A '.' between digits or directly followed by a letter (3.5, e.g.) does not end a sentence.
        std::size_t peek = pos;
        const bool glued = text[start] == '.' && peek < text.size() && reader.at(pos, peek).kind == Kind::word;
        close_word(word_end);
        if (!glued) {
          ++sentence;
          ++clause;
        }
        break;
      }
      case Kind::clause_break:
        close_word(word_end);
        ++clause;
        break;
      case Kind::hyphen: {
        // "из-за" splits into two words; " - " between spaces is a dash.
        const bool spaced = start > 0 && text[start - 1] == ' ' && pos < text.size() && text[pos] == ' ';
        close_word(word_end);
        if (spaced) ++clause;
        break;
      }
      case Kind::quote_toggle:
      case Kind::quote_open:
      case Kind::quote_close:
      case Kind::quote_either: {
        close_word(word_end);
        const bool opens = kind == Kind::quote_open || (!quoted && kind != Kind::quote_close);
        if (opens && !quoted) {
          quoted = true;
          quote_start_token = out.tokens.size();
        } else if (quoted && kind != Kind::quote_open) {
          quoted = false;
        }
        ++clause;
        break;
      }
      case Kind::open_bracket:
        close_word(word_end);
        ++brackets;
        ++clause;
        break;
      case Kind::close_bracket:
        close_word(word_end);
        if (brackets > 0) --brackets;
        ++clause;
        break;
      case Kind::star:
        close_word(word_end);
        starred = !starred;
        ++clause;
        break;
      case Kind::space:
      case Kind::other:
        close_word(word_end);
        break;
    }
    last_was_letter = false;
  }
  close_word(word_end);
  // An unclosed quotation mark is a stray character, not a quotation.
  if (quoted) {
    for (std::size_t i = quote_start_token; i < out.tokens.size(); ++i) out.tokens[i].quoted = false;
  }
  if (starred || brackets > 0) {
    // Likewise an unclosed bracket or star: only a closed one marks an annotation.
    // Tokens after the last opener keep their flag only if it was closed.
    // (Rare; recompute conservatively by clearing flags after the last opener.)
    for (auto it = out.tokens.rbegin(); it != out.tokens.rend() && it->annotation; ++it) it->annotation = false;
  }
  out.capitals = capitals.finish();
}

}  // namespace

void tokenize(std::string_view text, TokenizedText& out, bool general_path_only) {
  if (general_path_only)
    tokenize_with<CharReader<decode_at>>(text, out);
  else
    tokenize_with<CharReader<decode_fast>>(text, out);
}

}  // namespace rapport::quality::detail
