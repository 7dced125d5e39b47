#pragma once

#include <optional>
#include <string>

#include "rapport/model/ids.hpp"
#include "rapport/model/time.hpp"

namespace rapport {

/// A free-text note about a client.
struct Note {
  NoteId id{};                      ///< assigned by the store
  ClientId client{};                ///< must exist
  std::optional<StaffId> author{};  ///< who wrote it
  std::string body{};               ///< non-empty UTF-8
  Timestamp created_at{};           ///< set by the store

  /// Equal when every member is equal.
  bool operator==(const Note&) const = default;
};

/// A follow-up task about a client (call back, send an offer, ...).
struct Task {
  TaskId id{};                        ///< assigned by the store
  ClientId client{};                  ///< must exist
  std::optional<StaffId> assignee{};  ///< who should do it
  std::string title{};                ///< non-empty UTF-8
  Timestamp due{};                    ///< when it is due
  bool done = false;                  ///< completed
  Timestamp created_at{};             ///< set by the store

  /// Equal when every member is equal.
  bool operator==(const Task&) const = default;
};

}  // namespace rapport
