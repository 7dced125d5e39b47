// Retention signals added at once through several Crm objects on one database
// (as several processes or app servers would): one open case per client, each signal once.
#include <doctest/doctest.h>

#include <latch>
#include <map>
#include <set>
#include <thread>

#include "workflow_support.hpp"

using namespace rapport;

TEST_CASE("signals raced from four connections open one case per client and are stored once each") {
  constexpr std::size_t kThreads = 4;
  constexpr std::size_t kRounds = 6;
  test::TestDatabase db;
  test::ManualClock clock;
  // Each Crm has its own connection (its own file handle on SQLite), as another process would.
  std::vector<Crm> crms;
  for (std::size_t i = 0; i < kThreads; ++i) crms.push_back(Crm::open(db.location(), test::options_with(clock)));
  std::vector<ClientId> clients;
  for (const char* name : {"Ana", "Bartek", "Chiara"}) clients.push_back(crms[0].clients().add(test::client(name)).id);

  struct Seen {
    ClientId client;
    std::string source;
    store::SignalOutcome outcome;
  };
  std::vector<std::vector<Seen>> seen(kThreads);
  std::vector<std::string> errors(kThreads);
  std::latch start(static_cast<std::ptrdiff_t>(kThreads));
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      auto& crm = crms[t];
      auto& mine = seen[t];
      start.arrive_and_wait();
      try {
        for (std::size_t r = 0; r < kRounds; ++r) {
          for (const auto client : clients) {
            // Every thread sends the shared signal; each also sends its own, and one without a source.
            const std::vector<DissatisfactionSignal> signals = {
                {SignalKind::low_csat, "shared:" + std::to_string(r), "shared", {}},
                {SignalKind::complaint_ticket, "thread" + std::to_string(t) + ":" + std::to_string(r), "own", {}},
            };
            for (const auto& s : signals) {
              mine.push_back({client, s.source, crm.retention().add_signal(client, s)});
            }
          }
          if (r == 0) {
            for (const auto client : clients) {
              const DissatisfactionSignal anonymous{SignalKind::no_contact, "", "no source", {}};
              mine.push_back({client, "", crm.retention().add_signal(client, anonymous)});
            }
          }
        }
      } catch (const std::exception& e) {
        errors[t] = e.what();
      }
    });
  }
  for (auto& thread : threads) thread.join();
  for (std::size_t t = 0; t < kThreads; ++t) CHECK_MESSAGE(errors[t].empty(), "thread ", t, ": ", errors[t]);

  const auto cases = crms[0].retention().open_cases();
  REQUIRE(cases.size() == clients.size());
  std::map<ClientId, RetentionCase> by_client;
  for (const auto& rc : cases) by_client.emplace(rc.client, rc);
  REQUIRE(by_client.size() == clients.size());

  std::map<ClientId, int> opened;
  std::map<std::pair<ClientId, std::string>, std::size_t> added;
  for (const auto& list : seen) {
    for (const auto& s : list) {
      CHECK(s.outcome.retention_case.id == by_client.at(s.client).id);
      if (s.outcome.opened) ++opened[s.client];
      if (s.outcome.added) ++added[{s.client, s.source}];
    }
  }
  for (const auto client : clients) {
    CAPTURE(client);
    CHECK(opened[client] == 1);
    const auto& rc = by_client.at(client);
    CHECK(rc.signals.size() == kRounds + kThreads * kRounds + kThreads);
    std::set<std::string> sources;
    std::size_t anonymous = 0;
    for (const auto& s : rc.signals) {
      if (s.source.empty()) {
        ++anonymous;
      } else {
        CHECK_MESSAGE(sources.insert(s.source).second, "signal ", s.source, " stored twice");
      }
    }
    CHECK(anonymous == kThreads);
    for (std::size_t r = 0; r < kRounds; ++r) CHECK(added[{client, "shared:" + std::to_string(r)}] == 1);
    CHECK(added[{client, ""}] == kThreads);
  }
}
