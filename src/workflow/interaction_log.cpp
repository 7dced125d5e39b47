// Logging an interaction: the write, then the reactions that follow it.
#include "interaction_log.hpp"

#include "dissatisfied.hpp"
#include "marker_kind.hpp"
#include "rapport/error.hpp"

namespace rapport::workflow {

std::vector<LoggedInteraction> InteractionLog::log(std::span<const Interaction> interactions, const Actor& actor) {
  std::vector<store::AnalyzedInteraction> items;
  items.reserve(interactions.size());
  for (std::size_t i = 0; i < interactions.size(); ++i) {
    try {
      validate(interactions[i]);
    } catch (const InvalidArgument& e) {
      if (interactions.size() == 1) throw;
      throw InvalidArgument("interaction " + std::to_string(i) + ": " + e.what());
    }
    // Analysis runs before the transaction: it is pure and may take a while,
    // and the database lock should be held only for the writes.
    store::AnalyzedInteraction item{interactions[i], ctx.analyzer.analyze(interactions[i]), 0.0};
    item.strain = wellbeing.strain_of(item.interaction, item.report);
    items.push_back(std::move(item));
  }
  const auto stored = ctx.store.log_interactions(items, actor);
  std::vector<LoggedInteraction> out;
  out.reserve(stored.size());
  for (std::size_t i = 0; i < stored.size(); ++i) {
    out.push_back(LoggedInteraction{stored[i], std::move(items[i].report)});
  }
  // Everything below runs after commit: hooks see committed data.
  for (std::size_t i = 0; i < out.size(); ++i) react(out[i], items[i].strain);
  return out;
}

void InteractionLog::react(const LoggedInteraction& logged, double strain) {
  const Interaction& in = logged.interaction;
  const auto& report = logged.quality;
  const auto& config = ctx.analyzer.config();
  const auto& retain = ctx.options.retention;
  const std::string source = "interaction:" + to_string(in.id);

  ctx.events.publish(InteractionLogged{in, report});

  if (report.adversarial) {
    AdversarialFlagged event{in.id, in.client, in.staff, report.stance, {}};
    for (const auto& f : report.flags) {
      if (f.side == quality::Side::agent && marker_kind(f.marker, config) == quality::MarkerKind::staff_adversarial) {
        event.flags.push_back(f);
      }
    }
    ctx.events.publish(event);
    if (retain.adversarial_interaction) {
      publish_dissatisfied(ctx.events, in.client, SignalKind::adversarial_interaction, source,
                           "stance " + std::to_string(report.stance), in.started_at);
    }
  }
  if (in.csat && *in.csat <= retain.low_csat) {
    publish_dissatisfied(ctx.events, in.client, SignalKind::low_csat, source, "CSAT " + std::to_string(*in.csat),
                         in.started_at);
  }
  bool conduct_flags = false;
  bool threat_seen = false;
  for (const auto& f : report.flags) {
    if (f.side != quality::Side::client) continue;
    for (const auto& m : ctx.options.conduct.markers) conduct_flags |= (m == f.marker);
    if (f.marker == "threat" && retain.client_threat && !threat_seen) {
      threat_seen = true;
      publish_dissatisfied(ctx.events, in.client, SignalKind::client_threat, source, "client said: " + f.evidence,
                           in.started_at);
    }
  }
  if (conduct_flags && points_checked_.insert(in.client.value).second) conduct.apply_points(in.client);

  if (in.staff && strain > 0) {
    const std::string business_day = wellbeing.business_day(in.started_at);
    if (!strain_checked_.emplace(in.staff->value, business_day).second) return;
    const double day = wellbeing.day_strain(*in.staff, in.started_at);
    const double threshold = ctx.options.wellbeing.strain_threshold;
    if (day >= threshold && ctx.store.mark_strain_alert(*in.staff, business_day)) {
      ctx.events.publish(AgentStrainCrossed{*in.staff, business_day, day, threshold, in.id});
    }
  }
}

}  // namespace rapport::workflow
