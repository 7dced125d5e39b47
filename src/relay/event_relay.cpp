// The relay's two ends: EventRelay sends a Crm's events with NOTIFY through
// its store, RemoteEvents LISTENs on a connection of its own.
#include <poll.h>

#include <algorithm>
#include <cctype>

#include "event_codec.hpp"
#include "rapport/relay.hpp"
#include "store/postgres/pg_store.hpp"

namespace rapport {
namespace {

// Channels are spliced into LISTEN (an identifier cannot be a parameter), so
// only plain identifiers are accepted.
void check_channel(const std::string& channel) {
  const bool plain = !channel.empty() && channel.size() <= 63 &&
                     !std::isdigit(static_cast<unsigned char>(channel.front())) &&
                     std::all_of(channel.begin(), channel.end(),
                                 [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; });
  if (!plain) {
    throw InvalidArgument(
        "relay channel '" + channel +
        "' is not a plain identifier (letters, digits and '_', at most 63, not starting with a digit)");
  }
}

}  // namespace

struct EventRelay::Impl {
  std::vector<Subscription> subscriptions;
};

EventRelay::EventRelay(Crm& crm, RelayOptions options) : impl_(std::make_unique<Impl>()) {
  check_channel(options.channel);
  if (dynamic_cast<store::postgres::PgStore*>(&crm.store()) == nullptr) {
    throw StorageError("the event relay needs a Crm on PostgreSQL; this one is on SQLite");
  }
  store::Store* db = &crm.store();
  const std::string channel = options.channel;
  auto relay = [db, channel](const auto& event) { db->notify(channel, relay::encode(event)); };
  EventBus& bus = crm.events();
  impl_->subscriptions.push_back(bus.subscribe<AdversarialFlagged>(relay));
  impl_->subscriptions.push_back(bus.subscribe<ClientDissatisfied>(relay));
  impl_->subscriptions.push_back(bus.subscribe<ConductLevelChanged>(relay));
  impl_->subscriptions.push_back(bus.subscribe<AgentStrainCrossed>(relay));
}

EventRelay::~EventRelay() = default;
EventRelay::EventRelay(EventRelay&&) noexcept = default;
EventRelay& EventRelay::operator=(EventRelay&&) noexcept = default;

struct RemoteEvents::Impl {
  explicit Impl(const std::string& conninfo) : connection(conninfo) {}
  store::postgres::PgConnection connection;
  EventBus bus;
  std::size_t malformed = 0;
};

RemoteEvents::RemoteEvents(const std::string& conninfo, RelayOptions options) {
  check_channel(options.channel);
  impl_ = std::make_unique<Impl>(conninfo);
  impl_->connection.exec("LISTEN \"" + options.channel + "\"");
}

RemoteEvents::~RemoteEvents() = default;

EventBus& RemoteEvents::events() noexcept { return impl_->bus; }

int RemoteEvents::socket() const noexcept { return PQsocket(impl_->connection.native()); }

std::size_t RemoteEvents::malformed() const noexcept { return impl_->malformed; }

std::size_t RemoteEvents::poll(std::chrono::milliseconds timeout) {
  PGconn* conn = impl_->connection.native();
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  for (;;) {
    if (PQconsumeInput(conn) == 0) {
      throw StorageError("PostgreSQL " + impl_->connection.where() +
                         ": the event listener lost its connection: " + PQerrorMessage(conn));
    }
    std::size_t published = 0;
    while (PGnotify* note = PQnotifies(conn)) {
      const std::string payload = note->extra;
      PQfreemem(note);
      if (relay::publish_payload(payload, impl_->bus)) {
        ++published;
      } else {
        ++impl_->malformed;
      }
    }
    if (published > 0) return published;
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) return 0;
    pollfd watch{PQsocket(conn), POLLIN, 0};
    ::poll(&watch, 1, static_cast<int>(std::min<std::int64_t>(left.count(), 1'000'000)));
  }
}

}  // namespace rapport
