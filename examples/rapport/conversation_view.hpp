#pragma once

#include <span>
#include <string>

#include "rapport/quality/analyzer.hpp"

namespace rapport::cli {

/// Prints a conversation's flagged turns with the evidence highlighted (ANSI colour when
/// `colour`, [brackets] otherwise), its scores and talk metrics, under `title`.
void print_conversation(const quality::Analyzer& analyzer, const std::string& title, std::span<const Turn> turns,
                        const quality::QualityReport& report, bool colour);

}  // namespace rapport::cli
