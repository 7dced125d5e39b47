// Interaction service: validation in front of the store.
#include "rapport/services/interactions.hpp"

#include "limits.hpp"
#include "rapport/error.hpp"
#include "rapport/model/validate.hpp"

namespace rapport {

Interaction InteractionService::add(Interaction interaction, const Actor& actor) {
  validate(interaction);
  return std::move(store_.create_interactions(std::span(&interaction, 1), actor).front());
}

std::vector<Interaction> InteractionService::add_batch(std::span<const Interaction> interactions, const Actor& actor) {
  // Validate everything first: a bad item must not cost a half-done transaction.
  for (std::size_t i = 0; i < interactions.size(); ++i) {
    try {
      validate(interactions[i]);
    } catch (const InvalidArgument& e) {
      throw InvalidArgument("interaction " + std::to_string(i) + ": " + e.what());
    }
  }
  return store_.create_interactions(interactions, actor);
}

Interaction InteractionService::get(InteractionId id) {
  auto in = store_.find_interaction(id);
  if (!in) throw NotFound("interaction " + to_string(id) + " does not exist");
  return std::move(*in);
}

std::optional<Interaction> InteractionService::find(InteractionId id) { return store_.find_interaction(id); }

store::Page<Interaction, store::InteractionCursor> InteractionService::list(
    ClientId client, std::optional<store::InteractionCursor> after, std::size_t limit) {
  return store_.list_interactions(client, after, detail::checked_limit(limit));
}

void InteractionService::remove(InteractionId id, const Actor& actor) { store_.remove_interaction(id, actor); }

}  // namespace rapport
