#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "compiled.hpp"
#include "rapport/model/interaction.hpp"
#include "rapport/quality/report.hpp"
#include "stem_set.hpp"

namespace rapport::quality::detail {

/// What the structural detectors remember of each turn.
struct TurnNotes {
  SpeakerRole role = SpeakerRole::other;
  bool give_up = false;       ///< the client gives up or closes ("fine, whatever")
  bool cut_off = false;       ///< the text ends mid-sentence with "--" or a dash
  bool has_positive = false;  ///< a positive marker fired in it
  StemSet stems;              ///< content-word stems of a client turn, for repeated demands
  std::size_t words = 0;      ///< words outside tone annotations
  std::size_t questions = 0;  ///< sentences ending in '?'
  Capitals capitals;          ///< words in capitals, from the tokenizer's pass
};

/// Buffers reused from turn to turn.
struct Workspace {
  TokenizedText tokens;
  Automaton::Scratch scratch;
  std::vector<Automaton::Match> matches;
};

/// The side a speaker role speaks for, if it is agent or client.
std::optional<Side> side_of(SpeakerRole role);

/// Appends to `out` the lexical flags of turn `index` (rules and cues); fills
/// its notes, the stems of a client turn only if `want_stems`.
void lexical_flags(const Compiled& compiled, const Turn& turn, std::size_t index, Workspace& work, TurnNotes& notes,
                   bool want_stems, std::vector<Flag>& out);

/// Whether not_listening can compare any two turns of `turns`: a client turn,
/// an agent turn after it and a client turn after that. Without one, no turn's
/// stems are ever read.
bool demands_comparable(std::span<const Turn> turns);

/// Appends to `out` the structural flags that turn `index` completes, given
/// the turns and notes up to it: shouting by capitals or "!!!", interrupting,
/// last_word, not_listening.
void structural_flags(const Compiled& compiled, std::span<const Turn> turns, std::span<const TurnNotes> notes,
                      std::size_t index, std::vector<Flag>& out);

/// Monologue flags: runs of one side's turns far longer than the conversation's norm.
std::vector<Flag> monologue_flags(const StructuralConfig& config, std::span<const Turn> turns,
                                  std::span<const TurnNotes> notes);

/// Stance, conduct, adversarial and talk metrics of a finished flag list.
void score(const Compiled& compiled, std::span<const Turn> turns, std::span<const TurnNotes> notes,
           QualityReport& report);

}  // namespace rapport::quality::detail
