#pragma once

#include <compare>
#include <cstdint>
#include <functional>
#include <string>

namespace rapport {

/// A typed database id: a ClientId cannot be passed where a StaffId is expected.
template <class Tag>
struct Id {
  std::int64_t value = 0;  ///< the row id; ids start at 1, 0 means "not stored yet"

  /// True for an id that was assigned by a store.
  [[nodiscard]] constexpr bool valid() const noexcept { return value > 0; }
  /// Ids order and compare by value.
  constexpr auto operator<=>(const Id&) const = default;
};

/// Tag types that make each id distinct.
struct ClientTag {};
struct StaffTag {};
struct InteractionTag {};
struct NoteTag {};
struct TaskTag {};
struct DealTag {};
struct TicketTag {};
struct RetentionCaseTag {};

using ClientId = Id<ClientTag>;                ///< identifies a Client
using StaffId = Id<StaffTag>;                  ///< identifies a Staff member
using InteractionId = Id<InteractionTag>;      ///< identifies an Interaction
using NoteId = Id<NoteTag>;                    ///< identifies a Note
using TaskId = Id<TaskTag>;                    ///< identifies a Task
using DealId = Id<DealTag>;                    ///< identifies a Deal
using TicketId = Id<TicketTag>;                ///< identifies a Ticket
using RetentionCaseId = Id<RetentionCaseTag>;  ///< identifies a RetentionCase

/// The id's number as text (for messages and exports).
template <class Tag>
std::string to_string(Id<Tag> id) {
  return std::to_string(id.value);
}

}  // namespace rapport

/// Ids hash by value, so they can key unordered containers.
template <class Tag>
struct std::hash<rapport::Id<Tag>> {
  std::size_t operator()(rapport::Id<Tag> id) const noexcept { return std::hash<std::int64_t>{}(id.value); }
};
