// Building an immutable rule set, and its fingerprint.
#include "compiled.hpp"

#include <cstdio>

#include "rapport/error.hpp"

namespace rapport::quality {
namespace {

// FNV-1a: stable across runs and platforms, enough to tell rule sets apart.
void fnv(std::uint64_t& h, std::string_view s) {
  for (const char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001b3ULL;
  }
  h ^= 0xff;
  h *= 0x100000001b3ULL;
}

}  // namespace

Compiled::Compiled(AnalyzerConfig cfg, std::vector<detail::RuleSpec> rule_list, LanguageTable language_words)
    : config(std::move(cfg)), rules(std::move(rule_list)), languages(std::move(language_words)) {
  for (const auto& m : builtin_markers()) kinds.emplace(m.id, m.kind);
  for (const auto& m : config.markers) kinds[m.id] = m.kind;
  for (const auto& d : config.detectors) kinds[d.marker.id] = d.marker.kind;
  for (const auto& r : rules) {
    if (r.marker != kGiveUpSignal && !kinds.contains(r.marker)) {
      throw InvalidArgument(r.source + ": unknown marker '" + r.marker +
                            "' (declare it in AnalyzerConfig::markers to use it in rules)");
    }
  }
  automaton = std::make_unique<detail::Automaton>(rules);

  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (const auto& r : rules) {
    fnv(h, r.lang);
    fnv(h, r.text);
  }
  for (const auto& [lang, words] : languages) {
    fnv(h, lang);
    for (const auto* set : {&words.negators, &words.complementizers}) {
      std::vector<std::string> sorted(set->begin(), set->end());
      std::sort(sorted.begin(), sorted.end());
      for (const auto& w : sorted) fnv(h, w);
      fnv(h, "|");
    }
  }
  const auto& s = config.structural;
  char numbers[256];
  std::snprintf(numbers, sizeof numbers, "%d/%d/%lld/%lld/%zu/%.3f/%.3f/%zu/%zu/%.3f", config.adversarial_threshold,
                config.high_severity, static_cast<long long>(s.interrupt_overlap_ms),
                static_cast<long long>(s.monologue_min_ms), s.monologue_min_words, s.monologue_ratio,
                s.repeat_similarity, s.repeat_min_words, s.shouting_min_caps_words, s.shouting_caps_share);
  fnv(h, numbers);
  for (const auto& d : config.detectors) fnv(h, d.marker.id);
  char hex[32];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
  fingerprint = std::string("rules-") + hex;
}

}  // namespace rapport::quality
