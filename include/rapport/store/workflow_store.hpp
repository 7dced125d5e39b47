#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "rapport/model/actor.hpp"
#include "rapport/model/client.hpp"
#include "rapport/model/conduct.hpp"
#include "rapport/model/deal.hpp"
#include "rapport/model/interaction.hpp"
#include "rapport/model/note.hpp"
#include "rapport/model/retention.hpp"
#include "rapport/model/staff.hpp"
#include "rapport/model/ticket.hpp"
#include "rapport/quality/report.hpp"

namespace rapport::store {

/// An interaction to store together with its analysis (Crm::log_interaction).
struct AnalyzedInteraction {
  Interaction interaction{};        ///< validated, id not set
  quality::QualityReport report{};  ///< the analyzer's report on it
  double strain = 0;                ///< its contribution to the agent's strain that day
};

/// Records an import stores together: all in one transaction, or none.
struct ImportBatch {
  /// Validated staff. A non-zero `id` is the id in the imported file: clients' owners and
  /// interactions' staff of this batch that name it are attached to the new id.
  std::vector<Staff> staff{};
  std::vector<std::string> staff_sources{};  ///< where each staff member came from, for errors
  /// Validated clients. A non-zero `id` is the id in the imported file: interactions of
  /// this batch that name it are attached to the client's new id.
  std::vector<Client> clients{};
  std::vector<std::string> client_sources{};  ///< where each client came from ("clients.csv:12"), for errors
  /// Validated interactions with their analysis. `client` (`staff`) is a file id of
  /// `clients` (`staff`), or else the id of one already stored.
  std::vector<AnalyzedInteraction> interactions{};
  std::vector<std::string> interaction_sources{};  ///< where each came from, for errors
};

/// What an import stored, in batch order, with the new ids.
struct ImportResult {
  std::vector<Staff> staff{};               ///< stored staff
  std::vector<Client> clients{};            ///< stored clients
  std::vector<Interaction> interactions{};  ///< stored interactions
};

/// An analysis as stored.
struct StoredQuality {
  InteractionId interaction{};      ///< the interaction
  quality::QualityReport report{};  ///< flags, scores, metrics, rules_version
  double strain = 0;                ///< strain contribution
  Timestamp analyzed_at{};          ///< when it was (re)analysed
};

/// A flag together with where and when it was raised.
struct FlagRecord {
  InteractionId interaction{};  ///< the interaction
  ClientId client{};            ///< its client
  Timestamp at{};               ///< the interaction's start
  quality::Flag flag{};         ///< the flag
};

/// Filter for listing deals; empty members do not filter.
struct DealFilter {
  std::optional<ClientId> client{};    ///< of this client
  std::optional<std::string> stage{};  ///< in this stage
  bool open_only = false;              ///< only deals not closed
};

/// Filter for listing tickets; empty members do not filter.
struct TicketFilter {
  std::optional<ClientId> client{};      ///< of this client
  std::optional<TicketStatus> status{};  ///< in this status
  bool unresolved_only = false;          ///< status new, open or waiting
};

/// What adding a dissatisfaction signal did.
struct SignalOutcome {
  RetentionCase retention_case{};  ///< the client's open case after the call
  bool opened = false;             ///< the signal opened this case
  bool added = false;              ///< false when the same signal (kind and source) was recorded before
};

/// The storage of the workflows (deals, tickets, retention, conduct, quality,
/// strain). Same contract as Store: one transaction per call, thread-safe,
/// NotFound / Conflict / StorageError. Once-only rules are enforced here, in
/// the database, so they hold across processes.
class WorkflowStore {
 public:
  /// Destroys the store.
  virtual ~WorkflowStore() = default;

  /// Stores interactions, turns, flags and scores in one transaction; returns the interactions with ids.
  virtual std::vector<Interaction> log_interactions(std::span<const AnalyzedInteraction> items, const Actor& actor) = 0;
  /// The stored analysis of an interaction, if it has one.
  virtual std::optional<StoredQuality> find_quality(InteractionId id) = 0;
  /// Replaces an interaction's stored analysis (re-analysis); NotFound for an unknown id.
  virtual void replace_quality(InteractionId id, const quality::QualityReport& report, double strain) = 0;
  /// Stores an import in one transaction (all or nothing). An error names the source of the
  /// record at fault (ImportBatch::*_sources) and keeps its type (Conflict, NotFound, ...).
  virtual ImportResult import_records(const ImportBatch& batch, const Actor& actor) = 0;
  /// Ids of interactions started in [from, to), in id order, after `after`.
  virtual std::vector<InteractionId> interactions_between(Timestamp from, Timestamp to,
                                                          std::optional<InteractionId> after, std::size_t limit) = 0;
  /// Sum of the strain of a staff member's interactions started in [from, to).
  virtual double staff_strain(StaffId staff, Timestamp from, Timestamp to) = 0;
  /// Records that the strain alert of (staff, day) fired; true only the first time.
  virtual bool mark_strain_alert(StaffId staff, std::string_view day) = 0;
  /// Flags raised on `side` in interactions of a staff member started in [from, to), oldest first.
  virtual std::vector<FlagRecord> staff_flags(StaffId staff, quality::Side side, Timestamp from, Timestamp to) = 0;
  /// Sum of the severities of a client's client-side flags whose marker is in `markers`.
  virtual int client_flag_points(ClientId client, std::span<const std::string> markers) = 0;

  /// A client's conduct level and history (level none, no history when never set).
  virtual ConductRecord conduct_record(ClientId client) = 0;
  /// Moves a client's conduct level; Conflict when the level is no longer `expected_from`.
  virtual ConductRecord change_conduct(ClientId client, const ConductChange& change) = 0;

  /// Stores a deal and its first stage entry; returns it with id and stamps.
  virtual Deal create_deal(Deal deal, const Actor& actor) = 0;
  /// The deal, if any.
  virtual std::optional<Deal> find_deal(DealId id) = 0;
  /// Moves a deal (stage, close reason, closed_at from `moved`) and records `change`;
  /// Conflict when its stage is no longer `change.from`. When `make_customer` is set, a
  /// lead or prospect client becomes a customer in the same transaction.
  virtual Deal move_deal(const Deal& moved, const StageChange& change, bool make_customer, const Actor& actor) = 0;
  /// Deals matching `filter` in id order.
  virtual std::vector<Deal> list_deals(const DealFilter& filter) = 0;
  /// The stage history of one deal, or of every deal, oldest first.
  virtual std::vector<StageChange> stage_history(std::optional<DealId> deal) = 0;

  /// Stores a ticket; returns it with id and stamps.
  virtual Ticket create_ticket(Ticket ticket, const Actor& actor) = 0;
  /// The ticket with its linked interactions, if any.
  virtual std::optional<Ticket> find_ticket(TicketId id) = 0;
  /// Replaces a ticket's mutable fields and links; Conflict when its status is no longer `expected_status`.
  virtual Ticket update_ticket(const Ticket& ticket, TicketStatus expected_status, const Actor& actor) = 0;
  /// Tickets matching `filter` in id order.
  virtual std::vector<Ticket> list_tickets(const TicketFilter& filter) = 0;
  /// Records an SLA breach; true only the first time for this ticket and target.
  virtual bool record_sla_breach(TicketId ticket, SlaTarget target, Timestamp at) = 0;
  /// A client's tickets created at or after `since` whose folded subject equals `subject`'s.
  virtual std::size_t count_similar_tickets(ClientId client, std::string_view subject, Timestamp since) = 0;

  /// Adds a dissatisfaction signal: opens a case when the client has none open, else
  /// joins the open one. A signal with a kind and non-empty source seen before for
  /// this client (in any case) is not added again.
  virtual SignalOutcome add_retention_signal(ClientId client, const DissatisfactionSignal& signal,
                                             const Actor& actor) = 0;
  /// The case, if any.
  virtual std::optional<RetentionCase> find_retention_case(RetentionCaseId id) = 0;
  /// The client's open case, if any.
  virtual std::optional<RetentionCase> open_retention_case(ClientId client) = 0;
  /// Records an offer; Conflict when the case is closed.
  virtual RetentionCase add_offer(RetentionCaseId id, const Offer& offer, const Actor& actor) = 0;
  /// Closes a case with an outcome; Conflict when it is closed already.
  virtual RetentionCase close_retention_case(RetentionCaseId id, RetentionOutcome outcome, const std::string& note,
                                             const Actor& actor) = 0;
  /// Cases in id order (only open ones when `open_only`).
  virtual std::vector<RetentionCase> list_retention_cases(bool open_only) = 0;

  /// Open follow-up tasks due at or before `now` whose due event has not fired.
  virtual std::vector<Task> tasks_to_notify(Timestamp now) = 0;
  /// Records that a task's due event fired; true only the first time.
  virtual bool mark_task_notified(TaskId id) = 0;
  /// Customers whose latest interaction (or creation, without any) is before `before`,
  /// with that time.
  virtual std::vector<std::pair<ClientId, Timestamp>> silent_customers(Timestamp before) = 0;
  /// Records that the silence of a client since `last_contact` was reported; true only the first time.
  virtual bool mark_silence_alert(ClientId client, Timestamp last_contact) = 0;
};

}  // namespace rapport::store
