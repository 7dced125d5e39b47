// Client service: validation in front of the store.
#include "rapport/services/clients.hpp"

#include "limits.hpp"
#include "rapport/error.hpp"

namespace rapport {

Client ClientService::add(Client client, const Actor& actor) {
  validate(client, options_);
  return store_.create_client(std::move(client), actor);
}

Client ClientService::update(Client client, const Actor& actor) {
  validate(client, options_);
  return store_.update_client(std::move(client), actor);
}

void ClientService::remove(ClientId id, const Actor& actor) { store_.remove_client(id, actor); }

Client ClientService::get(ClientId id) {
  auto c = store_.find_client(id);
  if (!c) throw NotFound("client " + to_string(id) + " does not exist");
  return std::move(*c);
}

std::optional<Client> ClientService::find(ClientId id) { return store_.find_client(id); }

std::optional<Client> ClientService::find_by_email(std::string_view email) {
  std::string normalised;
  try {
    normalised = normalize_email(email);
  } catch (const InvalidArgument&) {
    return std::nullopt;  // a malformed email cannot belong to anybody
  }
  return store_.find_client_by_email(normalised);
}

store::Page<Client, ClientId> ClientService::list(const store::ClientFilter& filter, std::optional<ClientId> after,
                                                  std::size_t limit) {
  return store_.list_clients(filter, after, detail::checked_limit(limit));
}

std::vector<store::DuplicatePair> ClientService::duplicates(std::optional<ClientId> of) {
  return store_.find_duplicates(of);
}

Client ClientService::merge(ClientId keep, ClientId drop, const Actor& actor) {
  return store_.merge_clients(keep, drop, actor);
}

Note ClientService::add_note(Note note, const Actor& actor) {
  validate(note);
  return store_.create_note(std::move(note), actor);
}

std::vector<Note> ClientService::notes(ClientId client) { return store_.list_notes(client); }

Task ClientService::add_task(Task task, const Actor& actor) {
  validate(task);
  return store_.create_task(std::move(task), actor);
}

Task ClientService::update_task(Task task, const Actor& actor) {
  validate(task);
  return store_.update_task(std::move(task), actor);
}

std::vector<Task> ClientService::tasks(ClientId client) { return store_.list_tasks(client); }

std::vector<Task> ClientService::due_tasks(Timestamp before) { return store_.due_tasks(before); }

}  // namespace rapport
