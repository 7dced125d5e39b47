#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rapport/model/actor.hpp"
#include "rapport/model/client.hpp"
#include "rapport/model/note.hpp"
#include "rapport/model/validate.hpp"
#include "rapport/store/store.hpp"

namespace rapport {

/// Clients, their notes and follow-up tasks. Obtained from Crm::clients();
/// lives as long as the Crm. Thread-safe as the store is.
class ClientService {
 public:
  /// Binds the service to a store and the validation options (both must outlive it).
  ClientService(store::Store& store, const ValidationOptions& options) : store_(store), options_(options) {}

  /// Validates, normalises and stores a new client; returns it with id and stamps.
  /// Throws InvalidArgument (bad field) or Conflict (email already used, naming it).
  Client add(Client client, const Actor& actor = Actor::system());
  /// Validates and replaces a stored client (matched by id). Throws NotFound for an unknown id.
  Client update(Client client, const Actor& actor = Actor::system());
  /// Deletes a client with its interactions, notes and tasks. Throws NotFound for an unknown id.
  void remove(ClientId id, const Actor& actor = Actor::system());
  /// The client; throws NotFound naming the id when there is none.
  Client get(ClientId id);
  /// The client, or nothing.
  std::optional<Client> find(ClientId id);
  /// The client with this email (any case, surrounding spaces ignored), or nothing.
  std::optional<Client> find_by_email(std::string_view email);
  /// One page of clients matching `filter`, in id order; `limit` is 1..1000.
  store::Page<Client, ClientId> list(const store::ClientFilter& filter = {}, std::optional<ClientId> after = {},
                                     std::size_t limit = 100);
  /// Likely duplicate pairs (same email ignoring case, dots and +tags at gmail; same
  /// phone; near-identical names) among all clients, or involving `of`.
  std::vector<store::DuplicatePair> duplicates(std::optional<ClientId> of = {});
  /// Merges `drop` into `keep` in one transaction; throws Conflict when they are the same.
  Client merge(ClientId keep, ClientId drop, const Actor& actor = Actor::system());

  /// Adds a note to a client.
  Note add_note(Note note, const Actor& actor = Actor::system());
  /// A client's notes, oldest first.
  std::vector<Note> notes(ClientId client);
  /// Adds a follow-up task.
  Task add_task(Task task, const Actor& actor = Actor::system());
  /// Replaces a task (matched by id), e.g. to mark it done.
  Task update_task(Task task, const Actor& actor = Actor::system());
  /// A client's tasks by due date.
  std::vector<Task> tasks(ClientId client);
  /// Open tasks due before `before`, across all clients.
  std::vector<Task> due_tasks(Timestamp before);

 private:
  store::Store& store_;
  const ValidationOptions& options_;
};

}  // namespace rapport
