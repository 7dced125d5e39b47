#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <vector>

#include "rapport/model/actor.hpp"
#include "rapport/model/interaction.hpp"
#include "rapport/store/store.hpp"

namespace rapport {

/// Conversations with clients and their transcripts. Obtained from Crm::interactions().
class InteractionService {
 public:
  /// Binds the service to a store (which must outlive it).
  explicit InteractionService(store::Store& store) : store_(store) {}

  /// Validates and stores one interaction with its turns, WITHOUT analysis: no flags,
  /// scores or events, so reports leave it out. Crm::log_interaction stores and analyses.
  /// Throws InvalidArgument (bad text, times, CSAT) or NotFound (unknown client or staff id).
  Interaction add(Interaction interaction, const Actor& actor = Actor::system());
  /// Validates all, then stores all in one transaction, without analysis: all or none.
  /// A bad item's error message starts with its index ("interaction 3: ...").
  std::vector<Interaction> add_batch(std::span<const Interaction> interactions, const Actor& actor = Actor::system());
  /// The interaction with its turns; throws NotFound naming the id.
  Interaction get(InteractionId id);
  /// The interaction, or nothing.
  std::optional<Interaction> find(InteractionId id);
  /// A client's interactions, newest first; `limit` is 1..1000.
  store::Page<Interaction, store::InteractionCursor> list(ClientId client,
                                                          std::optional<store::InteractionCursor> after = {},
                                                          std::size_t limit = 20);
  /// Deletes an interaction; throws NotFound for an unknown id.
  void remove(InteractionId id, const Actor& actor = Actor::system());

 private:
  store::Store& store_;
};

}  // namespace rapport
