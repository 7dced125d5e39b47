// The analyzer with rules written by each test: pattern language, guards,
// sides, rule errors, custom markers and detectors, sessions, threads.
#include <doctest/doctest.h>

#include <fstream>
#include <thread>

#include "../support.hpp"
#include "rapport/quality/analyzer.hpp"

using namespace rapport;
using namespace rapport::quality;

namespace {

Analyzer bare(AnalyzerConfig config = {}) {
  config.builtin_rules = false;
  return Analyzer(std::move(config));
}

Turn agent(std::string text) { return Turn{SpeakerRole::agent, "", std::move(text), {}, {}}; }
Turn client(std::string text) { return Turn{SpeakerRole::client, "", std::move(text), {}, {}}; }

std::vector<Flag> flags_of(const Analyzer& a, const Turn& t) { return a.analyze(std::span(&t, 1)).flags; }

std::vector<std::string> evidence(const Analyzer& a, const Turn& t) {
  std::vector<std::string> out;
  for (const auto& f : flags_of(a, t)) out.push_back(f.marker + ":" + f.evidence);
  return out;
}

}  // namespace

TEST_CASE("pattern language: prefixes, alternatives, optionals, gaps") {
  auto a = bare();
  a.add_rule("ru", "blame agent 2 (сам | сама | сами) винова*");
  a.add_rule("en", "insult client 3 you [bunch of] (idiot* | moron*)");
  a.add_rule("en", "threat client 2 see you ~2 court");

  SUBCASE("word-prefix forms cover inflection") {
    for (const char* t : {"Сам виноват.", "Сама виновата.", "Сами виноваты!"}) {
      CAPTURE(t);
      CHECK(flags_of(a, agent(t)).size() == 1);
    }
    CHECK(flags_of(a, agent("Они виноваты.")).empty());
  }
  SUBCASE("optional words") {
    CHECK(evidence(a, client("you idiots")) == std::vector<std::string>{"insult:you idiots"});
    CHECK(evidence(a, client("you bunch of morons!")) == std::vector<std::string>{"insult:you bunch of morons"});
    CHECK(flags_of(a, client("you bunch idiots")).empty());
  }
  SUBCASE("a gap of up to N words") {
    CHECK(flags_of(a, client("see you in court")).size() == 1);
    CHECK(flags_of(a, client("see you in the court")).size() == 1);
    CHECK(flags_of(a, client("see you soon in the court")).empty());
  }
}

TEST_CASE("the negation guard suppresses a phrase negated just before it") {
  auto a = bare();
  a.load_rules_text("en", "@negators not never dont no\nblame agent 2 your fault\nargue agent 2 you are wrong\n", "t");
  CHECK(flags_of(a, agent("I'm not saying it's your fault.")).empty());
  CHECK(flags_of(a, agent("It's never your fault.")).size() == 0);
  CHECK(flags_of(a, agent("It is your fault.")).size() == 1);
  // A comma breaks the guard: "No, you are wrong" is still arguing.
  CHECK(flags_of(a, agent("No, you are wrong.")).size() == 1);
  // Too far before the phrase: not a negation of it.
  CHECK(flags_of(a, agent("I do not think anyone but you would say it's your fault")).size() == 1);
  // Another language's negators do not guard English rules.
  auto b = bare();
  b.load_rules_text("ru", "@negators не\n", "ru");
  b.load_rules_text("en", "blame agent 2 your fault\n", "en");
  CHECK(flags_of(b, agent("не your fault")).size() == 1);
}

TEST_CASE("a negation reaches across a comma that opens a that-clause, not across others") {
  auto a = bare();
  a.load_rules_text("uk", "@negators не\n@complementizers що\nblame agent 2 ваша провина\n", "t");
  CHECK(flags_of(a, agent("Я не кажу, що це ваша провина.")).empty());
  CHECK(flags_of(a, agent("Не знаю, але це ваша провина.")).size() == 1);       // "але" opens no that-clause
  CHECK(flags_of(a, agent("Не кажу. Що це ваша провина, ясно.")).size() == 1);  // a sentence end always breaks
}

TEST_CASE("optional alternatives") {
  auto a = bare();
  a.add_rule("en", "insult client 3 you [bunch of | pack of] idiot*");
  CHECK(flags_of(a, client("you pack of idiots")).size() == 1);
  CHECK(flags_of(a, client("you bunch of idiots")).size() == 1);
  CHECK(flags_of(a, client("you idiots")).size() == 1);
  CHECK(flags_of(a, client("you lot of idiots")).empty());
}

TEST_CASE("quoted words are not the speaker's own") {
  auto a = bare();
  a.add_rule("en", "blame agent 2 your own problem");
  a.add_rule("ru", "insult client 3 хам*");
  CHECK(flags_of(a, client("he told me \"that's your own problem\"")).empty());
  CHECK(flags_of(a, agent("The letter says “your own problem”, which is wrong.")).empty());
  CHECK(flags_of(a, client("Соседка говорит, что у вас «одни хамы сидят», но у меня вопрос.")).empty());
  CHECK(flags_of(a, client("Вы хамы!")).size() == 1);
  // A stray quotation mark does not hide the rest of the turn.
  CHECK(flags_of(a, agent("It is 5\" wide and it is your own problem")).size() == 1);
}

TEST_CASE("side: a rule reads only its side's turns, and may blame the other side") {
  auto a = bare();
  a.add_rule("en", "argue agent 2 youre wrong");
  a.add_rule("en", "interrupting client>agent 1 let me (speak | finish)");
  CHECK(flags_of(a, client("You're wrong, I paid on the 5th.")).empty());
  CHECK(flags_of(a, agent("You're wrong.")).size() == 1);
  const auto f = flags_of(a, client("Let me speak!"));
  REQUIRE(f.size() == 1);
  CHECK(f[0].marker == "interrupting");
  CHECK(f[0].side == Side::agent);
  CHECK(flags_of(a, Turn{SpeakerRole::other, "IVR", "You're wrong", {}, {}}).empty());
}

TEST_CASE("tone cues fire only inside annotations") {
  auto a = bare();
  a.load_rules_text("en", "@cue superior_tone agent 2 sigh* , roll* eyes\n@cue shouting client 2 raised voice\n", "t");
  CHECK(evidence(a, agent("[sighs] Okay. Click Print again.")) == std::vector<std::string>{"superior_tone:sighs"});
  CHECK(evidence(a, agent("*rolls eyes* fine")) == std::vector<std::string>{"superior_tone:rolls eyes"});
  CHECK(flags_of(a, agent("He sighs when he reads the bill.")).empty());
  CHECK(flags_of(a, client("(raised voice) You took my money twice")).size() == 1);
  CHECK(flags_of(a, agent("(raised voice) ...")).empty());  // wrong side
}

TEST_CASE("one marker reports non-overlapping evidence; different markers may overlap") {
  auto a = bare();
  a.add_rule("en", "apology agent 2 sorry");
  a.add_rule("en", "blame agent 2 you should have read ~2 terms");
  a.add_rule("en", "blame agent 1 should have read");
  const auto f = evidence(a, agent("Sorry, but you should have read the terms."));
  CHECK(f == std::vector<std::string>{"apology:Sorry", "blame:you should have read the terms"});
}

TEST_CASE("bad rule lines give ParseError with line and column") {
  auto a = bare();
  CHECK_THROWS_WITH_AS(a.add_rule("en", "blame agent 2 (your | fault"), doctest::Contains("<rule>:1:"), ParseError);
  CHECK_THROWS_WITH_AS(a.add_rule("en", "blame agnt 2 x"),
                       "<rule>:1:7: side 'agnt' is not agent, client, any, client>agent or agent>client", ParseError);
  CHECK_THROWS_WITH_AS(a.add_rule("en", "blame agent 5 x"), "<rule>:1:13: weight '5' is not 1, 2 or 3", ParseError);
  CHECK_THROWS_WITH_AS(a.add_rule("en", "blame agent 2"), doctest::Contains("missing pattern"), ParseError);
  CHECK_THROWS_WITH_AS(a.add_rule("en", "blame agent 2 x ~9 y"), "<rule>:1:17: a gap is ~N with N from 1 to 6",
                       ParseError);
  CHECK_THROWS_WITH_AS(a.add_rule("en", "blame agent 2 ~2 x"), doctest::Contains("cannot begin or end with a gap"),
                       ParseError);
  CHECK_THROWS_WITH_AS(a.add_rule("en", "blame agent 2 [x]"), doctest::Contains("entirely optional"), ParseError);
  CHECK_THROWS_WITH_AS(a.add_rule("en", "blame agent 2 a*b"), doctest::Contains("'*' may only end a word"), ParseError);
  CHECK_THROWS_WITH_AS(a.add_rule("en", "blame agent 2 x*"), doctest::Contains("at least 2 letters"), ParseError);
  CHECK_THROWS_WITH_AS(a.add_rule("en", "Blame agent 2 x"), doctest::Contains("must match [a-z]"), ParseError);
  CHECK_THROWS_WITH_AS(a.add_rule("en", "gossip agent 2 x"), doctest::Contains("unknown marker 'gossip'"),
                       InvalidArgument);
  CHECK_THROWS_AS(a.add_rule("EN", "blame agent 2 x"), InvalidArgument);
  CHECK(a.rule_count() == 0);  // nothing half-added

  test::TempDir dir;
  const auto path = dir.file("de.rules");
  std::ofstream(path) << "# German\nblame agent 2 ihre schuld\n\n@negators nicht\napology agent 2 (entschuldigung\n";
  CHECK_THROWS_WITH_AS(a.load_rules(path), doctest::Contains(("de.rules:5:")), ParseError);
  CHECK(a.rule_count() == 0);
  CHECK_THROWS_WITH_AS(a.load_rules(dir.file("missing.rules")), doctest::Contains("missing.rules"), InvalidArgument);
  std::ofstream(path) << "blame agent 2 ihre schuld\n";
  a.load_rules(path);
  const auto f = flags_of(a, agent("Das ist Ihre Schuld."));
  REQUIRE(f.size() == 1);
  CHECK(f[0].lang == "de");
}

TEST_CASE("host-defined markers and custom detectors take part in scores") {
  AnalyzerConfig config;
  config.markers.push_back({"upsell_pressure", MarkerKind::staff_adversarial, "pushes extras"});
  config.detectors.push_back(
      {{"long_hold", MarkerKind::staff_adversarial, "holds the client too long"}, [](std::span<const Turn> turns) {
         std::vector<Flag> out;
         for (std::size_t i = 0; i < turns.size(); ++i) {
           if (turns[i].text.find("please hold") != std::string::npos) {
             Flag f;
             f.side = Side::agent;
             f.turn = i;
             f.begin = turns[i].text.find("please hold");
             f.end = f.begin + 11;
             f.severity = 3;
             out.push_back(f);
           }
         }
         return out;
       }});
  auto a = bare(config);
  a.add_rule("en", "upsell_pressure agent 2 you really need the premium");
  const std::vector<Turn> turns = {client("Hi"), agent("please hold"), agent("You really need the premium plan.")};
  const auto report = a.analyze(turns);
  REQUIRE(report.flags.size() == 2);
  CHECK(report.flags[0].marker == "long_hold");
  CHECK(report.flags[0].evidence == "please hold");
  CHECK(report.flags[1].marker == "upsell_pressure");
  CHECK(report.stance < 35);
  CHECK(report.adversarial);  // severity 3 from the detector

  AnalyzerConfig broken;
  broken.detectors.push_back({{"oops", MarkerKind::neutral, ""}, [](std::span<const Turn>) {
                                Flag f;
                                f.turn = 7;
                                return std::vector<Flag>{f};
                              }});
  CHECK_THROWS_WITH_AS(bare(broken).analyze(turns), doctest::Contains("custom detector 'oops'"), InvalidArgument);
}

TEST_CASE("scores: neutral, positive, adversarial, client conduct") {
  auto a = bare();
  a.load_rules_text("en",
                    "apology agent 2 sorry\nempathy agent 2 i understand\nblame agent 2 your fault\n"
                    "put_in_place agent 3 shut up\ninsult client 3 idiot*\n",
                    "t");
  const auto neutral = a.analyze(std::vector<Turn>{client("Where is my parcel?"), agent("It arrives tomorrow.")});
  CHECK(neutral.stance == 50);
  CHECK(neutral.conduct == 100);
  CHECK_FALSE(neutral.adversarial);
  const auto kind = a.analyze(std::vector<Turn>{client("Late again."), agent("Sorry, I understand.")});
  CHECK(kind.stance > 70);
  const auto blame = a.analyze(std::vector<Turn>{client("Late again."), agent("That's your fault.")});
  CHECK(blame.stance < 35);
  CHECK(blame.adversarial);
  const auto mixed = a.analyze(std::vector<Turn>{client("Late."), agent("Sorry, but it's your fault.")});
  CHECK(mixed.stance > blame.stance);
  CHECK(mixed.stance < kind.stance);
  const auto severe = a.analyze(std::vector<Turn>{client("Late."), agent("Sorry. I understand. Shut up.")});
  CHECK(severe.adversarial);  // high severity makes it adversarial whatever the stance
  const auto abusive = a.analyze(std::vector<Turn>{client("You idiots!"), agent("Sorry for the trouble.")});
  CHECK(abusive.conduct < 50);
  CHECK_FALSE(abusive.adversarial);
}

TEST_CASE("a session gives the same flags as the whole-conversation call") {
  auto a = bare();
  a.load_rules_text("en", "apology agent 2 sorry\ngive_up client 1 forget it\nblame agent 2 your fault\n", "t");
  const std::vector<Turn> turns = {
      {SpeakerRole::client, "C", "THIS IS THE THIRD TIME I CALL!!!", 0, 4000},
      {SpeakerRole::agent, "A", "Sorry. The parcel left today and--", 4500, 9000},
      {SpeakerRole::client, "C", "I need my parcel delivered today", 8000, 12000},
      {SpeakerRole::agent, "A", "It will arrive tomorrow morning.", 12500, 15000},
      {SpeakerRole::client, "C", "I need my parcel delivered today, today!", 15500, 18000},
      {SpeakerRole::client, "C", "Forget it.", 18500, 19000},
      {SpeakerRole::agent, "A", "Well, the delay is not our fault, the address was wrong.", 19500, 23000},
  };
  Session s = a.start();
  std::vector<Flag> live;
  for (const auto& t : turns) {
    const auto fresh = s.add(t);
    for (const auto& f : fresh) CHECK(f.turn == s.size() - 1);
    live.insert(live.end(), fresh.begin(), fresh.end());
  }
  const auto whole = a.analyze(turns);
  CHECK(s.finish() == whole);
  std::vector<std::string> names;
  for (const auto& f : whole.flags) names.push_back(f.marker + "@" + std::to_string(f.turn));
  CHECK(names ==
        std::vector<std::string>{"shouting@0", "apology@1", "interrupting@2", "not_listening@4", "last_word@6"});
  CHECK(live.size() == whole.flags.size());
  CHECK(whole.metrics.client.interruptions == 1);
}

TEST_CASE("analyze is const and safe from many threads, also while rules are added") {
  auto a = bare();
  a.add_rule("en", "apology agent 2 sorry");
  const std::vector<Turn> turns = {client("Late."), agent("Sorry about that.")};
  const auto expected = a.analyze(turns);
  std::atomic<int> mismatches = 0;
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 200; ++i) {
        const auto r = a.analyze(turns);
        if (r.flags.empty() || r.flags[0].marker != "apology") ++mismatches;
      }
    });
  }
  for (int i = 0; i < 20; ++i) a.add_rule("en", "gratitude agent 1 thanks" + std::string(i % 2 ? "" : " a lot"));
  for (auto& th : threads) th.join();
  CHECK(mismatches == 0);
  CHECK(a.analyze(turns).flags == expected.flags);
  CHECK(a.rules_version() != expected.rules_version);
}
