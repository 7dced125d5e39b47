#pragma once

#include <optional>
#include <string>
#include <vector>

#include "compiled.hpp"
#include "rapport/model/interaction.hpp"
#include "rapport/quality/report.hpp"

namespace rapport::quality::detail {

/// What the structural detectors remember of each turn.
struct TurnNotes {
  SpeakerRole role = SpeakerRole::other;
  bool give_up = false;            ///< the client gives up or closes ("fine, whatever")
  bool cut_off = false;            ///< the text ends mid-sentence with "--" or a dash
  bool has_positive = false;       ///< a positive marker fired in it
  std::vector<std::string> stems;  ///< content-word stems, for repeated demands
  std::size_t words = 0;           ///< words outside tone annotations
  std::size_t questions = 0;       ///< sentences ending in '?'
};

/// Buffers reused from turn to turn.
struct Workspace {
  TokenizedText tokens;
  Automaton::Scratch scratch;
  std::vector<Automaton::Match> matches;
};

/// The side a speaker role speaks for, if it is agent or client.
std::optional<Side> side_of(SpeakerRole role);

/// Lexical flags of turn `index` (rules and cues), and its notes.
std::vector<Flag> lexical_flags(const Compiled& compiled, const Turn& turn, std::size_t index, Workspace& work,
                                TurnNotes& notes);

/// Structural flags that turn `index` completes, given all turns up to it:
/// shouting by capitals or "!!!", interrupting, last_word, not_listening.
std::vector<Flag> structural_flags(const Compiled& compiled, const std::vector<Turn>& turns,
                                   const std::vector<TurnNotes>& notes, std::size_t index);

/// Monologue flags: runs of one side's turns far longer than the conversation's norm.
std::vector<Flag> monologue_flags(const StructuralConfig& config, const std::vector<Turn>& turns,
                                  const std::vector<TurnNotes>& notes);

/// Stance, conduct, adversarial and talk metrics of a finished flag list.
void score(const Compiled& compiled, const std::vector<Turn>& turns, const std::vector<TurnNotes>& notes,
           QualityReport& report);

}  // namespace rapport::quality::detail
