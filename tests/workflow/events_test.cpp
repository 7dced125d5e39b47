// The event bus on its own: hooks added and removed while other threads
// publish, and a failing error handler.
#include <doctest/doctest.h>

#include <atomic>
#include <stdexcept>
#include <thread>

#include "rapport/events.hpp"

using namespace rapport;

TEST_CASE("hooks come and go while two threads publish; a steady hook sees every event exactly once") {
  EventBus bus;
  std::atomic<int> steady{0};
  auto keep = bus.subscribe<FollowUpDue>([&](const FollowUpDue&) { ++steady; });
  constexpr int kPerThread = 5'000;
  std::atomic<bool> publishing{true};
  std::thread churn([&] {
    // Subscribing and dropping hooks concurrently must neither crash nor lose the steady hook's events.
    std::atomic<int> transient{0};
    while (publishing) {
      auto s = bus.subscribe<FollowUpDue>([&](const FollowUpDue&) { ++transient; });
      s.disconnect();
    }
  });
  auto publish = [&] {
    for (int i = 0; i < kPerThread; ++i) bus.publish(FollowUpDue{});
  };
  std::thread a(publish), b(publish);
  a.join();
  b.join();
  publishing = false;
  churn.join();
  CHECK(steady == 2 * kPerThread);
  keep.disconnect();
  bus.publish(FollowUpDue{});
  CHECK(steady == 2 * kPerThread);
}

TEST_CASE("an error handler that throws is dropped; later hooks still run and the failure is counted") {
  EventBus bus;
  int later = 0;
  bus.on_hook_error([](const HookError&) { throw std::runtime_error("the handler itself fails"); });
  auto bad = bus.subscribe<FollowUpDue>([](const FollowUpDue&) { throw std::logic_error("hook fails"); });
  auto good = bus.subscribe<FollowUpDue>([&](const FollowUpDue&) { ++later; });
  CHECK_NOTHROW(bus.publish(FollowUpDue{}));
  CHECK(later == 1);
  CHECK(bus.hook_failures() == 1);
}

TEST_CASE("a subscription outliving its bus disconnects safely") {
  Subscription s;
  {
    EventBus bus;
    s = bus.subscribe<FollowUpDue>([](const FollowUpDue&) {});
    CHECK(s.connected());
  }
  CHECK_NOTHROW(s.disconnect());
  CHECK_FALSE(s.connected());
}
