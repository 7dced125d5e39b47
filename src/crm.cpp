// The Crm facade: owns the store, the analyzer, the event bus and the services.
#include "rapport/crm.hpp"

#include "rapport/error.hpp"
#include "services/limits.hpp"
#include "workflow/interaction_log.hpp"

namespace rapport {

// Services hold references into State, which lives on the heap, so moving a
// Crm moves only the pointer and the references stay valid.
struct Crm::State {
  State(std::unique_ptr<store::Store> s, CrmOptions o)
      : options(std::move(o)),
        store(std::move(s)),
        analyzer(options.analyzer),
        clients(*store, options.validation),
        staff(*store),
        interactions(*store),
        quality(context()),
        deals(context()),
        tickets(context()),
        retention(context()),
        conduct(context()),
        wellbeing(context()) {}

  WorkflowContext context() { return WorkflowContext{*store, events, options.workflow, analyzer, options.store.clock}; }

  CrmOptions options;
  std::unique_ptr<store::Store> store;
  EventBus events;
  quality::Analyzer analyzer;
  ClientService clients;
  StaffService staff;
  InteractionService interactions;
  QualityService quality;
  DealService deals;
  TicketService tickets;
  RetentionService retention;
  ConductService conduct;
  WellbeingService wellbeing;
  Subscription retention_policy;
};

Crm Crm::open(const std::string& location, CrmOptions options) {
  validate(options.workflow.pipeline);
  auto store = store::is_postgres_location(location) ? store::open_postgres(location, options.store)
                                                     : store::open_sqlite(location, options.store);
  return Crm(std::move(store), std::move(options));
}

Crm::Crm(std::unique_ptr<store::Store> store, CrmOptions options) {
  if (!store) throw InvalidArgument("Crm needs a store, got a null pointer");
  validate(options.workflow.pipeline);
  if (!options.store.clock) throw InvalidArgument("CrmOptions::store.clock is empty");
  state_ = std::make_unique<State>(std::move(store), std::move(options));
  if (state_->options.workflow.default_policies) {
    // The default retain policy is an ordinary hook: a host may disconnect it
    // and subscribe its own (e.g. only for customers above some value).
    RetentionService* retention = &state_->retention;
    state_->retention_policy = state_->events.subscribe<ClientDissatisfied>(
        [retention](const ClientDissatisfied& e) { retention->add_signal(e.client, e.signal); });
  }
}

Crm::Crm(Crm&&) noexcept = default;
Crm& Crm::operator=(Crm&&) noexcept = default;
Crm::~Crm() = default;

ClientService& Crm::clients() { return state_->clients; }
StaffService& Crm::staff() { return state_->staff; }
InteractionService& Crm::interactions() { return state_->interactions; }
void Crm::backup(const std::string& path) { state_->store->backup(path); }

store::Store& Crm::store() { return *state_->store; }
EventBus& Crm::events() { return state_->events; }
const CrmOptions& Crm::options() const { return state_->options; }
Subscription& Crm::default_retention_policy() { return state_->retention_policy; }
quality::Analyzer& Crm::analyzer() { return state_->analyzer; }
QualityService& Crm::quality() { return state_->quality; }
DealService& Crm::deals() { return state_->deals; }
TicketService& Crm::tickets() { return state_->tickets; }
RetentionService& Crm::retention() { return state_->retention; }
ConductService& Crm::conduct() { return state_->conduct; }
WellbeingService& Crm::wellbeing() { return state_->wellbeing; }

LoggedInteraction Crm::log_interaction(Interaction interaction, const Actor& actor) {
  return std::move(log_interactions(std::span(&interaction, 1), actor).front());
}

std::vector<LoggedInteraction> Crm::log_interactions(std::span<const Interaction> interactions, const Actor& actor) {
  workflow::InteractionLog log{state_->context(), state_->conduct, state_->wellbeing};
  return log.log(interactions, actor);
}

std::size_t Crm::check_follow_ups(Timestamp now) {
  std::size_t published = 0;
  for (auto& task : state_->store->tasks_to_notify(now)) {
    // Marked before publishing: if two processes race, only one wins the mark.
    if (!state_->store->mark_task_notified(task.id)) continue;
    state_->events.publish(FollowUpDue{std::move(task)});
    ++published;
  }
  return published;
}

TickResult Crm::tick(Timestamp now) {
  TickResult r;
  r.sla_breaches = state_->tickets.check_sla(now).size();
  r.follow_ups_due = check_follow_ups(now);
  r.silent_customers = state_->retention.check_silence(now);
  return r;
}

std::vector<store::SearchHit> Crm::search(std::string_view text, std::size_t limit) {
  return state_->store->search(text, detail::checked_limit(limit));
}

std::vector<store::AuditEntry> Crm::audit_log(const store::AuditFilter& filter) {
  return state_->store->audit_log(filter);
}

}  // namespace rapport
