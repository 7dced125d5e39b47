#pragma once

// Helpers for the workflow tests: a Crm on a real database (a SQLite file, or
// a PostgreSQL schema on the PostgreSQL run: test_database.hpp) with a manual
// clock, conversations that carry known markers, and an event recorder.
#include <mutex>
#include <string>
#include <vector>

#include "../test_database.hpp"

namespace test {

/// A Crm on a fresh database, with a clock the test moves.
struct Fixture {
  TestDatabase db;
  ManualClock clock;
  rapport::CrmOptions options;
  rapport::Crm crm;

  explicit Fixture(rapport::WorkflowOptions workflow = {}) : Fixture(with_workflow(std::move(workflow))) {}
  explicit Fixture(rapport::CrmOptions o) : options(std::move(o)), crm(open()) {}

  /// Opens the same database again, as another part of the program (or a restart) would.
  [[nodiscard]] rapport::Crm reopen() const { return open(); }
  /// The clock's current time.
  [[nodiscard]] rapport::Timestamp now() const { return clock.clock()(); }

 private:
  static rapport::CrmOptions with_workflow(rapport::WorkflowOptions workflow) {
    rapport::CrmOptions o;
    o.workflow = std::move(workflow);
    return o;
  }
  [[nodiscard]] rapport::Crm open() const {
    auto o = options;
    o.store.clock = clock.clock();
    return rapport::Crm::open(db.location(), std::move(o));
  }
};

/// Records every event of one type, in order.
template <class Event>
struct Recorder {
  std::vector<Event> seen;
  rapport::Subscription subscription;
  explicit Recorder(rapport::EventBus& bus)
      : subscription(bus.subscribe<Event>([this](const Event& e) { seen.push_back(e); })) {}
};

/// A conversation with the given client and agent lines, starting at `started`.
inline rapport::Interaction conversation(rapport::ClientId client, std::optional<rapport::StaffId> staff,
                                         rapport::Timestamp started, std::string client_text, std::string agent_text,
                                         std::chrono::milliseconds duration = std::chrono::minutes{2}) {
  rapport::Interaction in;
  in.client = client;
  in.staff = staff;
  in.started_at = started;
  in.duration = duration;
  in.subject = "Support call";
  in.turns = {{rapport::SpeakerRole::client, "Client", std::move(client_text), std::nullopt, std::nullopt},
              {rapport::SpeakerRole::agent, "Agent", std::move(agent_text), std::nullopt, std::nullopt}};
  return in;
}

// Our own sentences (not from the data sets), each checked to carry the markers named.
/// Agent blames the client twice: adversarial.
inline const char* const kBlamingAgent = "Obviously you didn't read the terms, it's your own fault.";
/// A neutral client line.
inline const char* const kPlainClient = "The invoice is wrong.";
/// Client insult (severity 2) and threat (severity 2).
inline const char* const kAbusiveClient = "You are a complete idiot and I will sue your company.";
/// Empathetic agent answer: not adversarial.
inline const char* const kKindAgent = "I understand how frustrating this is. Let me fix it now.";

}  // namespace test
