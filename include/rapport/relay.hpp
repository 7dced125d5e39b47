#pragma once

// Events that reach other application instances: a Crm on PostgreSQL relays
// its committed events through the server's LISTEN/NOTIFY, and any process
// on any machine that listens receives them on its own bus, so a supervisor
// screen sees an adversarial interaction as another server logs it.
//
// Relayed: AdversarialFlagged, ClientDissatisfied, ConductLevelChanged and
// AgentStrainCrossed (small, self-contained payloads). The other events carry
// whole records (transcripts, cases, tickets) and stay in-process; a listener
// reads those from the database by the ids it receives.
//
// Delivery (docs/hooks.md): AT MOST ONCE to each listener connected when the
// event is sent. A listener that was disconnected misses what was sent
// meanwhile, and an event is lost if its writer dies between the commit and
// the NOTIFY (they are separate steps: events fire after commit). Nothing is
// delivered twice, and a listener sees one writer's events in the order that
// writer sent them. For work that must not be missed, read the database
// (e.g. open retention cases) rather than the relay.
#include <chrono>
#include <memory>
#include <string>

#include "rapport/crm.hpp"
#include "rapport/events.hpp"

namespace rapport {

/// The channel name shared by relays and listeners of one deployment.
struct RelayOptions {
  /// PostgreSQL channel (an identifier: letters, digits, '_'); one per deployment.
  std::string channel = "rapport_events";
};

/// Sends a Crm's relayed events to its PostgreSQL server while it lives.
/// Move-only; stops relaying when destroyed. A relay that cannot send (server
/// gone) reports through the bus's hook-error handler, never to the writer.
class EventRelay {
 public:
  /// Starts relaying `crm`'s events; InvalidArgument for a bad channel name,
  /// StorageError when the Crm's store is not PostgreSQL. `crm` must outlive the relay.
  explicit EventRelay(Crm& crm, RelayOptions options = {});
  /// Stops relaying.
  ~EventRelay();
  /// Takes over another relay.
  EventRelay(EventRelay&&) noexcept;
  /// Stops this relay, then takes over another.
  EventRelay& operator=(EventRelay&&) noexcept;
  EventRelay(const EventRelay&) = delete;
  EventRelay& operator=(const EventRelay&) = delete;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// Receives relayed events from a PostgreSQL server on a bus of its own (not a
/// Crm's bus: the receiving instance's own policies must not act a second
/// time on an event another instance has already acted on). One connection;
/// call poll() from one thread (or an event loop watching socket()).
class RemoteEvents {
 public:
  /// Connects and starts listening; StorageError naming user@host:port/db when
  /// the server cannot be reached, InvalidArgument for a bad channel name.
  explicit RemoteEvents(const std::string& conninfo, RelayOptions options = {});
  /// Stops listening and disconnects.
  ~RemoteEvents();
  RemoteEvents(const RemoteEvents&) = delete;
  RemoteEvents& operator=(const RemoteEvents&) = delete;

  /// The bus the received events are published on.
  [[nodiscard]] EventBus& events() noexcept;
  /// Waits up to `timeout` for events, publishes those that arrived, returns how
  /// many. StorageError when the connection is lost. A payload it cannot read
  /// (another rapport version) is skipped and counted in malformed().
  std::size_t poll(std::chrono::milliseconds timeout);
  /// The connection's socket, for an event loop (readable: call poll(0ms)).
  [[nodiscard]] int socket() const noexcept;
  /// Payloads skipped because they could not be read.
  [[nodiscard]] std::size_t malformed() const noexcept;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace rapport
