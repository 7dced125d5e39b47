// Stored analyses and re-analysis when the rules change.
#include "rapport/workflow/quality.hpp"

#include "rapport/workflow/wellbeing.hpp"

namespace rapport {

QualityService::QualityService(WorkflowContext context) : ctx_(context) {}

std::optional<store::StoredQuality> QualityService::report(InteractionId id) { return ctx_.store.find_quality(id); }

ReanalysisResult QualityService::reanalyze(Timestamp from, Timestamp to) {
  ReanalysisResult result;
  result.rules_version = ctx_.analyzer.rules_version();
  const WellbeingService wellbeing(ctx_);
  std::optional<InteractionId> after;
  // Batches keep memory flat on a large history; each interaction is its own
  // transaction so a reader never sees a half-replaced analysis.
  constexpr std::size_t kBatch = 256;
  while (true) {
    const auto ids = ctx_.store.interactions_between(from, to, after, kBatch);
    for (auto id : ids) {
      const auto interaction = ctx_.store.find_interaction(id);
      if (!interaction) continue;  // removed meanwhile
      ++result.examined;
      const auto report = ctx_.analyzer.analyze(*interaction);
      const auto stored = ctx_.store.find_quality(id);
      if (stored && stored->report == report) continue;
      ctx_.store.replace_quality(id, report, wellbeing.strain_of(*interaction, report));
      ++result.changed;
    }
    if (ids.size() < kBatch) break;
    after = ids.back();
  }
  return result;
}

}  // namespace rapport
