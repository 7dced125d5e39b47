#pragma once

// Helpers shared by the test files: temporary directories that clean up after
// themselves and a clock the test moves by hand.
#include <atomic>
#include <filesystem>
#include <random>
#include <string>

#include "rapport/rapport.hpp"

namespace test {

/// A fresh directory under the system temp dir, removed with its content on destruction.
class TempDir {
 public:
  TempDir() {
    std::random_device rd;
    path_ = std::filesystem::temp_directory_path() / ("rapport-test-" + std::to_string(rd()) + std::to_string(rd()));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  /// A path inside the directory.
  [[nodiscard]] std::string file(const std::string& name) const { return (path_ / name).string(); }
  [[nodiscard]] const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

/// A clock that stands still until the test advances it.
struct ManualClock {
  std::shared_ptr<std::atomic<std::int64_t>> ms = std::make_shared<std::atomic<std::int64_t>>(1'700'000'000'000);
  [[nodiscard]] rapport::Clock clock() const {
    auto p = ms;
    return [p] { return rapport::from_unix_ms(p->load()); };
  }
  void advance(std::int64_t by) const { *ms += by; }
};

/// Options with a manual clock.
inline rapport::CrmOptions options_with(const ManualClock& clock) {
  rapport::CrmOptions o;
  o.store.clock = clock.clock();
  return o;
}

/// A minimal valid client.
inline rapport::Client client(std::string name, std::string email = {}) {
  rapport::Client c;
  c.name = std::move(name);
  if (!email.empty()) c.emails.push_back(std::move(email));
  return c;
}

/// A minimal valid staff member.
inline rapport::Staff staff(std::string name, std::string email) {
  rapport::Staff s;
  s.name = std::move(name);
  s.email = std::move(email);
  return s;
}

/// A two-turn call with a client.
inline rapport::Interaction call(rapport::ClientId client, std::int64_t started_ms = 1'700'000'000'000,
                                 std::string client_text = "Hello, my order is late.") {
  rapport::Interaction in;
  in.client = client;
  in.started_at = rapport::from_unix_ms(started_ms);
  in.duration = std::chrono::seconds(90);
  in.subject = "Order";
  in.turns = {{rapport::SpeakerRole::client, "Client", std::move(client_text), 0, 4000},
              {rapport::SpeakerRole::agent, "Agent", "Let me check that for you.", 4500, 6000}};
  return in;
}

}  // namespace test
