#pragma once

// The benchmark's deterministic inputs: conversation turns in five languages of
// chosen sizes, and the literal phrases of the rule files for the naive baseline.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "rapport/model/interaction.hpp"

namespace bench {

/// `count` turns whose sizes cycle through 20..2000 bytes (or are all `fixed_bytes` when
/// non-zero), from the demo's conversation generator: realistic punctuation, capitals,
/// diacritics and Cyrillic; about 1 in 12 carries an adversarial or abusive line.
std::vector<rapport::Turn> make_turns(std::size_t count, std::uint64_t seed, std::size_t fixed_bytes = 0);

/// Conversations of `turns_each` turns (client first), for ingest.
std::vector<std::vector<rapport::Turn>> make_conversations(std::size_t count, std::size_t turns_each,
                                                           std::uint64_t seed);

/// The leading literal words of every rule in the shipped lexicon files, lower-case:
/// what a hand-written matcher would search for with string_view::find.
std::vector<std::string> rule_phrases(const std::string& lexicon_dir);

}  // namespace bench
