// Several processes on one database at once: each logs interactions (some of
// them adversarial, which fire retention signals through the default policy)
// and adds its own and shared dissatisfaction signals for the same clients.
// The once-only rules live in the database, so they must hold across
// processes: no lost rows, one open retention case per client, each distinct
// signal stored once. Runs on both stores (SQLite WAL file, PostgreSQL).
#include <doctest/doctest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <iostream>
#include <map>
#include <set>

#include "workflow_support.hpp"

using namespace rapport;

namespace {

constexpr int kProcesses = 4;
constexpr int kRounds = 8;
constexpr int kClients = 5;

// One process's share of the work; returns the exit code (0 when every call succeeded).
int work(const std::string& location, int process, const std::vector<ClientId>& clients, StaffId agent) {
  try {
    Crm crm = Crm::open(location);
    for (int round = 0; round < kRounds; ++round) {
      for (const ClientId client : clients) {
        const Timestamp at = from_unix_ms(1'790'000'000'000 + (process * kRounds + round) * 60'000);
        const bool fight = round % 3 == 0;
        crm.log_interaction(
            test::conversation(client, agent, at, test::kPlainClient, fight ? test::kBlamingAgent : test::kKindAgent));
        DissatisfactionSignal own{SignalKind::low_csat,
                                  "survey:p" + std::to_string(process) + "-r" + std::to_string(round), "CSAT 1", at};
        crm.retention().add_signal(client, own);
        DissatisfactionSignal shared{SignalKind::complaint_ticket, "ticket:shared-" + to_string(client), "complaint",
                                     at};
        crm.retention().add_signal(client, shared);
      }
    }
    return 0;
  } catch (const std::exception& e) {
    std::cerr << "process " << process << ": " << e.what() << "\n";
    return 1;
  }
}

}  // namespace

TEST_CASE("four processes log interactions and retention signals for the same clients at once") {
  CAPTURE(test::store_name());
  test::TestDatabase db;
  std::vector<ClientId> clients;
  StaffId agent;
  {
    Crm crm = Crm::open(db.location());
    for (int k = 0; k < kClients; ++k)
      clients.push_back(crm.clients().add(test::client("Shared " + std::to_string(k))).id);
    agent = crm.staff().add(test::staff("Agent", "agent@example.com")).id;
  }

  std::vector<pid_t> children;
  for (int p = 0; p < kProcesses; ++p) {
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) _exit(work(db.location(), p, clients, agent));  // no doctest, no destructors in the child
    children.push_back(child);
  }
  for (const pid_t child : children) {
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
  }

  Crm crm = Crm::open(db.location());
  const auto open_cases = crm.retention().open_cases();
  std::map<ClientId, int> open_per_client;
  for (const auto& c : open_cases) ++open_per_client[c.client];
  const int fights_per_process = (kRounds + 2) / 3;
  for (const ClientId client : clients) {
    CAPTURE(client);
    CHECK(crm.interactions().list(client, {}, 1000).items.size() == kProcesses * kRounds);
    REQUIRE(open_per_client[client] == 1);
    const auto one = *crm.retention().open_case(client);
    std::multiset<std::string> sources;
    for (const auto& s : one.signals) sources.insert(s.source);
    // Every distinct signal once: each process's own surveys, the shared
    // complaint once, and one adversarial-interaction signal per fight.
    CHECK(sources.size() == static_cast<std::size_t>(kProcesses * kRounds + 1 + kProcesses * fights_per_process));
    CHECK(std::set<std::string>(sources.begin(), sources.end()).size() == sources.size());
    CHECK(sources.count("ticket:shared-" + to_string(client)) == 1);
  }
  CHECK(crm.store().list_retention_cases(false).size() == static_cast<std::size_t>(kClients));
}
