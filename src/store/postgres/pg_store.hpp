#pragma once

// The PostgreSQL store: the Store interface over libpq (docs/storage.md).
// Same meaning as the SQLite store, its own migrations in PostgreSQL dialect.

#include <functional>
#include <mutex>
#include <string>
#include <type_traits>
#include <vector>

#include "../common/audit_diff.hpp"
#include "pg_connection.hpp"
#include "rapport/store/store.hpp"

namespace rapport::store::postgres {

/// The Store on a PostgreSQL database.
class PgStore final : public Store {
 public:
  /// Connects and migrates; throws StorageError naming user@host:port/db.
  PgStore(const std::string& conninfo, const StoreOptions& options);

  Client create_client(Client client, const Actor& actor) override;
  Client update_client(Client client, const Actor& actor) override;
  void remove_client(ClientId id, const Actor& actor) override;
  std::optional<Client> find_client(ClientId id) override;
  std::optional<Client> find_client_by_email(std::string_view email) override;
  Page<Client, ClientId> list_clients(const ClientFilter& filter, std::optional<ClientId> after,
                                      std::size_t limit) override;
  std::vector<DuplicatePair> find_duplicates(std::optional<ClientId> of) override;
  Client merge_clients(ClientId keep, ClientId drop, const Actor& actor) override;

  Staff create_staff(Staff staff, const Actor& actor) override;
  Staff update_staff(Staff staff, const Actor& actor) override;
  std::optional<Staff> find_staff(StaffId id) override;
  std::vector<Staff> list_staff() override;

  std::vector<Interaction> create_interactions(std::span<const Interaction> interactions, const Actor& actor) override;
  std::optional<Interaction> find_interaction(InteractionId id) override;
  Page<Interaction, InteractionCursor> list_interactions(ClientId client, std::optional<InteractionCursor> after,
                                                         std::size_t limit) override;
  void remove_interaction(InteractionId id, const Actor& actor) override;

  Note create_note(Note note, const Actor& actor) override;
  std::vector<Note> list_notes(ClientId client) override;
  Task create_task(Task task, const Actor& actor) override;
  Task update_task(Task task, const Actor& actor) override;
  std::vector<Task> list_tasks(ClientId client) override;
  std::vector<Task> due_tasks(Timestamp before) override;

  std::vector<SearchHit> search(std::string_view query, std::size_t limit) override;
  std::vector<AuditEntry> audit_log(const AuditFilter& filter) override;
  int schema_version() override;
  void notify(std::string_view channel, std::string_view payload) override;
  void backup(const std::string& path) override;

  std::vector<Interaction> log_interactions(std::span<const AnalyzedInteraction> items, const Actor& actor) override;
  ImportResult import_records(const ImportBatch& batch, const Actor& actor) override;
  std::optional<StoredQuality> find_quality(InteractionId id) override;
  void replace_quality(InteractionId id, const quality::QualityReport& report, double strain) override;
  std::vector<InteractionId> interactions_between(Timestamp from, Timestamp to, std::optional<InteractionId> after,
                                                  std::size_t limit) override;
  double staff_strain(StaffId staff, Timestamp from, Timestamp to) override;
  bool mark_strain_alert(StaffId staff, std::string_view day) override;
  std::vector<FlagRecord> staff_flags(StaffId staff, quality::Side side, Timestamp from, Timestamp to) override;
  int client_flag_points(ClientId client, std::span<const std::string> markers) override;

  ConductRecord conduct_record(ClientId client) override;
  ConductRecord change_conduct(ClientId client, const ConductChange& change) override;

  Deal create_deal(Deal deal, const Actor& actor) override;
  std::optional<Deal> find_deal(DealId id) override;
  Deal move_deal(const Deal& moved, const StageChange& change, bool make_customer, const Actor& actor) override;
  std::vector<Deal> list_deals(const DealFilter& filter) override;
  std::vector<StageChange> stage_history(std::optional<DealId> deal) override;

  Ticket create_ticket(Ticket ticket, const Actor& actor) override;
  std::optional<Ticket> find_ticket(TicketId id) override;
  Ticket update_ticket(const Ticket& ticket, TicketStatus expected_status, const Actor& actor) override;
  std::vector<Ticket> list_tickets(const TicketFilter& filter) override;
  bool record_sla_breach(TicketId ticket, SlaTarget target, Timestamp at) override;
  std::size_t count_similar_tickets(ClientId client, std::string_view subject, Timestamp since) override;

  SignalOutcome add_retention_signal(ClientId client, const DissatisfactionSignal& signal, const Actor& actor) override;
  std::optional<RetentionCase> find_retention_case(RetentionCaseId id) override;
  std::optional<RetentionCase> open_retention_case(ClientId client) override;
  RetentionCase add_offer(RetentionCaseId id, const Offer& offer, const Actor& actor) override;
  RetentionCase close_retention_case(RetentionCaseId id, RetentionOutcome outcome, const std::string& note,
                                     const Actor& actor) override;
  std::vector<RetentionCase> list_retention_cases(bool open_only) override;

  std::vector<Task> tasks_to_notify(Timestamp now) override;
  bool mark_task_notified(TaskId id) override;
  std::vector<std::pair<ClientId, Timestamp>> silent_customers(Timestamp before) override;
  bool mark_silence_alert(ClientId client, Timestamp last_contact) override;

  std::vector<AgentActivity> agent_activity(Timestamp from, Timestamp to,
                                            std::span<const std::string> positive_markers) override;
  std::vector<AgentMarkerCount> agent_marker_counts(Timestamp from, Timestamp to,
                                                    std::span<const std::string> markers) override;
  std::vector<StrainDay> strain_days(Timestamp from, Timestamp to, int day_offset_minutes) override;
  std::vector<ClientRiskFactors> client_risk_factors(Timestamp recent_from) override;
  std::vector<QualityGroup> quality_groups(Timestamp from, Timestamp to, QualityDimension dimension) override;
  std::vector<DealStageCount> deal_stage_counts(Timestamp from, Timestamp to) override;
  std::vector<std::pair<DealId, std::string>> deal_stage_visits(Timestamp from, Timestamp to) override;
  std::vector<ConductEntry> conduct_entries() override;

 private:
  /// Runs `body` (returning a value or void) in one transaction under the
  /// mutex, after checking the store is writable. A transaction the server
  /// aborted for racing another (deadlock, serialization failure) runs again,
  /// up to kAttempts times with a short backoff; other errors become
  /// StorageError naming `operation` (rapport's own errors pass through).
  template <class Body>
  auto write(const std::string& operation, Body&& body) -> decltype(body());
  /// Runs `body` under the mutex, errors named by `operation` as for write().
  template <class Body>
  auto read(const std::string& operation, Body&& body) -> decltype(body());
  static constexpr int kAttempts = 6;
  void backoff(int attempt) const;

  // All private helpers expect mutex_ to be held by the caller.
  [[noreturn]] void fail(const std::exception& e, const std::string& operation) const;
  void migrate();
  int stored_version();
  void check_not_newer(int version) const;
  void require_writable(const std::string& operation) const;
  std::int64_t now_ms() const { return to_unix_ms(options_.clock()); }
  void audit(const Actor& actor, std::string_view entity, std::int64_t id, std::string_view action,
             const std::vector<FieldChange>& changes);
  void audit_as(const std::string& who, std::string_view entity, std::int64_t id, std::string_view action,
                const std::vector<FieldChange>& changes);

  std::optional<Staff> load_staff(StaffId id);
  Staff insert_staff(Staff s, const Actor& actor);

  // Clients, notes and tasks (pg_clients.cpp, pg_notes_tasks.cpp).
  void read_snapshot();
  void require_client(ClientId id);
  void require_staff(StaffId id);
  std::vector<Client> load_clients(const std::vector<ClientId>& ids, std::string_view row_lock = {});
  std::optional<Client> load_client(ClientId id, std::string_view row_lock = {});
  void write_client_details(const Client& c);
  void refresh_client_fts(ClientId id);
  Client insert_client(Client c, std::int64_t now, const Actor& actor);
  std::optional<Task> load_task(TaskId id, std::string_view row_lock = {});

  // Interactions, quality and search (pg_interactions.cpp, pg_quality.cpp, pg_search.cpp).
  /// A one-dimensional array parameter in text format ("{...}"; an empty Param is a NULL element), for unnest().
  static Param pg_array(const std::vector<Param>& values);
  /// Stores validated interactions with their turns and full-text rows in a
  /// fixed number of statements whatever the batch size; ids ascend in batch
  /// order. A missing client or staff member throws NotFound and sets *failed
  /// to the index of the first interaction naming one.
  std::vector<Interaction> insert_interactions(std::vector<Interaction> items, std::int64_t created_ms,
                                               std::size_t* failed);
  std::optional<Interaction> load_interaction(InteractionId id, std::string_view row_lock = {});
  /// Audits the creation of `stored[k]` with new value `summaries[k]`, in one statement.
  void audit_created(const std::string& who, const std::vector<Interaction>& stored,
                     const std::vector<std::string>& summaries);
  /// Stores the analysis `reports[k]` (with strain `strains[k]`) of interaction `ids[k]`, in two statements.
  void insert_quality(const std::vector<InteractionId>& ids, const std::vector<const quality::QualityReport*>& reports,
                      const std::vector<double>& strains);

  // Workflows (pg_deals.cpp, pg_tickets.cpp, pg_retention.cpp, pg_conduct.cpp, pg_followups.cpp).
  std::optional<Deal> load_deal(DealId id, std::string_view row_lock = {});
  /// Tickets with their links; `where` filters the tickets table with `params`.
  std::vector<Ticket> load_tickets(const std::string& where, const std::vector<Param>& params,
                                   std::string_view row_lock = {});
  std::optional<Ticket> load_ticket(TicketId id, std::string_view row_lock = {});
  /// Links interactions to a ticket (once each); NotFound naming an unknown interaction.
  void link_ticket_interactions(TicketId ticket, const std::vector<InteractionId>& interactions);
  /// Retention cases with their signals and offers; `where` filters retention_cases with `params`.
  std::vector<RetentionCase> load_retention_cases(const std::string& where, const std::vector<Param>& params,
                                                  std::string_view row_lock = {});
  std::optional<RetentionCase> load_retention_case(RetentionCaseId id, std::string_view row_lock = {});
  /// NotFound for an unknown client; no row lock, so it runs in read-only snapshots too.
  ConductRecord load_conduct_record(ClientId client);

  // Reports (pg_reports.cpp).

  // Duplicates and import (pg_duplicates.cpp, pg_import.cpp).

  StoreOptions options_;
  PgConnection conn_;
  mutable std::mutex mutex_;
};

template <class Body>
auto PgStore::write(const std::string& operation, Body&& body) -> decltype(body()) {
  std::lock_guard lock(mutex_);
  for (int attempt = 1;; ++attempt) {
    try {
      require_writable(operation);
      PgTransaction tx(conn_);
      if constexpr (std::is_void_v<decltype(body())>) {
        body();
        tx.commit();
        return;
      } else {
        auto result = body();
        tx.commit();
        return result;
      }
    } catch (const TransientFailure& e) {
      if (attempt == kAttempts) fail(e, operation + " (after " + std::to_string(kAttempts) + " attempts)");
      backoff(attempt);
    } catch (const std::exception& e) {
      fail(e, operation);
    }
  }
}

template <class Body>
auto PgStore::read(const std::string& operation, Body&& body) -> decltype(body()) {
  std::lock_guard lock(mutex_);
  try {
    return body();
  } catch (const std::exception& e) {
    fail(e, operation);
  }
}

/// The numbered PostgreSQL migrations; migration i (1-based) brings the schema to version i.
const std::vector<std::string>& migrations();

}  // namespace rapport::store::postgres
