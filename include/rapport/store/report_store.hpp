#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "rapport/model/conduct.hpp"
#include "rapport/model/ids.hpp"
#include "rapport/model/time.hpp"

namespace rapport::store {

/// Quality figures of one agent's interactions in a period (summed; the report divides).
struct AgentActivity {
  StaffId staff{};               ///< the agent
  std::string name{};            ///< their name
  std::size_t interactions = 0;  ///< analysed interactions started in the period
  std::int64_t stance_sum = 0;   ///< sum of stance scores
  std::size_t adversarial = 0;   ///< interactions judged adversarial
  std::size_t positive = 0;      ///< interactions with at least one agent-side positive marker
  double talk_share_sum = 0;     ///< sum of the agent's talk share (0..1 each)
};

/// How often one marker was raised on one agent in a period, with the latest example.
struct AgentMarkerCount {
  StaffId staff{};                      ///< the agent
  std::string marker{};                 ///< marker id
  std::size_t flags = 0;                ///< flags raised
  std::size_t interactions = 0;         ///< distinct interactions with the marker
  std::string example{};                ///< evidence of the latest flag
  InteractionId example_interaction{};  ///< where that evidence is
};

/// One agent's strain on one business day.
struct StrainDay {
  StaffId staff{};                       ///< the agent
  std::string name{};                    ///< their name
  std::string day{};                     ///< "YYYY-MM-DD" (business day)
  double strain = 0;                     ///< summed strain
  std::size_t hostile_interactions = 0;  ///< interactions that added strain
};

/// The raw factors of one client's churn risk (the report weighs them).
struct ClientRiskFactors {
  ClientId client{};                          ///< the client
  std::string name{};                         ///< their name
  std::string stage{};                        ///< lifecycle stage
  Timestamp last_contact{};                   ///< latest interaction, or creation without any
  std::optional<double> csat_recent{};        ///< mean CSAT within the recent window
  std::optional<double> csat_before{};        ///< mean CSAT before it
  std::size_t adversarial_recent = 0;         ///< adversarial interactions within the window
  std::size_t open_tickets = 0;               ///< tickets not resolved or closed
  bool open_retention_case = false;           ///< a retention case is open
  ConductLevel conduct = ConductLevel::none;  ///< current conduct level
};

/// Quality figures of a group of interactions (a week, a channel, a language).
struct QualityGroup {
  std::string key{};             ///< the group: a week by its Monday ("2026-11-16"), "call", "pl", ...
  std::size_t interactions = 0;  ///< analysed interactions
  double mean_stance = 0;        ///< mean stance
  double mean_conduct = 0;       ///< mean conduct
  std::size_t adversarial = 0;   ///< judged adversarial
};

/// How to group interactions for QualityGroup rows.
enum class QualityDimension { week, channel, language };

/// Deals of one stage and currency.
struct DealStageCount {
  std::string stage{};           ///< stage id
  std::string currency{};        ///< currency of the value
  std::size_t deals = 0;         ///< deals now in the stage
  std::int64_t value_minor = 0;  ///< their value in minor units
};

/// A client whose conduct level is above none, with the latest change.
struct ConductEntry {
  ClientId client{};       ///< the client
  std::string name{};      ///< their name
  ConductChange latest{};  ///< the change that set the current level
};

/// The read-only aggregate queries behind the reports. Each is one indexed SQL
/// query, so a report costs one round trip per figure, not one per row.
class ReportStore {
 public:
  /// Destroys the store.
  virtual ~ReportStore() = default;

  /// Per agent with analysed interactions started in [from, to), in staff id order;
  /// `positive_markers` are the marker ids that count for AgentActivity::positive.
  virtual std::vector<AgentActivity> agent_activity(Timestamp from, Timestamp to,
                                                    std::span<const std::string> positive_markers) = 0;
  /// Agent-side marker counts in interactions started in [from, to) whose marker is in `markers`.
  virtual std::vector<AgentMarkerCount> agent_marker_counts(Timestamp from, Timestamp to,
                                                            std::span<const std::string> markers) = 0;
  /// Per agent and business day (UTC shifted by `day_offset_minutes`) with strain, in [from, to).
  virtual std::vector<StrainDay> strain_days(Timestamp from, Timestamp to, int day_offset_minutes) = 0;
  /// Risk factors of every client not `former`, with `recent_from` starting the recent window.
  virtual std::vector<ClientRiskFactors> client_risk_factors(Timestamp recent_from) = 0;
  /// Interactions started in [from, to) grouped by `dimension`, in key order.
  virtual std::vector<QualityGroup> quality_groups(Timestamp from, Timestamp to, QualityDimension dimension) = 0;
  /// Deals created in [from, to) per current stage and currency.
  virtual std::vector<DealStageCount> deal_stage_counts(Timestamp from, Timestamp to) = 0;
  /// For deals created in [from, to): each (deal, stage) the deal ever entered, deal order.
  virtual std::vector<std::pair<DealId, std::string>> deal_stage_visits(Timestamp from, Timestamp to) = 0;
  /// Clients whose current conduct level is above none, most severe first.
  virtual std::vector<ConductEntry> conduct_entries() = 0;
};

}  // namespace rapport::store
