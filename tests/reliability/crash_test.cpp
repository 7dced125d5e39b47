// Crash safety: a child process logs interactions in batches and tells the
// parent each id it got back (acknowledged = committed); the parent kills it
// with SIGKILL at a random moment, 50 times (RAPPORT_CRASH_TRIALS), seeded. After every kill the
// database opens, SQLite's integrity check passes, every acknowledged
// interaction is there with all its turns and its analysis, and no
// interaction is half-written (turns or analysis missing). Both stores.
#include <doctest/doctest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <random>
#include <set>
#include <thread>
#include <vector>

#include "../workflow/workflow_support.hpp"

using namespace rapport;

namespace {

// RAPPORT_CRASH_TRIALS sets the number of kills (default 50).
int trials() {
  const char* env = std::getenv("RAPPORT_CRASH_TRIALS");
  const int n = env != nullptr ? std::atoi(env) : 50;
  return n > 0 ? n : 50;
}
constexpr std::size_t kBatch = 5;
constexpr std::size_t kTurns = 3;

rapport::Interaction three_turns(ClientId client, StaffId staff, std::int64_t n) {
  auto in = test::conversation(client, staff, from_unix_ms(1'790'000'000'000 + n * 1000), test::kPlainClient,
                               test::kBlamingAgent);
  in.turns.push_back({SpeakerRole::client, "Client", "I would like a refund.", std::nullopt, std::nullopt});
  return in;
}

// The child: logs batches until killed, writing each acknowledged id to `out`.
[[noreturn]] void log_until_killed(const std::string& location, ClientId client, StaffId staff, int out, int trial) {
  try {
    Crm crm = Crm::open(location);
    const char ready = 'r';
    if (write(out, &ready, 1) != 1) _exit(3);
    for (std::int64_t n = 0;; n += kBatch) {
      std::vector<Interaction> batch;
      for (std::size_t k = 0; k < kBatch; ++k) batch.push_back(three_turns(client, staff, trial * 100'000 + n + k));
      for (const auto& logged : crm.log_interactions(batch)) {
        const std::int64_t id = logged.interaction.id.value;
        if (write(out, &id, sizeof id) != static_cast<ssize_t>(sizeof id)) _exit(4);
      }
    }
  } catch (...) {
    _exit(2);
  }
}

std::string integrity_check(const std::string& path) {
  sqlite3* db = nullptr;
  std::string result = "cannot open";
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &st, nullptr) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
      result = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
  }
  sqlite3_close(db);
  return result;
}

}  // namespace

TEST_CASE("interactions acknowledged before a SIGKILL survive it whole, and nothing is half-written") {
  CAPTURE(test::store_name());
  test::TestDatabase db;
  ClientId client;
  StaffId staff;
  {
    Crm crm = Crm::open(db.location());
    client = crm.clients().add(test::client("Crash")).id;
    staff = crm.staff().add(test::staff("Agent", "agent@example.com")).id;
  }
  std::mt19937_64 rng(20261123);
  std::set<std::int64_t> acknowledged;
  std::size_t stored_total = 0;
  const int n_trials = trials();
  for (int trial = 0; trial < n_trials; ++trial) {
    CAPTURE(trial);
    int fds[2];
    REQUIRE(pipe(fds) == 0);
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
      close(fds[0]);
      log_until_killed(db.location(), client, staff, fds[1], trial);
    }
    close(fds[1]);
    char ready = 0;
    REQUIRE(read(fds[0], &ready, 1) == 1);  // opened: the kill falls among the writes
    std::this_thread::sleep_for(std::chrono::milliseconds(rng() % 120));
    REQUIRE(kill(child, SIGKILL) == 0);
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    CHECK(WIFSIGNALED(status));  // killed, not failed on its own
    std::int64_t id = 0;
    while (read(fds[0], &id, sizeof id) == static_cast<ssize_t>(sizeof id)) acknowledged.insert(id);
    close(fds[0]);

    if (!test::on_postgres()) CHECK(integrity_check(db.location()) == "ok");
    Crm crm = Crm::open(db.location());
    std::set<std::int64_t> stored;
    std::optional<store::InteractionCursor> after;
    do {
      auto page = crm.interactions().list(client, after, 1000);
      for (const auto& in : page.items) {
        stored.insert(in.id.value);
        CHECK(in.turns.size() == kTurns);  // never half-written
        const auto quality = crm.quality().report(in.id);
        REQUIRE(quality);
        CHECK_FALSE(quality->report.flags.empty());
      }
      after = page.next;
    } while (after);
    for (const std::int64_t a : acknowledged) CHECK(stored.count(a) == 1);
    // A batch is one transaction: what is stored is whole batches.
    CHECK(stored.size() % kBatch == 0);
    stored_total = stored.size();
  }
  // Stored but never acknowledged: batches committed just before a kill.
  MESSAGE(acknowledged.size() << " interactions acknowledged, " << stored_total << " stored, over " << n_trials
                              << " kills on " << test::store_name());
  CHECK(acknowledged.size() >= kBatch);  // the kills did land among writes
}
