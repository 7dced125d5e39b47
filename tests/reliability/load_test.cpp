// Load: 8 threads in this process (four sharing one Crm, four with a Crm
// each) and 2 more in a second process log interactions and update clients
// on one database, all at once. The final counts are exact, no busy or locked
// error reaches a caller (the store waits and retries with backoff), a client
// updated by many writers is always one writer's whole version, and a
// watchdog fails the test instead of letting a deadlock hang CI. Both stores.
//
// RAPPORT_LOAD_ROUNDS sets the rounds per worker (default 30; docs/reliability.md
// has the figures of larger runs).
#include <doctest/doctest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "../workflow/workflow_support.hpp"

using namespace rapport;

namespace {

constexpr int kThreads = 8;       // in this process
constexpr int kSharingCrm = 4;    // of them, this many share one Crm
constexpr int kChildThreads = 2;  // in the second process
constexpr int kWorkers = kThreads + kChildThreads;
constexpr std::size_t kBatch = 4;   // interactions per log_interactions call
constexpr int kSharedClients = 60;  // every worker logs to these
constexpr int kContested = 6;       // and updates the first few of them
constexpr auto kWatchdog = std::chrono::minutes(10);

int rounds() {
  const char* env = std::getenv("RAPPORT_LOAD_ROUNDS");
  const int n = env != nullptr ? std::atoi(env) : 30;
  return n > 0 ? n : 30;
}

// Everything the workers need, created before they start.
struct Setup {
  std::vector<ClientId> shared;  // logged to and updated by every worker
  std::vector<ClientId> own;     // one per worker: only that worker updates it
  StaffId staff;
};

// One worker's round r: a batch of interactions spread over the shared
// clients, an update of its own client (a tag per round: none may be lost),
// and an update of a shared client (last writer wins, but never a mixture).
void work_round(Crm& crm, const Setup& setup, int worker, int round) {
  std::vector<Interaction> batch;
  for (std::size_t k = 0; k < kBatch; ++k) {
    // Spread so that each client's history grows as fast as in the baseline.
    const auto client = setup.shared[(static_cast<std::size_t>(worker * 7 + round) * kBatch + k) % setup.shared.size()];
    const bool rough = (round + static_cast<int>(k)) % 5 == 0;
    const std::int64_t n = (static_cast<std::int64_t>(worker) * 100'000 + round) * 10 + static_cast<std::int64_t>(k);
    batch.push_back(test::conversation(client, setup.staff, from_unix_ms(1'790'000'000'000 + n * 1000),
                                       rough ? test::kAbusiveClient : test::kPlainClient,
                                       rough ? test::kBlamingAgent : test::kKindAgent));
  }
  crm.log_interactions(batch);

  Client own = crm.clients().get(setup.own[static_cast<std::size_t>(worker)]);
  own.tags.push_back("round-" + std::to_string(round));
  crm.clients().update(own);

  Client shared = crm.clients().get(setup.shared[static_cast<std::size_t>(round) % kContested]);
  const std::string mark = "w" + std::to_string(worker) + "r" + std::to_string(round);
  shared.name = "Shared " + mark;
  shared.tags = {"by-" + mark};
  crm.clients().update(shared);
}

// Runs rounds for `worker`, recording progress and any error.
struct Progress {
  std::array<std::atomic<int>, kWorkers> done{};  // rounds finished per worker
  std::mutex mutex;
  std::vector<std::string> errors;
};

void run_worker(Crm& crm, const Setup& setup, int worker, int n_rounds, Progress& progress) {
  for (int round = 0; round < n_rounds; ++round) {
    try {
      work_round(crm, setup, worker, round);
    } catch (const std::exception& e) {
      std::lock_guard lock(progress.mutex);
      progress.errors.push_back("worker " + std::to_string(worker) + " round " + std::to_string(round) + ": " +
                                e.what());
    }
    progress.done[static_cast<std::size_t>(worker)].fetch_add(1);
  }
}

// The second process: 2 threads, each with its own Crm; writes its error
// count and messages to `out`, then exits without running destructors of
// the parent's objects.
[[noreturn]] void child_process(const std::string& location, const Setup& setup, int n_rounds, int start_fd, int out) {
  Progress progress;
  try {
    std::vector<std::unique_ptr<Crm>> crms;
    for (int t = 0; t < kChildThreads; ++t) crms.push_back(std::make_unique<Crm>(Crm::open(location)));
    char go = 0;
    if (read(start_fd, &go, 1) != 1) _exit(3);
    std::vector<std::thread> threads;
    for (int t = 0; t < kChildThreads; ++t)
      threads.emplace_back(run_worker, std::ref(*crms[static_cast<std::size_t>(t)]), std::cref(setup), kThreads + t,
                           n_rounds, std::ref(progress));
    for (auto& t : threads) t.join();
  } catch (const std::exception& e) {
    progress.errors.push_back(std::string("second process: ") + e.what());
  }
  std::string report;
  for (const auto& e : progress.errors) report += e + "\n";
  const auto written = write(out, report.data(), report.size());
  _exit(written == static_cast<ssize_t>(report.size()) ? 0 : 4);
}

// Fails the whole run, loudly, if the workers have not finished in time: a
// deadlock must not hang CI. Prints each worker's progress first.
class Watchdog {
 public:
  Watchdog(const Progress& progress, pid_t child) : progress_(progress), child_(child), thread_([this] { watch(); }) {}
  Watchdog(const Watchdog&) = delete;
  Watchdog& operator=(const Watchdog&) = delete;
  ~Watchdog() {
    {
      std::lock_guard lock(mutex_);
      finished_ = true;
    }
    cv_.notify_one();
    thread_.join();
  }

 private:
  void watch() {
    std::unique_lock lock(mutex_);
    if (cv_.wait_for(lock, kWatchdog, [this] { return finished_; })) return;
    std::fprintf(stderr, "load test watchdog: workers still running after %lld s (deadlock?); rounds done:",
                 static_cast<long long>(std::chrono::seconds(kWatchdog).count()));
    for (int w = 0; w < kThreads; ++w) std::fprintf(stderr, " %d", progress_.done[static_cast<std::size_t>(w)].load());
    std::fprintf(stderr, " (second process not shown)\n");
    kill(child_, SIGKILL);
    std::abort();
  }

  const Progress& progress_;
  pid_t child_;
  std::mutex mutex_;
  std::condition_variable cv_;
  bool finished_ = false;
  std::thread thread_;
};

std::size_t count_interactions(Crm& crm, ClientId client) {
  std::size_t n = 0;
  std::optional<store::InteractionCursor> after;
  do {
    auto page = crm.interactions().list(client, after, 1000);
    n += page.items.size();
    after = page.next;
  } while (after);
  return n;
}

}  // namespace

TEST_CASE("8 threads and a second process writing at once: exact counts, no busy error, no deadlock") {
  CAPTURE(test::store_name());
  test::TestDatabase db;
  const int n_rounds = rounds();
  Setup setup;
  {
    Crm crm = Crm::open(db.location());
    setup.staff = crm.staff().add(test::staff("Agent", "agent@example.com")).id;
    for (int c = 0; c < kSharedClients; ++c)
      setup.shared.push_back(crm.clients().add(test::client("Shared " + std::to_string(c))).id);
    for (int w = 0; w < kWorkers; ++w)
      setup.own.push_back(crm.clients().add(test::client("Own " + std::to_string(w))).id);
  }

  // Baseline for the figures: one writer alone does one worker's rounds first
  // (on clients of its own, so the counts below are untouched).
  double alone_per_second = 0;
  {
    Crm crm = Crm::open(db.location());
    // As many clients as make each client's history as long as under load.
    Setup alone = setup;
    alone.shared.clear();
    for (int c = 0; c < kSharedClients / kWorkers; ++c)
      alone.shared.push_back(crm.clients().add(test::client("Alone " + std::to_string(c))).id);
    alone.own = {crm.clients().add(test::client("Alone")).id};
    Progress solo;
    const auto began = std::chrono::steady_clock::now();
    run_worker(crm, alone, 0, n_rounds, solo);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - began).count();
    for (const auto& e : solo.errors) FAIL_CHECK(e);
    alone_per_second = static_cast<double>(static_cast<std::size_t>(n_rounds) * kBatch) / seconds;
  }

  int start[2];
  int report[2];
  REQUIRE(pipe(start) == 0);
  REQUIRE(pipe(report) == 0);
  const pid_t child = fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    close(start[1]);
    close(report[0]);
    child_process(db.location(), setup, n_rounds, start[0], report[1]);
  }
  close(start[0]);
  close(report[1]);

  Progress progress;
  std::chrono::steady_clock::duration elapsed{};
  {
    Crm shared_crm = Crm::open(db.location());
    std::vector<std::unique_ptr<Crm>> own_crms;
    for (int t = kSharingCrm; t < kThreads; ++t) own_crms.push_back(std::make_unique<Crm>(Crm::open(db.location())));
    Watchdog watchdog(progress, child);
    const auto began = std::chrono::steady_clock::now();
    const char go[kChildThreads] = {};
    REQUIRE(write(start[1], go, 1) == 1);
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
      Crm& crm = t < kSharingCrm ? shared_crm : *own_crms[static_cast<std::size_t>(t - kSharingCrm)];
      threads.emplace_back(run_worker, std::ref(crm), std::cref(setup), t, n_rounds, std::ref(progress));
    }
    for (auto& t : threads) t.join();
    std::string child_errors;
    char buffer[4096];
    for (ssize_t got; (got = read(report[0], buffer, sizeof buffer)) > 0;)
      child_errors.append(buffer, static_cast<std::size_t>(got));
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    elapsed = std::chrono::steady_clock::now() - began;
    CHECK_MESSAGE(WIFEXITED(status), "second process died");
    CHECK(WEXITSTATUS(status) == 0);
    CHECK_MESSAGE(child_errors.empty(), child_errors);
  }
  close(start[1]);
  close(report[0]);
  for (const auto& e : progress.errors) FAIL_CHECK(e);  // busy, locked or anything else

  Crm crm = Crm::open(db.location());
  const auto rounds_total = static_cast<std::size_t>(kWorkers * n_rounds);
  std::size_t logged = 0;
  for (const auto id : setup.shared) logged += count_interactions(crm, id);
  CHECK(logged == rounds_total * kBatch);
  // Each worker's own client carries every round's tag: no update was lost.
  for (int w = 0; w < kWorkers; ++w) {
    CAPTURE(w);
    CHECK(crm.clients().get(setup.own[static_cast<std::size_t>(w)]).tags.size() == static_cast<std::size_t>(n_rounds));
  }
  // A client many workers updated is one writer's whole version, not a mixture.
  for (int k = 0; k < kContested; ++k) {
    const Client c = crm.clients().get(setup.shared[static_cast<std::size_t>(k)]);
    REQUIRE(c.tags.size() == 1);
    CHECK(c.tags[0] == "by-" + c.name.substr(std::string("Shared ").size()));
  }
  const double seconds = std::chrono::duration<double>(elapsed).count();
  MESSAGE(test::store_name() << " under load: " << kWorkers << " writers x " << n_rounds << " rounds: " << logged
                             << " interactions and " << 2 * rounds_total << " client updates in " << seconds
                             << " s: " << static_cast<double>(logged) / seconds << " interactions/s, "
                             << static_cast<double>(rounds_total) / seconds
                             << " rounds/s; one writer alone: " << alone_per_second << " interactions/s (ratio "
                             << static_cast<double>(logged) / seconds / alone_per_second << "x)");
}

TEST_CASE("a writer that waits past busy_timeout_ms gets a StorageError naming the timeout, and nothing is stored") {
  RAPPORT_SQLITE_ONLY("PostgreSQL writers wait on row locks, not on a file lock");
  test::TestDatabase db;
  CrmOptions options;
  options.store.busy_timeout_ms = 200;
  Crm crm = Crm::open(db.location(), options);
  const auto client = crm.clients().add(test::client("Waiting")).id;
  sqlite3* other = nullptr;
  REQUIRE(sqlite3_open(db.location().c_str(), &other) == SQLITE_OK);
  REQUIRE(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK);  // holds the write lock
  const auto began = std::chrono::steady_clock::now();
  CHECK_THROWS_WITH_AS(crm.log_interaction(test::conversation(client, std::nullopt, from_unix_ms(1'790'000'000'000),
                                                              test::kPlainClient, test::kKindAgent)),
                       doctest::Contains("busy_timeout_ms = 200"), StorageError);
  // It did wait (with backoff) rather than fail at once.
  CHECK(std::chrono::steady_clock::now() - began >= std::chrono::milliseconds(150));
  REQUIRE(sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr) == SQLITE_OK);
  sqlite3_close(other);
  CHECK(count_interactions(crm, client) == 0);
  crm.log_interaction(
      test::conversation(client, std::nullopt, from_unix_ms(1'790'000'000'000), test::kPlainClient, test::kKindAgent));
  CHECK(count_interactions(crm, client) == 1);
}
