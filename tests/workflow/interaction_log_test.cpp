// Logging interactions: one transaction, then events after commit, exactly once;
// hooks that throw; batches all-or-nothing; re-analysis when the rules change.
#include <doctest/doctest.h>

#include <stdexcept>

#include "workflow_support.hpp"

using namespace rapport;

TEST_CASE("an adversarial interaction is stored with its analysis, then flagged once with evidence") {
  test::Fixture f;
  const auto client = f.crm.clients().add(test::client("Client"));
  const auto agent = f.crm.staff().add(test::staff("Agent", "agent@example.com"));
  test::Recorder<InteractionLogged> logged(f.crm.events());
  std::vector<AdversarialFlagged> flagged;
  bool committed_when_hooked = false;
  // The hook reads through a second connection: it sees the data only if it is committed.
  Crm reader = f.reopen();
  auto hook = f.crm.events().on_adversarial([&](const AdversarialFlagged& e) {
    flagged.push_back(e);
    committed_when_hooked = reader.quality().report(e.interaction).has_value();
  });

  const auto result =
      f.crm.log_interaction(test::conversation(client.id, agent.id, f.now(), test::kPlainClient, test::kBlamingAgent));
  CHECK(result.quality.adversarial);
  REQUIRE(logged.seen.size() == 1);
  CHECK(logged.seen[0].interaction == result.interaction);
  REQUIRE(flagged.size() == 1);
  CHECK(committed_when_hooked);
  CHECK(flagged[0].interaction == result.interaction.id);
  CHECK(flagged[0].staff == agent.id);
  REQUIRE_FALSE(flagged[0].flags.empty());
  for (const auto& flag : flagged[0].flags) {
    CHECK(flag.marker == "blame");
    CHECK(flag.side == quality::Side::agent);
    CHECK_FALSE(flag.evidence.empty());
  }

  const auto stored = f.crm.quality().report(result.interaction.id);
  REQUIRE(stored);
  CHECK(stored->report.stance == result.quality.stance);
  CHECK(stored->report.flags == result.quality.flags);
  CHECK(stored->report.rules_version == f.crm.analyzer().rules_version());

  // The default policy opened a retention case from the adversarial interaction.
  const auto rc = f.crm.retention().open_case(client.id);
  REQUIRE(rc);
  CHECK(rc->signals[0].kind == SignalKind::adversarial_interaction);
  CHECK(rc->signals[0].source == "interaction:" + to_string(result.interaction.id));

  // A respectful conversation publishes InteractionLogged only.
  f.crm.log_interaction(test::conversation(client.id, agent.id, f.now(), test::kPlainClient, test::kKindAgent));
  CHECK(logged.seen.size() == 2);
  CHECK(flagged.size() == 1);
}

TEST_CASE("a hook that throws undoes nothing and does not stop the other hooks") {
  test::Fixture f;
  const auto client = f.crm.clients().add(test::client("Client"));
  std::vector<std::string> errors;
  f.crm.events().on_hook_error([&](const HookError& e) {
    try {
      std::rethrow_exception(e.error);
    } catch (const std::exception& ex) {
      errors.push_back(std::string(e.event) + ": " + ex.what());
    }
  });
  int later_hook_calls = 0;
  auto throwing =
      f.crm.events().on_adversarial([](const AdversarialFlagged&) { throw std::runtime_error("pager down"); });
  auto counting = f.crm.events().on_adversarial([&](const AdversarialFlagged&) { ++later_hook_calls; });

  const auto result = f.crm.log_interaction(
      test::conversation(client.id, std::nullopt, f.now(), test::kPlainClient, test::kBlamingAgent));
  CHECK(later_hook_calls == 1);
  CHECK(f.crm.events().hook_failures() == 1);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0] == "AdversarialFlagged: pager down");
  Crm again = f.reopen();
  CHECK(again.interactions().get(result.interaction.id) == result.interaction);
  CHECK(again.quality().report(result.interaction.id));
  CHECK(again.retention().open_case(client.id));  // the policy hook after the thrower still ran
}

TEST_CASE("scoped hooks: a dropped subscription receives nothing") {
  test::Fixture f;
  const auto client = f.crm.clients().add(test::client("Client"));
  int calls = 0;
  {
    auto hook = f.crm.events().subscribe<InteractionLogged>([&](const InteractionLogged&) { ++calls; });
    f.crm.log_interaction(test::conversation(client.id, std::nullopt, f.now(), "Hi.", "Hello."));
    Subscription moved = std::move(hook);
    CHECK_FALSE(hook.connected());
    CHECK(moved.connected());
    f.crm.log_interaction(test::conversation(client.id, std::nullopt, f.now(), "Hi.", "Hello."));
  }
  f.crm.log_interaction(test::conversation(client.id, std::nullopt, f.now(), "Hi.", "Hello."));
  CHECK(calls == 2);
}

TEST_CASE("a batch is stored all or nothing; events follow only a commit") {
  test::Fixture f;
  const auto client = f.crm.clients().add(test::client("Client"));
  test::Recorder<InteractionLogged> logged(f.crm.events());
  std::vector<Interaction> batch;
  for (int i = 0; i < 3; ++i) {
    batch.push_back(test::conversation(client.id, std::nullopt, f.now(), test::kPlainClient, test::kKindAgent));
  }
  batch[2].client = ClientId{999};
  CHECK_THROWS_AS(f.crm.log_interactions(batch), NotFound);
  batch[2].client = client.id;
  batch[1].duration = std::chrono::milliseconds{-5};
  CHECK_THROWS_WITH_AS(f.crm.log_interactions(batch), doctest::Contains("interaction 1"), InvalidArgument);
  CHECK(f.crm.interactions().list(client.id).items.empty());
  CHECK(logged.seen.empty());

  batch[1].duration = std::chrono::minutes{1};
  const auto stored = f.crm.log_interactions(batch);
  REQUIRE(stored.size() == 3);
  CHECK(f.crm.interactions().list(client.id).items.size() == 3);
  CHECK(logged.seen.size() == 3);
  for (const auto& s : stored) CHECK(f.crm.quality().report(s.interaction.id));
}

TEST_CASE("low CSAT and client threats signal dissatisfaction from a logged interaction") {
  test::Fixture f;
  const auto client = f.crm.clients().add(test::client("Client"));
  test::Recorder<ClientDissatisfied> seen(f.crm.events());
  auto in = test::conversation(client.id, std::nullopt, f.now(), test::kAbusiveClient, test::kKindAgent);
  in.csat = 1;
  f.crm.log_interaction(in);
  REQUIRE(seen.seen.size() == 2);
  CHECK(seen.seen[0].signal.kind == SignalKind::low_csat);
  CHECK(seen.seen[1].signal.kind == SignalKind::client_threat);
  CHECK(seen.seen[1].signal.detail.find("sue") != std::string::npos);
  const auto rc = f.crm.retention().open_case(client.id);
  REQUIRE(rc);
  CHECK(rc->signals.size() == 2);
}

TEST_CASE("re-analysis after a rule change re-scores history and names the rule set") {
  CrmOptions options;
  options.analyzer.markers.push_back({"scripted_closing", quality::MarkerKind::neutral, "a scripted closing line"});
  test::Fixture f(options);
  const auto client = f.crm.clients().add(test::client("Client"));
  test::Recorder<AdversarialFlagged> flagged(f.crm.events());
  const auto start = f.now();
  const auto a = f.crm.log_interaction(test::conversation(client.id, std::nullopt, start, "Where is my refund?",
                                                          "It is on its way. Anything else today?"));
  const auto b = f.crm.log_interaction(
      test::conversation(client.id, std::nullopt, start + std::chrono::hours{1}, test::kPlainClient, test::kKindAgent));
  const auto old_version = f.crm.analyzer().rules_version();

  // Unchanged rules: nothing to replace.
  auto same = f.crm.quality().reanalyze(start, start + std::chrono::days{1});
  CHECK(same.examined == 2);
  CHECK(same.changed == 0);

  auto has_closing = [](const quality::QualityReport& r) {
    for (const auto& flag : r.flags) {
      if (flag.marker == "scripted_closing") return true;
    }
    return false;
  };
  CHECK_FALSE(has_closing(a.quality));
  f.crm.analyzer().add_rule("en", "scripted_closing agent 1 anything else today");
  REQUIRE(f.crm.analyzer().rules_version() != old_version);
  const auto result = f.crm.quality().reanalyze(start, start + std::chrono::days{1});
  CHECK(result.examined == 2);
  CHECK(result.rules_version == f.crm.analyzer().rules_version());
  const auto ra = f.crm.quality().report(a.interaction.id);
  const auto rb = f.crm.quality().report(b.interaction.id);
  REQUIRE(ra);
  REQUIRE(rb);
  CHECK(ra->report.rules_version == result.rules_version);
  CHECK(has_closing(ra->report));
  CHECK_FALSE(has_closing(rb->report));
  CHECK(result.changed >= 1);
  CHECK(flagged.seen.empty());  // history is re-scored, not re-lived
  CHECK(f.crm.quality().reanalyze(start + std::chrono::days{1}, start + std::chrono::days{2}).examined == 0);
}
