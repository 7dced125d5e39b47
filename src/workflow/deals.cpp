// The acquire pillar: deals through the pipeline, and the pipeline's figures.
#include "rapport/workflow/deals.hpp"

#include <map>
#include <set>

#include "rapport/error.hpp"
#include "rapport/model/validate.hpp"

namespace rapport {
namespace {

void add_to(std::vector<Money>& totals, const Money& m) {
  for (auto& t : totals) {
    if (t.currency == m.currency) {
      t = add(t, m);
      return;
    }
  }
  totals.push_back(m);
}

}  // namespace

DealService::DealService(WorkflowContext context) : ctx_(context) {}

Deal DealService::create(Deal deal, const Actor& actor) {
  const Pipeline& pipeline = ctx_.options.pipeline;
  validate(deal);
  if (deal.stage.empty()) deal.stage = pipeline.stages.front().id;
  const auto& stage = pipeline.stages[pipeline.index_of(deal.stage)];
  if (stage.outcome != StageOutcome::open) {
    throw InvalidArgument("a new deal cannot start in the closing stage '" + deal.stage + "'");
  }
  deal.close_reason.clear();
  deal.closed_at.reset();
  return ctx_.store.create_deal(std::move(deal), actor);
}

Deal DealService::get(DealId id) {
  auto d = ctx_.store.find_deal(id);
  if (!d) throw NotFound("deal " + to_string(id) + " does not exist");
  return std::move(*d);
}

Deal DealService::move(DealId id, std::string_view stage_id, const Actor& actor, std::string reason) {
  const Pipeline& pipeline = ctx_.options.pipeline;
  const auto& target = pipeline.stages[pipeline.index_of(stage_id)];
  reason = checked_reason("deal reason", reason, false);
  Deal deal = get(id);
  if (deal.closed_at) {
    throw InvalidArgument("deal " + to_string(id) + " is closed in stage '" + deal.stage + "'; it cannot move to '" +
                          std::string(stage_id) + "'");
  }
  if (deal.stage == stage_id)
    throw InvalidArgument("deal " + to_string(id) + " is already in stage '" + deal.stage + "'");

  StageChange change{id, deal.stage, target.id, ctx_.clock(), actor.to_string(), reason};
  deal.stage = target.id;
  const bool closing = target.outcome != StageOutcome::open;
  if (closing) {
    deal.closed_at = change.at;
    deal.close_reason = reason;
  }
  Deal moved = ctx_.store.move_deal(deal, change, target.outcome == StageOutcome::won, actor);
  ctx_.events.publish(DealStageChanged{moved, change});
  if (closing) ctx_.events.publish(DealClosed{moved, target.outcome == StageOutcome::won});
  return moved;
}

Deal DealService::win(DealId id, std::string reason, const Actor& actor) {
  for (const auto& s : ctx_.options.pipeline.stages) {
    if (s.outcome == StageOutcome::won) return move(id, s.id, actor, std::move(reason));
  }
  throw InvalidArgument("the pipeline has no won stage");
}

Deal DealService::lose(DealId id, std::string reason, const Actor& actor) {
  for (const auto& s : ctx_.options.pipeline.stages) {
    if (s.outcome == StageOutcome::lost) return move(id, s.id, actor, std::move(reason));
  }
  throw InvalidArgument("the pipeline has no lost stage");
}

std::vector<StageChange> DealService::history(DealId id) {
  get(id);
  return ctx_.store.stage_history(id);
}

std::vector<StageTotal> DealService::open_pipeline() {
  std::vector<StageTotal> out;
  std::map<std::string, std::size_t, std::less<>> index;
  for (const auto& s : ctx_.options.pipeline.stages) {
    if (s.outcome != StageOutcome::open) continue;
    index[s.id] = out.size();
    out.push_back(StageTotal{s.id, 0, {}});
  }
  for (const auto& d : ctx_.store.list_deals({.open_only = true})) {
    auto it = index.find(d.stage);
    if (it == index.end()) continue;  // a stage no longer in the pipeline
    auto& total = out[it->second];
    ++total.deals;
    add_to(total.value, d.value);
  }
  return out;
}

std::vector<Money> DealService::weighted_forecast() {
  std::vector<Money> out;
  for (const auto& d : ctx_.store.list_deals({.open_only = true})) {
    const auto* stage = ctx_.options.pipeline.find(d.stage);
    if (!stage) continue;
    // Rounded to whole minor units: money never becomes a double in storage or output.
    const auto weighted = static_cast<std::int64_t>(static_cast<double>(d.value.minor) * stage->probability + 0.5);
    add_to(out, Money{d.value.currency, weighted});
  }
  return out;
}

double DealService::conversion_rate(std::string_view from, std::string_view to) {
  const Pipeline& pipeline = ctx_.options.pipeline;
  static_cast<void>(pipeline.index_of(from));  // both throw for an unknown stage
  static_cast<void>(pipeline.index_of(to));
  std::map<std::int64_t, std::vector<std::string>> visits;
  for (const auto& c : ctx_.store.stage_history(std::nullopt)) visits[c.deal.value].push_back(c.to);
  std::size_t entered = 0, converted = 0;
  for (const auto& [deal, stages] : visits) {
    for (std::size_t i = 0; i < stages.size(); ++i) {
      if (stages[i] != from) continue;
      ++entered;
      for (std::size_t j = i + 1; j < stages.size(); ++j) {
        if (stages[j] == to) {
          ++converted;
          break;
        }
      }
      break;
    }
  }
  return entered == 0 ? 0.0 : static_cast<double>(converted) / static_cast<double>(entered);
}

std::optional<std::chrono::milliseconds> DealService::average_cycle_time() {
  std::set<std::string> won;
  for (const auto& s : ctx_.options.pipeline.stages) {
    if (s.outcome == StageOutcome::won) won.insert(s.id);
  }
  std::chrono::milliseconds total{0};
  std::int64_t count = 0;
  for (const auto& d : ctx_.store.list_deals({})) {
    if (!d.closed_at || !won.count(d.stage)) continue;
    total += *d.closed_at - d.created_at;
    ++count;
  }
  if (count == 0) return std::nullopt;
  return total / count;
}

}  // namespace rapport
