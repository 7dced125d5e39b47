// Deterministic benchmark inputs built from the demo's conversation generator.
#include "corpus.hpp"

#include <filesystem>
#include <fstream>

#include "../rapport/demo/corpus.hpp"

namespace bench {
namespace {

using rapport_demo::Tone;

Tone pick_tone(rapport_demo::Generator& g) {
  static constexpr Tone kRare[] = {Tone::agent_argues, Tone::agent_blames, Tone::client_abusive, Tone::client_threatens,
                                   Tone::client_entitled};
  if (g.chance(1.0 / 12)) return kRare[g.uniform(0, 4)];
  return g.chance(0.2) ? Tone::empathetic : Tone::courteous;
}

// Cuts `text` to at most `bytes` without splitting a UTF-8 sequence.
std::string cut(const std::string& text, std::size_t bytes) {
  if (text.size() <= bytes) return text;
  std::size_t end = bytes;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end);
}

}  // namespace

std::vector<rapport::Turn> make_turns(std::size_t count, std::uint64_t seed, std::size_t fixed_bytes) {
  static constexpr std::size_t kSizes[] = {20, 60, 150, 300, 600, 1000, 2000};
  rapport_demo::Generator g(seed);
  const auto& langs = rapport_demo::languages();
  std::vector<rapport::Turn> turns;
  turns.reserve(count);
  while (turns.size() < count) {
    const auto conv = g.conversation(langs[static_cast<std::size_t>(g.uniform(0, 4))], pick_tone(g));
    for (std::size_t k = 0; k < conv.lines.size() && turns.size() < count; ++k) {
      const std::size_t target = fixed_bytes ? fixed_bytes : kSizes[turns.size() % std::size(kSizes)];
      // Long turns: this line followed by the next ones of the same side's conversation, as a monologue.
      std::string text = conv.lines[k].text;
      for (std::size_t j = k + 1; text.size() < target; ++j) text += " " + conv.lines[j % conv.lines.size()].text;
      turns.push_back({conv.lines[k].agent ? rapport::SpeakerRole::agent : rapport::SpeakerRole::client, "",
                       cut(text, target), std::nullopt, std::nullopt});
    }
  }
  return turns;
}

std::vector<std::vector<rapport::Turn>> make_conversations(std::size_t count, std::size_t turns_each,
                                                           std::uint64_t seed) {
  rapport_demo::Generator g(seed);
  const auto& langs = rapport_demo::languages();
  std::vector<std::vector<rapport::Turn>> out;
  out.reserve(count);
  while (out.size() < count) {
    const auto conv = g.conversation(langs[static_cast<std::size_t>(g.uniform(0, 4))], pick_tone(g));
    std::vector<rapport::Turn> turns;
    for (std::size_t k = 0; k < turns_each; ++k) {
      const auto& line = conv.lines[k % conv.lines.size()];
      turns.push_back({line.agent ? rapport::SpeakerRole::agent : rapport::SpeakerRole::client,
                       line.agent ? "Agent" : "Client", line.text, std::nullopt, std::nullopt});
    }
    out.push_back(std::move(turns));
  }
  return out;
}

namespace {

// Splits a pattern into top-level items: a word, or a whole "( ... )" / "[ ... ]" group.
std::vector<std::string> items_of(const std::string& pattern) {
  std::vector<std::string> items;
  std::string cur;
  int depth = 0;
  for (char ch : pattern) {
    if (ch == '(' || ch == '[') ++depth;
    if (ch == ')' || ch == ']') --depth;
    if (ch == ' ' && depth == 0) {
      if (!cur.empty()) items.push_back(std::move(cur));
      cur.clear();
    } else {
      cur += ch;
    }
  }
  if (!cur.empty()) items.push_back(std::move(cur));
  return items;
}

// The alternatives of a "(a | b c | d)" group that are plain words.
std::vector<std::string> alternatives(const std::string& group) {
  std::vector<std::string> out;
  std::string inner = group.substr(1, group.size() - 2), cur;
  if (inner.find_first_of("()[]~*") != std::string::npos) return out;
  inner += '|';
  for (char ch : inner) {
    if (ch == '|') {
      const auto b = cur.find_first_not_of(' '), e = cur.find_last_not_of(' ');
      if (b != std::string::npos) out.push_back(cur.substr(b, e - b + 1));
      cur.clear();
    } else {
      cur += ch;
    }
  }
  return out;
}

}  // namespace

std::vector<std::string> rule_phrases(const std::string& lexicon_dir) {
  std::vector<std::string> phrases;
  for (const auto& entry : std::filesystem::directory_iterator(lexicon_dir)) {
    if (entry.path().extension() != ".rules") continue;
    std::ifstream in(entry.path());
    for (std::string line; std::getline(in, line);) {
      if (line.empty() || line[0] == '#' || line[0] == '@') continue;
      // marker side weight pattern: skip three fields.
      std::size_t pos = 0;
      for (int field = 0; field < 3 && pos != std::string::npos; ++field) {
        pos = line.find_first_of(" \t", pos);
        if (pos != std::string::npos) pos = line.find_first_not_of(" \t", pos);
      }
      if (pos == std::string::npos) continue;
      // Expand the leading words and alternative groups into literal phrases, as a
      // hand-written matcher would list them, up to the first gap, option or prefix.
      std::vector<std::string> expanded{""};
      for (const auto& item : items_of(line.substr(pos))) {
        std::vector<std::string> options;
        if (item.front() == '(' && item.back() == ')') {
          options = alternatives(item);
        } else if (item.find_first_of("()[]~*|") == std::string::npos) {
          options = {item};
        }
        if (options.empty() || expanded.size() * options.size() > 256) break;
        std::vector<std::string> next;
        for (const auto& e : expanded) {
          for (const auto& o : options) next.push_back(e.empty() ? o : e + " " + o);
        }
        expanded = std::move(next);
      }
      for (auto& e : expanded) {
        if (!e.empty()) phrases.push_back(std::move(e));
      }
    }
  }
  return phrases;
}

}  // namespace bench
