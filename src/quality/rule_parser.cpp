// Parser of the lexicon rule files. Every error carries file:line:column so a
// user who extends a lexicon sees exactly what is wrong.
#include "rule_parser.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>

#include "rapport/error.hpp"
#include "tokenizer.hpp"

namespace rapport::quality::detail {
namespace {

constexpr int kMaxGap = 6;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r'; }
bool is_special(char c) { return c == '(' || c == ')' || c == '[' || c == ']' || c == '|'; }

class PatternParser {
 public:
  PatternParser(std::string_view text, const std::string& source, std::size_t line, std::size_t column)
      : text_(text), source_(source), line_(line), column_(column) {}

  PatternNode parse() {
    PatternNode seq = sequence();
    skip_spaces();
    if (pos_ < text_.size()) fail("unexpected '" + std::string(1, text_[pos_]) + "'");
    check_ends(seq);
    return seq;
  }

 private:
  [[noreturn]] void fail(const std::string& message) const {
    throw ParseError(source_, line_, column_ + pos_, message);
  }

  void skip_spaces() {
    while (pos_ < text_.size() && is_space(text_[pos_])) ++pos_;
  }

  // sequence := item+ ; stops at ')' ']' '|' or the end
  PatternNode sequence() {
    PatternNode seq;
    seq.kind = PatternNode::Kind::sequence;
    for (;;) {
      skip_spaces();
      if (pos_ >= text_.size() || text_[pos_] == ')' || text_[pos_] == ']' || text_[pos_] == '|') break;
      item(seq.children);
    }
    if (seq.children.empty()) fail("empty pattern or group");
    return seq;
  }

  void item(std::vector<PatternNode>& out) {
    const char c = text_[pos_];
    if (c == '(' || c == '[') {
      // "(a | b)" is one of the alternatives; "[a | b]" is one of them or nothing.
      const char close = c == '(' ? ')' : ']';
      ++pos_;
      PatternNode alt;
      alt.kind = PatternNode::Kind::alternatives;
      for (;;) {
        alt.children.push_back(sequence());
        skip_spaces();
        if (pos_ >= text_.size()) fail(std::string("missing '") + close + "'");
        if (text_[pos_] == '|') {
          ++pos_;
          continue;
        }
        if (text_[pos_] == close) {
          ++pos_;
          break;
        }
        fail(std::string("expected '|' or '") + close + "'");
      }
      if (close == ')') {
        out.push_back(std::move(alt));
      } else {
        PatternNode opt;
        opt.kind = PatternNode::Kind::optional;
        if (alt.children.size() == 1)
          opt.children.push_back(std::move(alt.children.front()));
        else
          opt.children.push_back(std::move(alt));
        out.push_back(std::move(opt));
      }
      return;
    }
    if (c == ')' || c == ']' || c == '|') fail("unexpected '" + std::string(1, c) + "'");
    if (c == '~') {
      const std::size_t start = ++pos_;
      while (pos_ < text_.size() && std::isdigit(static_cast<unsigned char>(text_[pos_]))) ++pos_;
      int n = 0;
      const auto [ptr, ec] = std::from_chars(text_.data() + start, text_.data() + pos_, n);
      if (ec != std::errc{} || ptr == text_.data() + start || n < 1 || n > kMaxGap) {
        pos_ = start - 1;
        fail("a gap is ~N with N from 1 to " + std::to_string(kMaxGap));
      }
      PatternNode gap;
      gap.kind = PatternNode::Kind::gap;
      gap.gap = n;
      out.push_back(std::move(gap));
      return;
    }
    word(out);
  }

  void word(std::vector<PatternNode>& out) {
    const std::size_t start = pos_;
    while (pos_ < text_.size() && !is_space(text_[pos_]) && !is_special(text_[pos_])) ++pos_;
    std::string_view raw = text_.substr(start, pos_ - start);
    bool prefix = false;
    if (!raw.empty() && raw.back() == '*') {
      raw.remove_suffix(1);
      prefix = true;
    }
    if (raw.find('*') != std::string_view::npos || raw.find('~') != std::string_view::npos) {
      pos_ = start;
      fail("'*' may only end a word and '~' only start a gap: '" + std::string(text_.substr(start, 40)) + "'");
    }
    TokenizedText tokens;
    tokenize(raw, tokens);
    if (tokens.tokens.empty()) {
      pos_ = start;
      fail("'" + std::string(raw) + "' holds no letters or digits");
    }
    // A word the normaliser splits ("из-за", "e-mail") becomes a sequence of words.
    for (std::size_t i = 0; i < tokens.tokens.size(); ++i) {
      PatternNode node;
      node.text = std::string(tokens.word(i));
      const bool last = i + 1 == tokens.tokens.size();
      node.kind = (prefix && last) ? PatternNode::Kind::prefix : PatternNode::Kind::word;
      if (node.kind == PatternNode::Kind::prefix) {
        std::size_t letters = 0;
        for (std::size_t p = 0; p < node.text.size();) {
          decode_at(node.text, p);
          ++letters;
        }
        if (letters < 2) {
          pos_ = start;
          fail("a prefix needs at least 2 letters before '*': '" + std::string(raw) + "*'");
        }
      }
      out.push_back(std::move(node));
    }
  }

  // A pattern must start and end with a word and cannot be only optional.
  void check_ends(const PatternNode& seq) const {
    const auto& items = seq.children;
    if (items.front().kind == PatternNode::Kind::gap || items.back().kind == PatternNode::Kind::gap) {
      throw ParseError(source_, line_, column_, "a pattern cannot begin or end with a gap");
    }
    const bool all_optional = std::all_of(items.begin(), items.end(), [](const PatternNode& n) {
      return n.kind == PatternNode::Kind::optional || n.kind == PatternNode::Kind::gap;
    });
    if (all_optional) throw ParseError(source_, line_, column_, "a pattern cannot be entirely optional");
  }

  std::string_view text_;
  const std::string& source_;
  std::size_t line_;
  std::size_t column_;
  std::size_t pos_ = 0;
};

struct Field {
  std::string_view text;
  std::size_t column;  // 1-based
};

// Splits off the next space-separated field, advancing `pos`.
Field next_field(std::string_view line, std::size_t& pos) {
  while (pos < line.size() && is_space(line[pos])) ++pos;
  const std::size_t start = pos;
  while (pos < line.size() && !is_space(line[pos])) ++pos;
  return {line.substr(start, pos - start), start + 1};
}

RuleSides parse_sides(Field f, const std::string& source, std::size_t line) {
  const auto side_of = [&](std::string_view s, std::size_t column) -> Side {
    if (s == "agent") return Side::agent;
    if (s == "client") return Side::client;
    throw ParseError(source, line, column,
                     "side '" + std::string(s) + "' is not agent, client, any, client>agent or agent>client");
  };
  RuleSides sides;
  if (f.text == "any") {
    sides.reads_agent = sides.reads_client = true;
    return sides;
  }
  const auto arrow = f.text.find('>');
  const Side reads = side_of(f.text.substr(0, arrow), f.column);
  sides.reads_agent = reads == Side::agent;
  sides.reads_client = reads == Side::client;
  if (arrow != std::string_view::npos) {
    sides.attribute_to_speaker = false;
    sides.attributed = side_of(f.text.substr(arrow + 1), f.column + arrow + 1);
  }
  return sides;
}

bool valid_marker_id(std::string_view id) {
  if (id.empty() || id.front() < 'a' || id.front() > 'z') return false;
  return std::all_of(id.begin(), id.end(),
                     [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
}

std::string_view ltrim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  return s;
}

std::string_view trim(std::string_view s) {
  s = ltrim(s);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

// marker side weight — the common head of rules and @cue lines.
std::size_t parse_head(std::string_view line, std::size_t pos, RuleSpec& rule, const std::string& source,
                       std::size_t line_no) {
  const Field marker = next_field(line, pos);
  if (!valid_marker_id(marker.text)) {
    throw ParseError(source, line_no, marker.column,
                     "marker id '" + std::string(marker.text) + "' must match [a-z][a-z0-9_]*");
  }
  rule.marker = std::string(marker.text);
  const Field side = next_field(line, pos);
  if (side.text.empty()) throw ParseError(source, line_no, line.size() + 1, "missing side (agent, client or any)");
  rule.sides = parse_sides(side, source, line_no);
  const Field weight = next_field(line, pos);
  if (weight.text != "1" && weight.text != "2" && weight.text != "3") {
    throw ParseError(source, line_no, weight.text.empty() ? line.size() + 1 : weight.column,
                     "weight '" + std::string(weight.text) + "' is not 1, 2 or 3");
  }
  rule.weight = weight.text[0] - '0';
  while (pos < line.size() && is_space(line[pos])) ++pos;
  if (pos >= line.size()) throw ParseError(source, line_no, line.size() + 1, "missing pattern");
  return pos;
}

}  // namespace

PatternNode parse_pattern(std::string_view pattern, const std::string& source, std::size_t line, std::size_t column) {
  return PatternParser(pattern, source, line, column).parse();
}

RuleFile parse_rule_text(std::string_view lang, std::string_view text, const std::string& source,
                         std::size_t first_line) {
  RuleFile file;
  std::size_t line_no = first_line;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t nl = text.find('\n', start);
    const std::string_view line = text.substr(start, nl == std::string_view::npos ? text.size() - start : nl - start);
    const std::string_view body = trim(line);
    const std::string where = source + ":" + std::to_string(line_no);
    if (!body.empty() && body.front() != '#') {
      std::size_t pos = 0;
      if (body.front() == '@') {
        while (pos < line.size() && is_space(line[pos])) ++pos;
        const Field directive = next_field(line, pos);
        if (directive.text == "@negators") {
          for (Field f = next_field(line, pos); !f.text.empty(); f = next_field(line, pos)) {
            TokenizedText tokens;
            tokenize(f.text, tokens);
            if (tokens.tokens.size() != 1) {
              throw ParseError(source, line_no, f.column, "negator '" + std::string(f.text) + "' is not one word");
            }
            file.negators.emplace_back(tokens.word(0));
          }
        } else if (directive.text == "@complementizers") {
          for (Field f = next_field(line, pos); !f.text.empty(); f = next_field(line, pos)) {
            TokenizedText tokens;
            tokenize(f.text, tokens);
            if (tokens.tokens.size() != 1) {
              throw ParseError(source, line_no, f.column,
                               "complementizer '" + std::string(f.text) + "' is not one word");
            }
            file.complementizers.emplace_back(tokens.word(0));
          }
        } else if (directive.text == "@cue") {
          RuleSpec head;
          pos = parse_head(line, pos, head, source, line_no);
          // Cue patterns are separated by " , ".
          std::size_t cue_start = pos;
          while (cue_start < line.size()) {
            std::size_t comma = line.find(" , ", cue_start);
            if (comma == std::string_view::npos) comma = line.size();
            const std::string_view cue = line.substr(cue_start, comma - cue_start);
            RuleSpec rule = head;
            const std::size_t lead = cue.size() - ltrim(cue).size();
            rule.pattern = parse_pattern(trim(cue), source, line_no, cue_start + lead + 1);
            rule.lang = std::string(lang);
            rule.cue = true;
            rule.source = where;
            rule.text = std::string(body);
            file.rules.push_back(std::move(rule));
            cue_start = comma + 3;
          }
        } else {
          throw ParseError(
              source, line_no, directive.column,
              "unknown directive '" + std::string(directive.text) + "' (expected @negators, @complementizers or @cue)");
        }
      } else {
        RuleSpec rule;
        pos = parse_head(line, pos, rule, source, line_no);
        rule.pattern = parse_pattern(line.substr(pos), source, line_no, pos + 1);
        rule.lang = std::string(lang);
        rule.source = where;
        rule.text = std::string(body);
        file.rules.push_back(std::move(rule));
      }
    }
    if (nl == std::string_view::npos) break;
    start = nl + 1;
    ++line_no;
  }
  return file;
}

}  // namespace rapport::quality::detail
