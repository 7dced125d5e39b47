// The shipped lexicons on the hard cases of the contract, in every language.
// Sentences are the project's own (the labelled data sets stay in ../shared).
#include <doctest/doctest.h>

#include <map>
#include <set>

#include "rapport/quality/analyzer.hpp"

using namespace rapport;
using namespace rapport::quality;

namespace {

const Analyzer& analyzer() {
  static const Analyzer a;
  return a;
}

std::set<std::string> markers(std::vector<Turn> turns) {
  std::set<std::string> out;
  for (const auto& f : analyzer().analyze(turns).flags) out.insert(f.marker);
  return out;
}

std::set<std::string> agent_says(const std::string& text) {
  return markers({Turn{SpeakerRole::client, "", "Hello.", {}, {}}, Turn{SpeakerRole::agent, "", text, {}, {}}});
}

std::set<std::string> client_says(const std::string& text) {
  return markers({Turn{SpeakerRole::client, "", text, {}, {}}});
}

using Set = std::set<std::string>;

}  // namespace

TEST_CASE("every built-in language is loaded") {
  CHECK(analyzer().rule_count() > 1000);
  for (const char* lang : {"en", "ru", "uk", "pl", "ro"}) {
    CAPTURE(lang);
    bool found = false;
    // A language is loaded when at least one of its rules fires on a plain apology.
    const std::map<std::string, std::string> sorry = {{"en", "I'm so sorry for the trouble."},
                                                      {"ru", "Простите за неудобства."},
                                                      {"uk", "Вибачте за незручності."},
                                                      {"pl", "Przepraszam za kłopot."},
                                                      {"ro", "Ne cerem scuze pentru neplăcere."}};
    const std::vector<Turn> turns = {Turn{SpeakerRole::agent, "", sorry.at(lang), {}, {}}};
    for (const auto& f : analyzer().analyze(turns).flags) {
      found |= f.marker == "apology" && f.lang == lang;
    }
    CHECK(found);
  }
}

TEST_CASE("negation: not saying it is the client's fault is not blame") {
  CHECK(agent_says("It is your own fault, you know.").contains("blame"));
  CHECK_FALSE(agent_says("I'm not saying it's your fault, the charge comes from roaming.").contains("blame"));
  CHECK(agent_says("Вы сами виноваты.").contains("blame"));
  CHECK_FALSE(agent_says("Я не говорю, что вы сами виноваты, просто так сработала система.").contains("blame"));
  CHECK_FALSE(agent_says("Я не кажу, що це ваша провина, просто так спрацювала система.").contains("blame"));
}

TEST_CASE("quotation: reporting what others said is not one's own behaviour") {
  CHECK(client_says("Вы хамы!").contains("insult"));
  CHECK_FALSE(client_says("Муж говорит, что у вас «одни хамы работают», но я просто хочу перенести запись.")
                  .contains("insult"));
  CHECK_FALSE(
      client_says("The courier wrote \"you idiots were not at home\" on the card, I was home.").contains("insult"));
}

TEST_CASE("whose turn: the client saying 'you are wrong' is not staff arguing") {
  CHECK(agent_says("No, you're wrong, that is not how it works.").contains("argue"));
  CHECK_FALSE(markers({Turn{SpeakerRole::client, "", "You're wrong, I paid on the 3rd.", {}, {}},
                       Turn{SpeakerRole::agent, "", "Let me check that for you.", {}, {}}})
                  .contains("argue"));
  CHECK_FALSE(client_says("Вы не правы, я платила третьего числа.").contains("argue"));
}

TEST_CASE("inflection: gender, number and case forms") {
  for (const char* text : {"Сам виноват.", "Сама виновата.", "Сами виноваты."}) {
    CAPTURE(text);
    CHECK(agent_says(text).contains("blame"));
  }
  for (const char* text : {"Ти сам винен.", "Ви самі винні."}) {
    CAPTURE(text);
    CHECK(agent_says(text).contains("blame"));
  }
}

TEST_CASE("spelling: diacritics, apostrophes, look-alikes, case and spacing") {
  CHECK(client_says("Sunteţi nişte idioţi!").contains("insult"));  // cedilla
  CHECK(client_says("Sunteți niște idioți!").contains("insult"));  // comma below
  CHECK(client_says("sunteti niste idioti").contains("insult"));   // none
  CHECK(client_says("Вы там совсем идиoты?").contains("insult"));  // Latin o
  CHECK(agent_says("ДА ВЫ САМИ   ВИНОВАТЫ").contains("blame"));
}

TEST_CASE("positive and negative in one turn") {
  const auto en = agent_says("Sorry, but you should have read the terms before you ordered.");
  CHECK(en.contains("apology"));
  CHECK(en.contains("blame"));
  const auto ru = agent_says("Извините, но надо было читать условия договора.");
  CHECK(ru.contains("apology"));
  CHECK(ru.contains("blame"));
}

TEST_CASE("the client gives up and the agent still has to win") {
  const auto r = markers({Turn{SpeakerRole::client, "", "Why was I charged twice?", {}, {}},
                          Turn{SpeakerRole::agent, "", "One charge is a pre-authorisation.", {}, {}},
                          Turn{SpeakerRole::client, "", "Fine, whatever. Forget it.", {}, {}},
                          Turn{SpeakerRole::agent, "", "Just so we're clear, nothing was charged twice.", {}, {}}});
  CHECK(r.contains("last_word"));
}

TEST_CASE("giving up and the last word in Russian, Ukrainian and Romanian") {
  for (const auto& [gives_up, rebuttal] : std::vector<std::pair<std::string, std::string>>{
           {"Ну и ладно, проехали.", "Тем не менее, тариф на сайте указан верно."},
           {"Гаразд, як скажете.", "Але тариф на сайті вказаний правильно."},
           {"Bine, las-o baltă.", "Totuși, tariful de pe site este corect."}}) {
    CAPTURE(gives_up);
    const auto r =
        markers({Turn{SpeakerRole::client, "", "Почему так дорого? / Чому так дорого? / De ce așa scump?", {}, {}},
                 Turn{SpeakerRole::agent, "", "Так указано в тарифе.", {}, {}},
                 Turn{SpeakerRole::client, "", gives_up, {}, {}}, Turn{SpeakerRole::agent, "", rebuttal, {}, {}}});
    CHECK(r.contains("last_word"));
  }
}

TEST_CASE("an ordinary goodbye is not giving up, so the agent's goodbye is not the last word") {
  for (const auto& [bye, reply] :
       std::vector<std::pair<std::string, std::string>>{{"Bine, la revedere.", "Vă mulțumim, o zi bună!"},
                                                        {"OK, thanks, bye.", "Thank you for calling, have a nice day!"},
                                                        {"Dobrze, do widzenia.", "Dziękuję, miłego dnia!"}}) {
    CAPTURE(bye);
    const auto r = markers({Turn{SpeakerRole::client, "", "Where is my parcel?", {}, {}},
                            Turn{SpeakerRole::agent, "", "It arrives tomorrow.", {}, {}},
                            Turn{SpeakerRole::client, "", bye, {}, {}}, Turn{SpeakerRole::agent, "", reply, {}, {}}});
    CHECK_FALSE(r.contains("last_word"));
  }
}

TEST_CASE("'do you know who I am' in Ukrainian and Polish; disagreeing 'with you' in Ukrainian") {
  CHECK(client_says("Ви взагалі знаєте, хто я такий?").contains("entitlement"));
  CHECK(client_says("Czy wie Pan, kim ja jestem?").contains("entitlement"));
  CHECK(client_says("Wiesz, z kim rozmawiasz?").contains("entitlement"));
  CHECK_FALSE(client_says("Nie wiem, kim jest ten kurier.").contains("entitlement"));
  CHECK(agent_says("Я з вами не згоден, тариф правильний.").contains("argue"));
}

TEST_CASE("blame in its everyday forms: should have, damaged it yourself, had to check") {
  CHECK(agent_says("You should have refused the delivery if the box was open.").contains("blame"));
  CHECK_FALSE(agent_says("You should have received a confirmation email by now.").contains("blame"));
  CHECK(agent_says("Вы сами повредили корпус при установке.").contains("blame"));
  CHECK(agent_says("Треба було перевірити посилку при кур'єрі.").contains("blame"));
  CHECK(agent_says("Trzeba było używać oryginalnej ładowarki.").contains("blame"));
  CHECK(agent_says("To Pani wina, nie nasza.").contains("blame"));
  CHECK_FALSE(agent_says("Nie mówię, że to Pani wina.").contains("blame"));
  CHECK(client_says("Chcę nowy telefon na Państwa koszt!").contains("entitlement"));
}
