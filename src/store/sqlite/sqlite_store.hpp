#pragma once

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "../common/audit_diff.hpp"
#include "../common/email_key.hpp"
#include "rapport/store/store.hpp"
#include "write_lock.hpp"

namespace rapport::store::sqlite {

/// A cached prepared statement, borrowed for one use: reset on return so no
/// statement keeps a read snapshot open between calls.
class Borrowed {
 public:
  explicit Borrowed(SQLite::Statement& s) : s_(s) {}
  ~Borrowed() { s_.tryReset(); }
  Borrowed(const Borrowed&) = delete;
  Borrowed& operator=(const Borrowed&) = delete;
  SQLite::Statement* operator->() { return &s_; }
  SQLite::Statement& operator*() { return s_; }

 private:
  SQLite::Statement& s_;
};

/// An agent's figures over the interactions that share one set of agent markers.
struct AgentSetFigures {
  std::int64_t interactions = 0;  ///< analysed interactions
  std::int64_t stance_sum = 0;    ///< sum of stance scores
  std::int64_t adversarial = 0;   ///< adversarial interactions
  double talk_share_sum = 0;      ///< sum of the agent's talk share
};

/// The SQLite implementation of Store: one connection guarded by a mutex.
class SqliteStore final : public Store {
 public:
  SqliteStore(const std::string& path, const StoreOptions& options);

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
  // All private helpers expect mutex_ to be held by the caller.
  Borrowed prepare(const std::string& sql);
  [[noreturn]] void fail(const std::exception& e, const std::string& operation) const;
  void migrate();
  void require_writable(const std::string& operation) const;
  std::int64_t now_ms() const { return to_unix_ms(options_.clock()); }
  // SQLite's busy handler: sleeps with jittered exponential backoff while
  // another connection holds the lock, until busy_timeout_ms has passed.
  static int wait_while_busy(void* store, int attempt) noexcept;

  void audit(const Actor& actor, std::string_view entity, std::int64_t id, std::string_view action,
             const std::vector<FieldChange>& changes);
  void audit_as(const std::string& who, std::string_view entity, std::int64_t id, std::string_view action,
                const std::vector<FieldChange>& changes);

  bool client_exists(ClientId id);
  void require_client(ClientId id);
  void require_staff(StaffId id);
  std::optional<Client> load_client(ClientId id);
  void write_client_details(const Client& c);
  void refresh_client_fts(ClientId id);
  std::optional<Staff> load_staff(StaffId id);
  std::optional<Interaction> load_interaction(InteractionId id);
  Interaction insert_interaction(Interaction in, std::int64_t created_ms);
  Client insert_client(Client c, std::int64_t now, const Actor& actor);
  // One transaction for a batch of interactions; `write_one` stores item `index`. An
  // unknown id is NotFound naming the index (for batches of more than one).
  std::vector<Interaction> write_interactions(
      std::size_t count, const std::string& operation,
      const std::function<Interaction(std::size_t index, std::int64_t now)>& write_one);
  Staff insert_staff(Staff s, const Actor& actor);
  std::optional<Task> load_task(TaskId id);
  void insert_quality(InteractionId id, const quality::QualityReport& report, double strain);
  std::optional<quality::QualityReport> load_quality_report(InteractionId id, double* strain,
                                                            std::int64_t* analyzed_ms);
  ConductLevel current_conduct_level(ClientId id);
  std::optional<Deal> load_deal(DealId id);
  std::optional<Ticket> load_ticket(TicketId id);
  std::optional<RetentionCase> load_retention_case(RetentionCaseId id);
  void merge_workflows(ClientId keep, ClientId drop);
  // Agent figures of [from_ms, to_ms) by (staff id, agent marker set): aggregates plus edge rows.
  std::map<std::pair<std::int64_t, std::string>, AgentSetFigures> agent_figures_by_set(std::int64_t from_ms,
                                                                                       std::int64_t to_ms);
  // Fills m.example with the newest `m.marker` flag of `staff` in [from_ms, to_ms); false if none.
  bool latest_example(std::int64_t staff, AgentMarkerCount& m, std::int64_t latest_flag, std::int64_t from_ms,
                      std::int64_t to_ms);

  std::string path_;
  StoreOptions options_;
  SQLite::Database db_;
  std::map<std::string, std::unique_ptr<SQLite::Statement>, std::less<>> statements_;
  mutable std::mutex mutex_;
  std::shared_ptr<std::mutex> write_lock_;              // this file's in-process write mutex (write_lock.hpp)
  std::chrono::steady_clock::time_point busy_since_{};  // start of the current wait for a lock
  std::uint64_t busy_jitter_state_ = 0;                 // per-connection jitter (xorshift)
};

/// The numbered migrations; migration i (1-based) brings the schema to version i.
const std::vector<std::string>& migrations();

}  // namespace rapport::store::sqlite
