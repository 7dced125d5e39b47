// Protecting staff: client abuse climbs the conduct ladder (automatically up to
// a warning, a supervisor beyond) and a strained agent triggers a hook.
// Usage: protect_staff [DB_PATH]   (default: an in-memory database)
#include <fmt/core.h>

#include <rapport/rapport.hpp>

int main(int argc, char** argv) {
  rapport::CrmOptions options;
  options.workflow.wellbeing.strain_threshold = 10;  // lower than the default 12, for the demo
  rapport::Crm crm = rapport::Crm::open(argc > 1 ? argv[1] : ":memory:", options);
  rapport::Client c;
  c.name = "Difficult client";
  const auto client = crm.clients().add(c);
  rapport::Staff agent_info;
  agent_info.name = "Olena";
  agent_info.email = "olena@example.com";
  const auto agent = crm.staff().add(agent_info);
  rapport::Staff boss_info;
  boss_info.name = "Marek";
  boss_info.email = "marek@example.com";
  boss_info.role = rapport::StaffRole::supervisor;
  const auto boss = crm.staff().add(boss_info);

  auto on_level = crm.events().subscribe<rapport::ConductLevelChanged>([](const rapport::ConductLevelChanged& e) {
    fmt::print("conduct: {} -> {} ({})\n", rapport::to_string(e.change.from), rapport::to_string(e.change.to),
               e.change.reason);
  });
  auto on_strain = crm.events().subscribe<rapport::AgentStrainCrossed>([](const rapport::AgentStrainCrossed& e) {
    fmt::print("agent {} reached strain {:.1f} on {}: suggest a break\n", rapport::to_string(e.staff), e.strain, e.day);
  });

  for (int i = 0; i < 2; ++i) {
    rapport::Interaction call;
    call.client = client.id;
    call.staff = agent.id;
    call.started_at = rapport::parse_iso8601("2026-03-02T10:00:00Z") + std::chrono::minutes{30 * i};
    call.duration = std::chrono::minutes{15};
    call.turns = {
        {rapport::SpeakerRole::client, "Client", "You are an idiot and I will sue you.", std::nullopt, std::nullopt},
        {rapport::SpeakerRole::agent, "Olena", "I understand you are upset.", std::nullopt, std::nullopt}};
    crm.log_interaction(call);
  }
  // Past a warning, a person decides, with a reason on record.
  crm.conduct().escalate(client.id, rapport::ConductLevel::senior_only, "repeated insults", boss.id);
  fmt::print("level now: {}\n", rapport::to_string(crm.conduct().record(client.id).level));
}
