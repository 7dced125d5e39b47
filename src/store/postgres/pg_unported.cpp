// Store methods not ported to PostgreSQL yet (issue 7): each says so by name.
// A method moves out of this file when its port and its tests land.
#include "pg_store.hpp"

namespace rapport::store::postgres {

std::vector<DuplicatePair> PgStore::find_duplicates(std::optional<ClientId>) { unported("find duplicates"); }

Client PgStore::merge_clients(ClientId, ClientId, const Actor&) { unported("merge clients"); }

std::vector<Interaction> PgStore::create_interactions(std::span<const Interaction>, const Actor&) {
  unported("create interactions");
}

std::optional<Interaction> PgStore::find_interaction(InteractionId) { unported("find interaction"); }

Page<Interaction, InteractionCursor> PgStore::list_interactions(ClientId, std::optional<InteractionCursor>,
                                                                std::size_t) {
  unported("list interactions");
}

void PgStore::remove_interaction(InteractionId, const Actor&) { unported("remove interaction"); }

std::vector<SearchHit> PgStore::search(std::string_view, std::size_t) { unported("search"); }

std::vector<Interaction> PgStore::log_interactions(std::span<const AnalyzedInteraction>, const Actor&) {
  unported("log interactions");
}

ImportResult PgStore::import_records(const ImportBatch&, const Actor&) { unported("import records"); }

std::optional<StoredQuality> PgStore::find_quality(InteractionId) { unported("find quality"); }

void PgStore::replace_quality(InteractionId, const quality::QualityReport&, double) { unported("replace quality"); }

std::vector<InteractionId> PgStore::interactions_between(Timestamp, Timestamp, std::optional<InteractionId>,
                                                         std::size_t) {
  unported("interactions between");
}

double PgStore::staff_strain(StaffId, Timestamp, Timestamp) { unported("staff strain"); }

bool PgStore::mark_strain_alert(StaffId, std::string_view) { unported("mark strain alert"); }

std::vector<FlagRecord> PgStore::staff_flags(StaffId, quality::Side, Timestamp, Timestamp) { unported("staff flags"); }

int PgStore::client_flag_points(ClientId, std::span<const std::string>) { unported("client flag points"); }

ConductRecord PgStore::conduct_record(ClientId) { unported("conduct record"); }

ConductRecord PgStore::change_conduct(ClientId, const ConductChange&) { unported("change conduct"); }

Deal PgStore::create_deal(Deal, const Actor&) { unported("create deal"); }

std::optional<Deal> PgStore::find_deal(DealId) { unported("find deal"); }

Deal PgStore::move_deal(const Deal&, const StageChange&, bool, const Actor&) { unported("move deal"); }

std::vector<Deal> PgStore::list_deals(const DealFilter&) { unported("list deals"); }

std::vector<StageChange> PgStore::stage_history(std::optional<DealId>) { unported("stage history"); }

Ticket PgStore::create_ticket(Ticket, const Actor&) { unported("create ticket"); }

std::optional<Ticket> PgStore::find_ticket(TicketId) { unported("find ticket"); }

Ticket PgStore::update_ticket(const Ticket&, TicketStatus, const Actor&) { unported("update ticket"); }

std::vector<Ticket> PgStore::list_tickets(const TicketFilter&) { unported("list tickets"); }

bool PgStore::record_sla_breach(TicketId, SlaTarget, Timestamp) { unported("record sla breach"); }

std::size_t PgStore::count_similar_tickets(ClientId, std::string_view, Timestamp) { unported("count similar tickets"); }

SignalOutcome PgStore::add_retention_signal(ClientId, const DissatisfactionSignal&, const Actor&) {
  unported("add retention signal");
}

std::optional<RetentionCase> PgStore::find_retention_case(RetentionCaseId) { unported("find retention case"); }

std::optional<RetentionCase> PgStore::open_retention_case(ClientId) { unported("open retention case"); }

RetentionCase PgStore::add_offer(RetentionCaseId, const Offer&, const Actor&) { unported("add offer"); }

RetentionCase PgStore::close_retention_case(RetentionCaseId, RetentionOutcome, const std::string&, const Actor&) {
  unported("close retention case");
}

std::vector<RetentionCase> PgStore::list_retention_cases(bool) { unported("list retention cases"); }

std::vector<Task> PgStore::tasks_to_notify(Timestamp) { unported("tasks to notify"); }

bool PgStore::mark_task_notified(TaskId) { unported("mark task notified"); }

std::vector<std::pair<ClientId, Timestamp>> PgStore::silent_customers(Timestamp) { unported("silent customers"); }

bool PgStore::mark_silence_alert(ClientId, Timestamp) { unported("mark silence alert"); }

std::vector<AgentActivity> PgStore::agent_activity(Timestamp, Timestamp, std::span<const std::string>) {
  unported("agent activity");
}

std::vector<AgentMarkerCount> PgStore::agent_marker_counts(Timestamp, Timestamp, std::span<const std::string>) {
  unported("agent marker counts");
}

std::vector<StrainDay> PgStore::strain_days(Timestamp, Timestamp, int) { unported("strain days"); }

std::vector<ClientRiskFactors> PgStore::client_risk_factors(Timestamp) { unported("client risk factors"); }

std::vector<QualityGroup> PgStore::quality_groups(Timestamp, Timestamp, QualityDimension) {
  unported("quality groups");
}

std::vector<DealStageCount> PgStore::deal_stage_counts(Timestamp, Timestamp) { unported("deal stage counts"); }

std::vector<std::pair<DealId, std::string>> PgStore::deal_stage_visits(Timestamp, Timestamp) {
  unported("deal stage visits");
}

std::vector<ConductEntry> PgStore::conduct_entries() { unported("conduct entries"); }

}  // namespace rapport::store::postgres
