// The event bus: one Boost.Signals2 signal per event type, and hooks wrapped
// so that a throwing hook cannot undo a write or silence the hooks after it.
#include "rapport/events.hpp"

#include <atomic>
#include <boost/signals2/signal.hpp>
#include <mutex>
#include <tuple>

namespace rapport {

struct Subscription::Impl {
  boost::signals2::scoped_connection connection;
};

Subscription::Subscription() noexcept = default;
Subscription::Subscription(std::unique_ptr<Impl> impl) noexcept : impl_(std::move(impl)) {}
Subscription::Subscription(Subscription&&) noexcept = default;
Subscription& Subscription::operator=(Subscription&& other) noexcept {
  if (this != &other) {
    disconnect();
    impl_ = std::move(other.impl_);
  }
  return *this;
}
Subscription::~Subscription() = default;

void Subscription::disconnect() noexcept {
  if (impl_) impl_->connection.disconnect();
}

bool Subscription::connected() const noexcept { return impl_ && impl_->connection.connected(); }

namespace {

template <class Event>
using Signal = boost::signals2::signal<void(const Event&)>;

template <class Event>
constexpr std::string_view event_name();
#define RAPPORT_EVENT_NAME(E)                  \
  template <>                                  \
  constexpr std::string_view event_name<E>() { \
    return #E;                                 \
  }
RAPPORT_EVENT_NAME(InteractionLogged)
RAPPORT_EVENT_NAME(AdversarialFlagged)
RAPPORT_EVENT_NAME(ClientDissatisfied)
RAPPORT_EVENT_NAME(RetentionCaseOpened)
RAPPORT_EVENT_NAME(RetentionCaseClosed)
RAPPORT_EVENT_NAME(DealStageChanged)
RAPPORT_EVENT_NAME(DealClosed)
RAPPORT_EVENT_NAME(TicketSlaBreached)
RAPPORT_EVENT_NAME(TicketEscalated)
RAPPORT_EVENT_NAME(ConductLevelChanged)
RAPPORT_EVENT_NAME(AgentStrainCrossed)
RAPPORT_EVENT_NAME(FollowUpDue)
#undef RAPPORT_EVENT_NAME

}  // namespace

struct EventBus::Impl {
  std::tuple<Signal<InteractionLogged>, Signal<AdversarialFlagged>, Signal<ClientDissatisfied>,
             Signal<RetentionCaseOpened>, Signal<RetentionCaseClosed>, Signal<DealStageChanged>, Signal<DealClosed>,
             Signal<TicketSlaBreached>, Signal<TicketEscalated>, Signal<ConductLevelChanged>,
             Signal<AgentStrainCrossed>, Signal<FollowUpDue>>
      signals;
  std::atomic<std::size_t> failures{0};
  std::mutex handler_mutex;
  std::function<void(const HookError&)> handler;

  void report(std::string_view event, std::exception_ptr error) noexcept {
    failures.fetch_add(1, std::memory_order_relaxed);
    std::function<void(const HookError&)> h;
    {
      std::lock_guard lock(handler_mutex);
      h = handler;
    }
    if (!h) return;
    try {
      h(HookError{event, error});
    } catch (...) {
      // The handler must not throw; if it does, there is nobody left to tell.
    }
  }
};

EventBus::EventBus() : impl_(std::make_unique<Impl>()) {}
EventBus::~EventBus() = default;

template <class Event>
Subscription EventBus::subscribe(std::function<void(const Event&)> hook) {
  Impl* impl = impl_.get();
  auto guarded = [impl, hook = std::move(hook)](const Event& event) {
    try {
      hook(event);
    } catch (...) {
      impl->report(event_name<Event>(), std::current_exception());
    }
  };
  auto sub = std::make_unique<Subscription::Impl>();
  sub->connection = std::get<Signal<Event>>(impl_->signals).connect(std::move(guarded));
  return Subscription(std::move(sub));
}

template <class Event>
void EventBus::publish(const Event& event) const {
  std::get<Signal<Event>>(impl_->signals)(event);
}

Subscription EventBus::on_adversarial(std::function<void(const AdversarialFlagged&)> hook) {
  return subscribe<AdversarialFlagged>(std::move(hook));
}

void EventBus::on_hook_error(std::function<void(const HookError&)> handler) {
  std::lock_guard lock(impl_->handler_mutex);
  impl_->handler = std::move(handler);
}

std::size_t EventBus::hook_failures() const noexcept { return impl_->failures.load(std::memory_order_relaxed); }

#define RAPPORT_EVENT(E)                                                            \
  template Subscription EventBus::subscribe<E>(std::function<void(const E&)> hook); \
  template void EventBus::publish<E>(const E& event) const;
RAPPORT_EVENT(InteractionLogged)
RAPPORT_EVENT(AdversarialFlagged)
RAPPORT_EVENT(ClientDissatisfied)
RAPPORT_EVENT(RetentionCaseOpened)
RAPPORT_EVENT(RetentionCaseClosed)
RAPPORT_EVENT(DealStageChanged)
RAPPORT_EVENT(DealClosed)
RAPPORT_EVENT(TicketSlaBreached)
RAPPORT_EVENT(TicketEscalated)
RAPPORT_EVENT(ConductLevelChanged)
RAPPORT_EVENT(AgentStrainCrossed)
RAPPORT_EVENT(FollowUpDue)
#undef RAPPORT_EVENT

}  // namespace rapport
