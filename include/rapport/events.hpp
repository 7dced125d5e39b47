#pragma once

// Typed events and the bus that delivers them to the host program's hooks.
//
// When events fire: after the write they describe has COMMITTED, on the thread
// that made the write, before the Crm call that made it returns. A hook
// therefore sees committed data and may call back into the Crm (e.g. open a
// retention case from a ClientDissatisfied hook).
//
// A hook that throws: the exception is caught by the bus; the write stays
// committed, the remaining hooks still run, and the exception is handed to
// the error handler (EventBus::on_hook_error; by default it is counted in
// EventBus::hook_failures() and dropped). The Crm call that published the
// event returns normally.

#include <chrono>
#include <cstddef>
#include <exception>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rapport/model/actor.hpp"
#include "rapport/model/conduct.hpp"
#include "rapport/model/deal.hpp"
#include "rapport/model/interaction.hpp"
#include "rapport/model/note.hpp"
#include "rapport/model/retention.hpp"
#include "rapport/model/ticket.hpp"
#include "rapport/quality/report.hpp"

namespace rapport {

/// An interaction was stored together with its quality analysis.
struct InteractionLogged {
  Interaction interaction{};         ///< as stored, with its id
  quality::QualityReport quality{};  ///< the analysis stored with it
};

/// An interaction was judged adversarial: staff fought the client.
struct AdversarialFlagged {
  InteractionId interaction{};         ///< the interaction
  ClientId client{};                   ///< its client
  std::optional<StaffId> staff{};      ///< the agent who handled it
  int stance = 50;                     ///< the stance score (under the threshold, or a severe flag)
  std::vector<quality::Flag> flags{};  ///< the agent-side adversarial flags, with evidence
};

/// A signal says a client is dissatisfied (the retain pillar starts here).
struct ClientDissatisfied {
  ClientId client{};               ///< the client
  DissatisfactionSignal signal{};  ///< what was seen
};

/// A retention case was opened.
struct RetentionCaseOpened {
  RetentionCase retention_case{};  ///< as stored, with its first signal
};

/// A retention case was closed with an outcome.
struct RetentionCaseClosed {
  RetentionCase retention_case{};  ///< as stored, with offers and outcome
};

/// A deal moved to another stage.
struct DealStageChanged {
  Deal deal{};           ///< the deal after the move
  StageChange change{};  ///< the move
};

/// A deal entered a won or lost stage.
struct DealClosed {
  Deal deal{};       ///< the deal after the move
  bool won = false;  ///< won (true) or lost
};

/// A ticket missed an SLA target; published once per ticket and target.
struct TicketSlaBreached {
  Ticket ticket{};                               ///< the ticket when the breach was seen
  SlaTarget target = SlaTarget::first_response;  ///< which target
  Timestamp deadline{};                          ///< when the target was due
  Timestamp detected_at{};                       ///< the `now` of check_sla
};

/// A ticket was escalated because of an SLA breach (priority raised one step).
struct TicketEscalated {
  Ticket ticket{};                               ///< the ticket after escalation
  TicketPriority from = TicketPriority::normal;  ///< priority before
  std::string reason{};                          ///< e.g. "resolution SLA breached"
};

/// A client's conduct level changed.
struct ConductLevelChanged {
  ClientId client{};       ///< the client
  ConductChange change{};  ///< from, to, reason, who approved
};

/// An agent's strain for one day crossed the threshold; published once per agent and day.
struct AgentStrainCrossed {
  StaffId staff{};       ///< the agent
  std::string day{};     ///< "YYYY-MM-DD" (business day, see WellbeingOptions)
  double strain = 0;     ///< the day's strain after the interaction that crossed it
  double threshold = 0;  ///< the configured threshold
  InteractionId last{};  ///< the interaction that crossed it
};

/// A follow-up task came due; published once per task.
struct FollowUpDue {
  Task task{};  ///< the task
};

/// What the error handler learns about a hook that threw.
struct HookError {
  std::string_view event{};    ///< the event type's name, e.g. "AdversarialFlagged"
  std::exception_ptr error{};  ///< what it threw
};

/// A hook's connection to the bus. Disconnects when destroyed (scoped), so a
/// hook never outlives the object it captures. Move-only.
class Subscription {
 public:
  /// An empty subscription (connected to nothing).
  Subscription() noexcept;
  /// Takes over another subscription.
  Subscription(Subscription&&) noexcept;
  /// Disconnects the current hook, then takes over another.
  Subscription& operator=(Subscription&&) noexcept;
  /// Disconnects.
  ~Subscription();
  /// Stops delivering events to the hook; safe to call twice, and after the bus is gone.
  void disconnect() noexcept;
  /// True while the hook receives events.
  [[nodiscard]] bool connected() const noexcept;

  /// The connection behind a subscription (defined in src/events.cpp).
  struct Impl;
  /// Used by EventBus.
  explicit Subscription(std::unique_ptr<Impl> impl) noexcept;

 private:
  std::unique_ptr<Impl> impl_;
};

/// Delivers typed events to hooks (built on Boost.Signals2, kept out of this header).
/// Thread-safe: hooks may be added and removed while events are published from
/// other threads. Hooks of one event run in the order they were added.
class EventBus {
 public:
  /// A bus with no hooks.
  EventBus();
  /// Disconnects every hook.
  ~EventBus();
  /// Not copyable: subscriptions point at this bus.
  EventBus(const EventBus&) = delete;
  /// Not copyable.
  EventBus& operator=(const EventBus&) = delete;

  /// Calls `hook` for every published `Event` until the subscription is dropped.
  /// `Event` is one of the event types of this header.
  template <class Event>
  [[nodiscard]] Subscription subscribe(std::function<void(const Event&)> hook);

  /// Delivers `event` to its hooks; never throws because of a hook (see the top of this header).
  template <class Event>
  void publish(const Event& event) const;

  /// Hook on adversarial interactions (the same as subscribe<AdversarialFlagged>).
  [[nodiscard]] Subscription on_adversarial(std::function<void(const AdversarialFlagged&)> hook);

  /// Replaces the handler of hook exceptions; it runs on the publishing thread and
  /// must not throw (an exception from it is dropped).
  void on_hook_error(std::function<void(const HookError&)> handler);
  /// How many hook calls threw since the bus was made.
  [[nodiscard]] std::size_t hook_failures() const noexcept;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace rapport
