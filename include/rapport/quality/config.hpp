#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <vector>

#include "rapport/model/interaction.hpp"
#include "rapport/quality/marker.hpp"
#include "rapport/quality/report.hpp"

namespace rapport::quality {

/// A host-supplied detector: reads the turns, returns flags (e.g. from an ML
/// model). It must be callable from several threads at once if the Analyzer is.
using DetectorFn = std::function<std::vector<Flag>(std::span<const Turn> turns)>;

/// A custom detector registered under the host's own marker id.
struct CustomDetector {
  MarkerInfo marker;  ///< id and how its flags are scored
  DetectorFn detect;  ///< returned flags must carry `marker.id`; turn and byte spans must be in range
};

/// Thresholds of the structural detectors; defaults suit call and chat transcripts.
struct StructuralConfig {
  std::int64_t interrupt_overlap_ms = 300;  ///< a turn starting this far before the other side's turn ends interrupts
  std::int64_t monologue_min_ms = 30'000;   ///< a run of one side's turns this long ...
  std::size_t monologue_min_words = 80;     ///< ... or this many words (without timestamps) ...
  double monologue_ratio = 4.0;             ///< ... and this many times the conversation's median turn is a monologue
  double repeat_similarity = 0.7;           ///< share of the shorter demand's words repeated for `not_listening`
  std::size_t repeat_min_words = 3;         ///< demands shorter than this are not compared
  std::size_t shouting_min_caps_words = 2;  ///< capitalised words (2+ letters, not acronyms) that make a shout ...
  double shouting_caps_share = 0.6;         ///< ... when they hold this share of the turn's letters
};

/// How an Analyzer is built.
struct AnalyzerConfig {
  bool builtin_rules = true;                ///< load the compiled-in en/ru/uk/pl/ro lexicons
  int adversarial_threshold = 35;           ///< stance below this makes an interaction adversarial
  int high_severity = 3;                    ///< a staff marker of this severity makes it adversarial on its own
  StructuralConfig structural{};            ///< thresholds of the structural detectors
  std::vector<MarkerInfo> markers{};        ///< host-defined marker ids usable in rules (built-in ids need no entry)
  std::vector<CustomDetector> detectors{};  ///< host detectors, run after the built-in ones
};

}  // namespace rapport::quality
