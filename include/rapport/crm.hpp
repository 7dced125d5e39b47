#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "rapport/model/validate.hpp"
#include "rapport/services/clients.hpp"
#include "rapport/services/interactions.hpp"
#include "rapport/services/staff.hpp"
#include "rapport/store/store.hpp"

namespace rapport {

/// Everything a Crm needs to know when it opens.
struct CrmOptions {
  ValidationOptions validation;  ///< phone region and other normalisation settings
  store::StoreOptions store;     ///< clock, read-only, busy timeout
};

/// The facade: one object that owns the store and hands out the services.
///
/// Thread safety: one Crm may be used from several threads at once; the store
/// serialises access to its connection. Several processes may open the same
/// SQLite file: WAL mode lets readers run beside one writer, and a writer waits
/// up to `busy_timeout_ms` for another process's write to finish.
/// A Crm is movable, not copyable; services stay valid while it lives.
class Crm {
 public:
  /// Opens the store at `location`: a SQLite file path (created if absent) or
  /// ":memory:". Throws StorageError naming the path when it cannot be used.
  static Crm open(const std::string& location, CrmOptions options = {});

  /// Wraps an already opened store (custom stores, tests).
  explicit Crm(std::unique_ptr<store::Store> store, CrmOptions options = {});
  /// Moves the Crm; services obtained before the move stay valid.
  Crm(Crm&&) noexcept;
  /// Move-assigns.
  Crm& operator=(Crm&&) noexcept;
  /// Closes the store.
  ~Crm();

  /// Clients, notes and tasks.
  ClientService& clients();
  /// Staff members.
  StaffService& staff();
  /// Interactions and transcripts.
  InteractionService& interactions();

  /// Full-text search over client names and emails, notes and transcripts;
  /// any text is safe to pass. `limit` caps the hits (1..1000).
  std::vector<store::SearchHit> search(std::string_view text, std::size_t limit = 20);
  /// The audit log, newest first.
  std::vector<store::AuditEntry> audit_log(const store::AuditFilter& filter = {});
  /// The underlying store, for operations the services do not cover.
  store::Store& store();

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace rapport
