#pragma once

#include <cstddef>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "rapport/events.hpp"
#include "rapport/model/validate.hpp"
#include "rapport/quality/analyzer.hpp"
#include "rapport/services/clients.hpp"
#include "rapport/services/interactions.hpp"
#include "rapport/services/staff.hpp"
#include "rapport/store/store.hpp"
#include "rapport/workflow/conduct.hpp"
#include "rapport/workflow/deals.hpp"
#include "rapport/workflow/options.hpp"
#include "rapport/workflow/quality.hpp"
#include "rapport/workflow/retention.hpp"
#include "rapport/workflow/tickets.hpp"
#include "rapport/workflow/wellbeing.hpp"

namespace rapport {

/// Everything a Crm needs to know when it opens.
struct CrmOptions {
  ValidationOptions validation;      ///< phone region and other normalisation settings
  store::StoreOptions store;         ///< clock, read-only, busy timeout
  quality::AnalyzerConfig analyzer;  ///< lexicons, thresholds, custom detectors of the analyzer
  WorkflowOptions workflow;          ///< pipeline, SLA, retention signals, conduct ladder, strain
};

/// An interaction as logged: stored, with the analysis stored beside it.
struct LoggedInteraction {
  Interaction interaction{};         ///< with its id
  quality::QualityReport quality{};  ///< flags, scores, metrics, rules_version
};

/// What one Crm::tick found.
struct TickResult {
  std::size_t sla_breaches = 0;      ///< TicketSlaBreached events published
  std::size_t follow_ups_due = 0;    ///< FollowUpDue events published
  std::size_t silent_customers = 0;  ///< ClientDissatisfied (no_contact) events published
};

/// The facade: one object that owns the store and hands out the services.
///
/// Thread safety: one Crm may be used from several threads at once; the store
/// serialises access to its connection. Several processes may open the same
/// SQLite file: WAL mode lets readers run beside one writer; writers in one
/// process take turns, and a writer waits (retrying with backoff) up to
/// `busy_timeout_ms` for another process's write to finish (docs/reliability.md).
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

  /// Stores an interaction, analyses it and stores flags and scores in ONE
  /// transaction, then (after commit) publishes InteractionLogged and, as they
  /// apply, AdversarialFlagged, ClientDissatisfied (adversarial interaction, low
  /// CSAT, client threat), ConductLevelChanged and AgentStrainCrossed. Throws
  /// InvalidArgument / NotFound / StorageError before anything is stored.
  LoggedInteraction log_interaction(Interaction interaction, const Actor& actor = Actor::system());
  /// The batch form for imports: all interactions in one transaction (all or
  /// none; an error names the index of the bad one), then the events of each.
  std::vector<LoggedInteraction> log_interactions(std::span<const Interaction> interactions,
                                                  const Actor& actor = Actor::system());

  /// The options the Crm was opened with (pipeline, SLA, thresholds).
  [[nodiscard]] const CrmOptions& options() const;
  /// The event bus: subscribe hooks here (see <rapport/events.hpp>).
  EventBus& events();
  /// The hook that opens a retention case on ClientDissatisfied (installed when
  /// WorkflowOptions::default_policies is set). Disconnect it to replace the policy.
  Subscription& default_retention_policy();
  /// The analyzer used by log_interaction (add rules here, then quality().reanalyze).
  quality::Analyzer& analyzer();
  /// Stored analyses and re-analysis.
  QualityService& quality();
  /// Acquire: deals and the pipeline.
  DealService& deals();
  /// Support: tickets and SLA.
  TicketService& tickets();
  /// Retain: retention cases and offers.
  RetentionService& retention();
  /// Client conduct ladder.
  ConductService& conduct();
  /// Staff strain and coaching.
  WellbeingService& wellbeing();

  /// Publishes FollowUpDue once for each open task due at or before `now`.
  std::size_t check_follow_ups(Timestamp now);
  /// The periodic checks at `now`: ticket SLA, follow-ups due, silent customers.
  /// Call it from a timer; each event fires once however often it runs.
  TickResult tick(Timestamp now);

  /// Full-text search over client names and emails, notes and transcripts;
  /// any text is safe to pass. `limit` caps the hits (1..1000).
  std::vector<store::SearchHit> search(std::string_view text, std::size_t limit = 20);
  /// The audit log, newest first.
  std::vector<store::AuditEntry> audit_log(const store::AuditFilter& filter = {});
  /// Copies the database to the new file `path` while work goes on (SQLite);
  /// see Store::backup for what it refuses. Restore by opening the copy.
  void backup(const std::string& path);
  /// The underlying store, for operations the services do not cover.
  store::Store& store();

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace rapport
