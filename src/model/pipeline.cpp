// The sales pipeline: the default stages and their validation.
#include <set>

#include "rapport/error.hpp"
#include "rapport/model/deal.hpp"

namespace rapport {

Pipeline Pipeline::standard() {
  return Pipeline{{{"lead", 0.10, StageOutcome::open},
                   {"qualified", 0.25, StageOutcome::open},
                   {"proposal", 0.50, StageOutcome::open},
                   {"negotiation", 0.75, StageOutcome::open},
                   {"won", 1.0, StageOutcome::won},
                   {"lost", 0.0, StageOutcome::lost}}};
}

const PipelineStage* Pipeline::find(std::string_view id) const noexcept {
  for (const auto& s : stages) {
    if (s.id == id) return &s;
  }
  return nullptr;
}

std::size_t Pipeline::index_of(std::string_view id) const {
  for (std::size_t i = 0; i < stages.size(); ++i) {
    if (stages[i].id == id) return i;
  }
  std::string known;
  for (const auto& s : stages) known += (known.empty() ? "" : ", ") + s.id;
  throw InvalidArgument("unknown pipeline stage '" + std::string(id) + "' (stages: " + known + ")");
}

namespace {

bool well_formed_id(const std::string& id) {
  if (id.empty() || id.size() > 64 || id[0] < 'a' || id[0] > 'z') return false;
  for (char c : id) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  }
  return true;
}

}  // namespace

void validate(const Pipeline& pipeline) {
  std::set<std::string> seen;
  bool open = false, won = false, lost = false;
  for (const auto& s : pipeline.stages) {
    if (!well_formed_id(s.id)) throw InvalidArgument("pipeline stage id '" + s.id + "' is not [a-z][a-z0-9_]*");
    if (!seen.insert(s.id).second) throw InvalidArgument("pipeline stage '" + s.id + "' appears twice");
    if (!(s.probability >= 0.0 && s.probability <= 1.0)) {
      throw InvalidArgument("pipeline stage '" + s.id + "' has probability " + std::to_string(s.probability) +
                            ", outside 0..1");
    }
    open |= s.outcome == StageOutcome::open;
    won |= s.outcome == StageOutcome::won;
    lost |= s.outcome == StageOutcome::lost;
  }
  if (!open || !won || !lost) {
    throw InvalidArgument("a pipeline needs at least one open stage, one won stage and one lost stage");
  }
  if (pipeline.stages.front().outcome != StageOutcome::open) {
    throw InvalidArgument("the first pipeline stage '" + pipeline.stages.front().id + "' must be an open stage");
  }
}

}  // namespace rapport
