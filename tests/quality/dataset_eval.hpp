#pragma once

// Measures the analyzer on labelled data sets kept outside the repository
// (../shared/data): per-marker, per-language precision and recall on the
// development conversations, and client-flag precision/recall on the external
// abuse corpora. Used by the dataset tests and printable for tuning.
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "rapport/quality/analyzer.hpp"

namespace quality_eval {

/// True/false positive and false negative counts.
struct Counts {
  int tp = 0, fp = 0, fn = 0;
  [[nodiscard]] double precision() const { return tp + fp == 0 ? 1.0 : double(tp) / (tp + fp); }
  [[nodiscard]] double recall() const { return tp + fn == 0 ? 1.0 : double(tp) / (tp + fn); }
  [[nodiscard]] double f1() const {
    const double p = precision(), r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }
};

/// Where the shared data lives, if this checkout has it.
std::optional<std::filesystem::path> shared_data_dir();

/// Dev set results: counts[marker][lang], plus "all" as the language of the pooled figures.
struct DevResult {
  std::map<std::string, std::map<std::string, Counts>> counts;
  std::vector<std::string> errors;  ///< "id: missed X / extra Y" lines, for tuning
  double macro_f1 = 0;              ///< mean over markers of the pooled F1
};
DevResult evaluate_dev(const rapport::quality::Analyzer& analyzer, const std::filesystem::path& jsonl);

/// External corpus results per file: does a client turn get a client-side flag?
struct ExternalResult {
  std::map<std::string, Counts> by_file;      ///< file name -> counts
  std::map<std::string, Counts> by_language;  ///< "en", "ru", ... (politeness file excluded)
  std::vector<std::string> errors;            ///< missed or wrongly flagged texts, for tuning (not printed by tests)
};
ExternalResult evaluate_external(const rapport::quality::Analyzer& analyzer, const std::filesystem::path& dir);

/// The dev table as text: marker, then P/R per language and pooled.
std::string format_dev(const DevResult& result);
/// The external table as text.
std::string format_external(const ExternalResult& result);

}  // namespace quality_eval
