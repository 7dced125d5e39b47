#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "rapport/store/workflow_store.hpp"
#include "rapport/workflow/context.hpp"

namespace rapport {

/// What a re-analysis did.
struct ReanalysisResult {
  std::size_t examined = 0;     ///< interactions read
  std::size_t changed = 0;      ///< whose stored analysis differed and was replaced
  std::string rules_version{};  ///< the rule set now stored on them
};

/// Stored analyses and re-analysis after the rules change. Thread-safe.
class QualityService {
 public:
  /// Made by the Crm.
  explicit QualityService(WorkflowContext context);

  /// The stored analysis of an interaction (flags, scores, rules version), if any.
  std::optional<store::StoredQuality> report(InteractionId id);
  /// Re-analyses the interactions started in [from, to) with the current rules and
  /// replaces each stored analysis that differs (one transaction per interaction, so a
  /// stop half-way leaves every interaction with one whole analysis). No events fire:
  /// history is re-scored, not re-lived.
  ReanalysisResult reanalyze(Timestamp from, Timestamp to);
  /// The analyzer the Crm uses (add rules here, then reanalyze).
  const quality::Analyzer& analyzer() const { return ctx_.analyzer; }

 private:
  WorkflowContext ctx_;
};

}  // namespace rapport
