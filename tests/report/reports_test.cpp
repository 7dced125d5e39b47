// Each report on a small, known data set in a real SQLite file.
#include <doctest/doctest.h>

#include "../workflow/workflow_support.hpp"
#include "rapport/report/reports.hpp"

using namespace rapport;
using namespace rapport::report;

namespace {

Timestamp at(const char* iso) { return parse_iso8601(iso); }

const Period kNovember{at("2026-11-01"), at("2026-12-01")};

Staff staff_member(const char* name, const char* email) { return test::staff(name, email); }

}  // namespace

TEST_CASE("agent scorecard: stance, adversarial rate with evidence, positive rate, strain days, trend") {
  test::Fixture f;
  const auto client = f.crm.clients().add(test::client("Client"));
  const auto kind = f.crm.staff().add(staff_member("Kind Agent", "kind@example.com"));
  const auto rude = f.crm.staff().add(staff_member("Rude Agent", "rude@example.com"));
  auto log = [&](StaffId s, const char* when, const char* client_text, const char* agent_text,
                 std::chrono::minutes length = std::chrono::minutes{2}) {
    return f.crm.log_interaction(test::conversation(client.id, s, at(when), client_text, agent_text, length));
  };
  const auto october = log(rude.id, "2026-10-20T10:00:00Z", test::kPlainClient, test::kKindAgent);
  const auto r1 = log(rude.id, "2026-11-02T10:00:00Z", test::kPlainClient, test::kBlamingAgent);
  const auto r2 = log(rude.id, "2026-11-03T10:00:00Z", test::kPlainClient, test::kKindAgent);
  const auto r3 = log(rude.id, "2026-11-04T10:00:00Z", test::kPlainClient, test::kBlamingAgent);
  const auto k1 =
      log(kind.id, "2026-11-02T09:00:00Z", test::kAbusiveClient, test::kKindAgent, std::chrono::minutes{20});
  const auto k2 = log(kind.id, "2026-11-05T16:00:00Z", test::kPlainClient, test::kKindAgent);
  log(kind.id, "2026-12-01T00:00:00Z", test::kPlainClient, test::kBlamingAgent);  // after the period

  const auto scores = agent_scorecard(f.crm, kNovember);
  REQUIRE(scores.size() == 2);
  const auto& k = scores[0];
  const auto& r = scores[1];
  CHECK(k.staff == kind.id);
  CHECK(k.interactions == 2);
  CHECK(k.mean_stance == doctest::Approx((k1.quality.stance + k2.quality.stance) / 2.0));
  CHECK(k.adversarial_rate == 0.0);
  CHECK(k.positive_rate == 1.0);  // empathy in both
  CHECK(k.top_markers.empty());
  CHECK(k.strain_days == 1);  // the 20-minute abusive call at 09:00 (strain 18 >= 12)
  CHECK_FALSE(k.stance_change);

  CHECK(r.name == "Rude Agent");
  CHECK(r.interactions == 3);
  CHECK(r.adversarial_rate == doctest::Approx(2.0 / 3.0));
  CHECK(r.positive_rate == doctest::Approx(1.0 / 3.0));
  REQUIRE(r.top_markers.size() == 1);
  CHECK(r.top_markers[0].marker == "blame");
  CHECK(r.top_markers[0].flags == 4);
  CHECK(r.top_markers[0].interaction == r3.interaction.id);  // the latest example
  CHECK_FALSE(r.top_markers[0].example.empty());
  const double mean = (r1.quality.stance + r2.quality.stance + r3.quality.stance) / 3.0;
  CHECK(r.mean_stance == doctest::Approx(mean));
  REQUIRE(r.stance_change);
  CHECK(*r.stance_change == doctest::Approx(mean - october.quality.stance));
  REQUIRE(r.adversarial_rate_change);
  CHECK(*r.adversarial_rate_change == doctest::Approx(2.0 / 3.0));
  CHECK(r.strain_days == 0);
  CHECK(r.talk_share > 0.3);

  const auto table = to_table(scores, kNovember);
  REQUIRE(table.rows.size() == 2);
  CHECK(std::get<std::string>(table.rows[1][9]) == "blame");
  CHECK(format_text(table).find("Rude Agent") != std::string::npos);
  CHECK(agent_scorecard(f.crm, Period{at("2025-01-01"), at("2025-02-01")}).empty());
}

TEST_CASE("at-risk clients: the score is the sum of visible factors") {
  test::Fixture f;
  f.clock.ms->store(to_unix_ms(at("2026-05-01")));
  auto customer = [&](const char* name, LifecycleStage stage = LifecycleStage::customer) {
    auto c = test::client(name);
    c.stage = stage;
    return f.crm.clients().add(c);
  };
  const auto silent = customer("Silent since May");
  const auto unhappy = customer("Unhappy");
  const auto happy = customer("Happy");
  const auto gone = customer("Former", LifecycleStage::former);
  f.clock.ms->store(to_unix_ms(at("2026-11-20")));
  const auto now = at("2026-11-30");

  auto rated = [&](ClientId c, const char* when, int csat) {
    auto in = test::conversation(c, std::nullopt, at(when), test::kPlainClient, test::kKindAgent);
    in.csat = csat;
    f.crm.log_interaction(in);
  };
  rated(unhappy.id, "2026-05-10", 5);  // before the 90-day window
  rated(unhappy.id, "2026-11-25", 1);  // in it: retention case opens (low CSAT)
  Ticket t;
  t.client = unhappy.id;
  t.subject = "Refund";
  f.crm.tickets().open(t);
  rated(happy.id, "2026-11-28", 5);
  rated(gone.id, "2026-11-28", 1);

  const auto risks = at_risk(f.crm, now);
  REQUIRE(risks.size() == 2);
  CHECK(risks[0].client == unhappy.id);
  // csat (3.5 - 1) x 10 = 25, capped at 20; trend (5 - 1) x 10 = 40, capped at 10;
  // one open ticket 5; open retention case 10. Recency: 5 days, under the 15-day floor.
  CHECK(risks[0].score == doctest::Approx(45));
  REQUIRE(risks[0].factors.size() == 4);
  CHECK(risks[0].factors[0].name == "csat");
  CHECK(risks[0].factors[0].detail == "recent CSAT 1.0");
  CHECK(risks[0].factors[1].name == "csat_trend");
  CHECK(risks[0].factors[2].name == "retention_case");
  CHECK(risks[0].factors[3].name == "open_tickets");
  CHECK(risks[1].client == silent.id);
  CHECK(risks[1].score == doctest::Approx(30));  // silent 213 days: recency capped at 30
  CHECK(risks[1].factors[0].detail == "no contact for 213 days");

  CHECK(at_risk(f.crm, now, {.recent_days = 90, .top = 1}).size() == 1);
  const auto table = to_table(risks);
  CHECK(std::get<std::string>(table.rows[0][4]).starts_with("csat +20.0 (recent CSAT 1.0); csat_trend +10.0"));
}

TEST_CASE("pipeline funnel: how far deals got, conversion between stages, win rate") {
  test::Fixture f;
  f.clock.ms->store(to_unix_ms(at("2026-11-02")));
  const auto c = f.crm.clients().add(test::client("Client"));
  auto deal = [&](std::int64_t minor) {
    Deal d;
    d.client = c.id;
    d.title = "Deal";
    d.value = Money{"EUR", minor};
    return f.crm.deals().create(d).id;
  };
  const auto d1 = deal(1000), d2 = deal(2000), d3 = deal(3000), d4 = deal(4000);
  for (const char* s : {"qualified", "proposal", "negotiation"}) f.crm.deals().move(d1, s);
  f.clock.advance(2 * 86'400'000);
  f.crm.deals().win(d1, "fit");
  f.crm.deals().move(d2, "qualified");
  f.crm.deals().lose(d2, "price");
  f.crm.deals().move(d4, "proposal");
  static_cast<void>(d3);
  f.clock.ms->store(to_unix_ms(at("2026-10-15")));  // a deal of another period
  deal(5000);

  const auto funnel = pipeline_funnel(f.crm, kNovember);
  REQUIRE(funnel.stages.size() == 5);
  CHECK(funnel.stages[0].stage == "lead");
  CHECK(funnel.stages[0].reached == 4);
  CHECK(funnel.stages[0].now_in == 1);
  CHECK(funnel.stages[1].reached == 3);  // d1, d2, and d4 which skipped qualified
  CHECK(funnel.stages[2].reached == 2);
  CHECK(funnel.stages[2].now_in == 1);
  CHECK(funnel.stages[3].reached == 1);
  CHECK(funnel.stages[4].stage == "won");
  CHECK(funnel.stages[4].reached == 1);
  CHECK(*funnel.stages[0].conversion_to_next == doctest::Approx(0.75));
  CHECK(*funnel.stages[1].conversion_to_next == doctest::Approx(2.0 / 3.0));
  CHECK(*funnel.stages[3].conversion_to_next == doctest::Approx(1.0));
  CHECK_FALSE(funnel.stages[4].conversion_to_next);
  CHECK(funnel.won == 1);
  CHECK(funnel.lost == 1);
  CHECK(funnel.win_rate == doctest::Approx(0.5));
  // Open now: d3 lead 30.00 x 0.1, d4 proposal 40.00 x 0.5, October deal 50.00 x 0.1.
  CHECK(funnel.weighted_forecast == std::vector<Money>{Money{"EUR", 300 + 2000 + 500}});
  REQUIRE(funnel.cycle_time);
  CHECK(*funnel.cycle_time == std::chrono::milliseconds{2 * 86'400'000});
  const auto table = to_table(funnel);
  CHECK(format_csv(table).find("lost,,1,") != std::string::npos);
}

TEST_CASE("retention report: cases of the period and retention by offer kind") {
  test::Fixture f;
  f.clock.ms->store(to_unix_ms(at("2026-11-05")));
  auto open_case = [&](const char* name) {
    const auto c = f.crm.clients().add(test::client(name));
    return f.crm.retention().add_signal(c.id, {SignalKind::complaint_ticket, "t", "complaint", {}}).retention_case.id;
  };
  const auto a = open_case("A"), b = open_case("B");
  open_case("C");
  f.crm.retention().offer(a, Offer{OfferKind::discount, Money{"EUR", 500}, "", {}, {}});
  f.crm.retention().offer(b, Offer{OfferKind::gift, std::nullopt, "postcard", {}, {}});
  f.crm.retention().close(a, RetentionOutcome::retained);
  f.crm.retention().close(b, RetentionOutcome::lost);

  const auto s = retention_summary(f.crm, kNovember);
  CHECK(s.opened == 3);
  CHECK(s.closed == 2);
  CHECK(s.retained == 1);
  CHECK(s.lost == 1);
  CHECK(s.open_now == 1);
  CHECK(s.retention_rate == doctest::Approx(0.5));
  REQUIRE(s.by_offer.size() == 2);
  CHECK(s.by_offer[0].kind == OfferKind::discount);
  CHECK(s.by_offer[0].rate == 1.0);
  CHECK(s.by_offer[1].kind == OfferKind::gift);
  CHECK(s.by_offer[1].rate == 0.0);
  const auto october = retention_summary(f.crm, Period{at("2026-10-01"), at("2026-11-01")});
  CHECK(october.opened == 0);
  CHECK(october.open_now == 1);
  CHECK(to_table(s).rows.back()[0] == Cell{std::string("all closed")});
}

TEST_CASE("conduct and wellbeing: clients by level with reasons, strain by day") {
  test::Fixture f;
  const auto boss = [&] {
    auto s = test::staff("Boss", "boss@example.com");
    s.role = StaffRole::supervisor;
    return f.crm.staff().add(s);
  }();
  const auto agent = f.crm.staff().add(test::staff("Agent", "agent@example.com"));
  const auto calm = f.crm.clients().add(test::client("Calm"));
  const auto warned = f.crm.clients().add(test::client("Warned"));
  const auto barred = f.crm.clients().add(test::client("Barred"));
  const auto forgiven = f.crm.clients().add(test::client("Forgiven"));
  f.crm.conduct().escalate(warned.id, ConductLevel::warning, "shouting", boss.id);
  f.crm.conduct().escalate(barred.id, ConductLevel::suspended, "threats", boss.id);
  f.crm.conduct().escalate(forgiven.id, ConductLevel::warning, "rude", boss.id);
  f.crm.conduct().override_level(forgiven.id, ConductLevel::none, "apologised", boss.id);
  f.crm.log_interaction(
      test::conversation(calm.id, agent.id, at("2026-11-03T09:00:00Z"), test::kAbusiveClient, test::kKindAgent));
  f.crm.log_interaction(
      test::conversation(calm.id, agent.id, at("2026-11-03T12:00:00Z"), test::kAbusiveClient, test::kKindAgent));
  f.crm.log_interaction(
      test::conversation(calm.id, agent.id, at("2026-11-04T12:00:00Z"), test::kPlainClient, test::kKindAgent));

  const auto r = conduct_wellbeing(f.crm, kNovember);
  REQUIRE(r.clients.size() == 3);  // "Calm" got a note from the analyzer's points; "Forgiven" is back at none
  CHECK(r.clients[0].client == barred.id);
  CHECK(r.clients[0].latest.reason == "threats");
  CHECK(r.clients[1].client == calm.id);                   // equal levels in client order
  CHECK(r.clients[1].latest.to == ConductLevel::warning);  // 8 points
  CHECK(r.clients[1].latest.automatic);
  CHECK(r.clients[2].client == warned.id);
  REQUIRE(r.strain.size() == 1);  // the calm day adds no strain
  CHECK(r.strain[0].day == "2026-11-03");
  CHECK(r.strain[0].hostile_interactions == 2);
  CHECK(r.strain[0].strain > 0);
  CHECK(conduct_table(r).rows.size() == 3);
  CHECK(strain_table(r).rows.size() == 1);
}

TEST_CASE("quality trend by week, channel and language") {
  test::Fixture f;
  auto c_pl = test::client("Polish client");
  c_pl.language = "pl";
  const auto pl = f.crm.clients().add(c_pl);
  const auto none = f.crm.clients().add(test::client("No language"));
  auto log = [&](ClientId c, const char* when, Channel ch, const char* agent_text) {
    auto in = test::conversation(c, std::nullopt, at(when), test::kPlainClient, agent_text);
    in.channel = ch;
    return f.crm.log_interaction(in).quality;
  };
  const auto a = log(pl.id, "2026-11-02T10:00:00Z", Channel::call, test::kBlamingAgent);  // a Monday
  const auto b = log(pl.id, "2026-11-08T23:00:00Z", Channel::chat, test::kKindAgent);     // the Sunday after
  const auto c = log(none.id, "2026-11-09T08:00:00Z", Channel::chat, test::kKindAgent);   // next Monday

  const auto weeks = quality_trend(f.crm, kNovember, store::QualityDimension::week);
  REQUIRE(weeks.size() == 2);
  CHECK(weeks[0].key == "2026-11-02");
  CHECK(weeks[0].interactions == 2);
  CHECK(weeks[0].mean_stance == doctest::Approx((a.stance + b.stance) / 2.0));
  CHECK(weeks[0].adversarial == 1);
  CHECK(weeks[1].key == "2026-11-09");

  const auto channels = quality_trend(f.crm, kNovember, store::QualityDimension::channel);
  REQUIRE(channels.size() == 2);
  CHECK(channels[0].key == "call");
  CHECK(channels[1].key == "chat");
  CHECK(channels[1].mean_conduct == doctest::Approx((b.conduct + c.conduct) / 2.0));

  const auto languages = quality_trend(f.crm, kNovember, store::QualityDimension::language);
  REQUIRE(languages.size() == 2);
  CHECK(languages[0].key == "(unknown)");
  CHECK(languages[1].key == "pl");
  CHECK(languages[1].interactions == 2);
  const auto table = to_table(weeks, store::QualityDimension::week, kNovember);
  CHECK(table.columns[0] == "week_of");
}
