// The normaliser, through the rules it lets match: each case writes the rule
// one way and the text another.
#include <doctest/doctest.h>

#include "rapport/quality/analyzer.hpp"
#include "rapport/rapport.hpp"

using namespace rapport;
using namespace rapport::quality;

namespace {

Analyzer bare() { return Analyzer(AnalyzerConfig{.builtin_rules = false}); }

Turn agent(std::string text) { return Turn{SpeakerRole::agent, "", std::move(text), {}, {}}; }
Turn client(std::string text) { return Turn{SpeakerRole::client, "", std::move(text), {}, {}}; }

std::vector<std::string> markers_in(const Analyzer& a, std::vector<Turn> turns) {
  std::vector<std::string> out;
  for (const auto& f : a.analyze(turns).flags) out.push_back(f.marker);
  return out;
}

bool fires(const Analyzer& a, const Turn& t) { return !a.analyze(std::span(&t, 1)).flags.empty(); }

}  // namespace

TEST_CASE("case folding, including Cyrillic and German sharp s") {
  auto a = bare();
  a.add_rule("en", "blame agent 2 your own fault");
  a.add_rule("ru", "blame agent 2 сами виноваты");
  a.add_rule("en", "nitpick agent 1 strasse");
  CHECK(fires(a, agent("That is YOUR OWN FAULT.")));
  CHECK(fires(a, agent("САМИ ВИНОВАТЫ, что тут скажешь.")));
  CHECK(fires(a, agent("It is Straße, not street.")));
}

TEST_CASE("Romanian comma and cedilla forms, and text without diacritics") {
  auto a = bare();
  a.add_rule("ro", "blame agent 2 (e | este) vina (dumneavoastră | ta)");
  a.add_rule("ro", "apology agent 2 ne cerem scuze");
  a.add_rule("ro", "threat client 2 protecția consumatorului");
  CHECK(fires(a, agent("E vina dumneavoastră.")));               // ă
  CHECK(fires(a, agent("Este vina dumneavoastra.")));            // typed without diacritics
  CHECK(fires(a, client("Merg la Protecţia Consumatorului!")));  // cedilla ţ (U+0163)
  CHECK(fires(a, client("Merg la Protecția Consumatorului!")));  // comma ț (U+021B)
  CHECK(fires(a, client("merg la protectia consumatorului")));
}

TEST_CASE("Polish typed without diacritics, and ł") {
  auto a = bare();
  a.add_rule("pl", "blame agent 2 sam pan sobie winien");
  a.add_rule("pl", "apology agent 2 przepraszam za (opóźnienie | kłopot)");
  CHECK(fires(a, agent("Sam pan sobie winien.")));
  CHECK(fires(a, agent("przepraszam za opoznienie")));
  CHECK(fires(a, agent("Przepraszam za kłopot.")));
  CHECK(fires(a, agent("przepraszam za klopot")));
}

TEST_CASE("Ukrainian apostrophes in every form, and ё/е") {
  auto a = bare();
  a.add_rule("uk", "put_in_place agent 2 не зобов'язана");
  a.add_rule("ru", "insult client 3 вы все ещё");
  for (const std::string text : {"Я не зобов'язана це слухати", "Я не зобов’язана це слухати",
                                 "Я не зобовʼязана це слухати", "Я не зобов`язана це слухати"}) {
    CAPTURE(text);
    CHECK(fires(a, agent(text)));
  }
  CHECK(fires(a, client("вы все ещё здесь")));
  CHECK(fires(a, client("вы все еще здесь")));
}

TEST_CASE("Latin look-alike letters inside Cyrillic words") {
  auto a = bare();
  a.add_rule("ru", "insult client 3 идиот*");
  CHECK(fires(a, client("Вы там совсем идиoты?")));  // Latin o
  CHECK(fires(a, client("ИДИOТЫ!")));                // Latin O, upper case
  CHECK(fires(a, client("идиоты")));
  CHECK_FALSE(fires(a, client("idiot")));  // an all-Latin word stays Latin
}

TEST_CASE("runs of spaces and punctuation do not break a phrase; sentence ends do") {
  auto a = bare();
  a.add_rule("en", "argue agent 2 that is not true");
  CHECK(fires(a, agent("That   is\tnot -- true")));
  CHECK(fires(a, agent("That is... hmm, not true")) == false);  // "..." ends the sentence
  CHECK_FALSE(fires(a, agent("That is. Not true.")));
}

TEST_CASE("byte spans point into the original text") {
  auto a = bare();
  a.add_rule("pl", "blame agent 2 pani wina");
  const std::string text = "No cóż, przykro mi, ale to PANI   WINA";
  const Turn t = agent(text);
  const auto report = a.analyze(std::span(&t, 1));
  REQUIRE(report.flags.size() == 1);
  CHECK(text.substr(report.flags[0].begin, report.flags[0].end - report.flags[0].begin) == "PANI   WINA");
  CHECK(report.flags[0].evidence == "PANI   WINA");
  CHECK(report.flags[0].lang == "pl");
}

TEST_CASE("invalid UTF-8 in a turn does not break the analyzer") {
  auto a = bare();
  a.add_rule("en", "blame agent 2 your fault");
  const Turn t = agent("it is \xFF\xFE your fault \xC3");
  const auto report = a.analyze(std::span(&t, 1));
  REQUIRE(report.flags.size() == 1);
  CHECK(report.flags[0].evidence == "your fault");
  CHECK(markers_in(a, {agent(std::string("\0your fault", 11))}) == std::vector<std::string>{"blame"});
}
