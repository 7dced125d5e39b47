// Structural detectors and talk metrics: what words alone cannot show.
#include <doctest/doctest.h>

#include "rapport/quality/analyzer.hpp"

using namespace rapport;
using namespace rapport::quality;

namespace {

Analyzer bare() { return Analyzer(AnalyzerConfig{.builtin_rules = false}); }

Turn timed(SpeakerRole role, std::string text, std::int64_t start, std::int64_t end) {
  return Turn{role, "", std::move(text), start, end};
}
Turn say(SpeakerRole role, std::string text) { return Turn{role, "", std::move(text), {}, {}}; }

std::vector<std::string> found(const QualityReport& r) {
  std::vector<std::string> out;
  for (const auto& f : r.flags)
    out.push_back(f.marker + "@" + std::to_string(f.turn) + ":" + std::string(to_string(f.side)));
  return out;
}

constexpr auto A = SpeakerRole::agent;
constexpr auto C = SpeakerRole::client;

}  // namespace

TEST_CASE("shouting: capitals beyond acronyms, with an exclamation or question mark") {
  const auto a = bare();
  CHECK(found(a.analyze(std::vector<Turn>{say(C, "WHERE IS MY ORDER??? I PAID THREE DAYS AGO")})) ==
        std::vector<std::string>{"shouting@0:client"});
  CHECK(found(a.analyze(std::vector<Turn>{say(C, "ДЕВУШКА, У МЕНЯ ТРЕТИЙ ДЕНЬ НЕТ ИНТЕРНЕТА!")})).size() == 1);
  CHECK(found(a.analyze(std::vector<Turn>{say(C, "I got an SMS asking for my PIN and the CVV code from the IBAN")}))
            .empty());
  CHECK(found(a.analyze(std::vector<Turn>{say(C, "OK")})).empty());
  CHECK(found(a.analyze(std::vector<Turn>{say(C, "Thanks!!! It works now!!!")})).empty());         // no capitals
  CHECK(found(a.analyze(std::vector<Turn>{say(C, "GIRLS. AND BOYS. CAN BE FRIENDS.")})).empty());  // emphasis, no cry
  // Shouting on the staff side is superiority of tone, not client conduct.
  CHECK(found(a.analyze(std::vector<Turn>{say(C, "Can I still order?"), say(A, "NO. THE KITCHEN CLOSED AT THREE.")})) ==
        std::vector<std::string>{"superior_tone@1:agent"});
  CHECK(found(a.analyze(std::vector<Turn>{say(A, "Great news!!! Your order shipped.")})).empty());
}

TEST_CASE("interrupting: overlapping timestamps or a cut-off turn; the interrupter is flagged") {
  const auto a = bare();
  const auto overlap = a.analyze(std::vector<Turn>{
      timed(C, "I ordered a size 38 and you sent a 40 and the box", 0, 6200), timed(A, "Order number?", 5400, 6800)});
  CHECK(found(overlap) == std::vector<std::string>{"interrupting@1:agent"});
  CHECK(overlap.flags[0].evidence == "starts 800 ms before the client finished");
  CHECK(overlap.metrics.agent.interruptions == 1);
  const auto cut = a.analyze(std::vector<Turn>{say(A, "Your tariff includes 10 gigabytes, and after that--"),
                                               say(C, "I don't want a lecture.")});
  CHECK(found(cut) == std::vector<std::string>{"interrupting@1:client"});
  // A small overlap (back-channel, clock skew) is not an interruption.
  CHECK(found(a.analyze(
                  std::vector<Turn>{timed(C, "My card is blocked.", 0, 3000), timed(A, "Let me look.", 2900, 4000)}))
            .empty());
}

TEST_CASE("monologue: far above the conversation's norm, by time or by words") {
  const auto a = bare();
  const auto by_time = a.analyze(std::vector<Turn>{timed(C, "How do I set up the router?", 0, 2500),
                                                   timed(A, "Right, so first ...", 3000, 86000),
                                                   timed(C, "Wait, which cable?", 86500, 88500)});
  CHECK(found(by_time) == std::vector<std::string>{"monologue@1:agent"});
  CHECK(by_time.metrics.agent.longest_monologue_ms == 83000);
  std::string long_text;
  for (int i = 0; i < 120; ++i) long_text += "word ";
  const auto by_words = a.analyze(
      std::vector<Turn>{say(A, "Hello, how can I help?"), say(C, long_text), say(A, "I understand."), say(C, "Yes.")});
  CHECK(found(by_words) == std::vector<std::string>{"monologue@1:client"});
  // A long turn in a conversation of long turns is the norm, not a monologue.
  CHECK(found(a.analyze(std::vector<Turn>{say(A, long_text), say(C, long_text), say(A, long_text)})).empty());
}

TEST_CASE("last_word needs the client to give up and the agent to press on") {
  auto a = bare();
  a.load_rules_text("en", "give_up client 1 (fine | ok) whatever\ngratitude agent 1 thank you\n", "t");
  CHECK(found(a.analyze(
            std::vector<Turn>{say(C, "Fine, whatever."), say(A, "Just so we're clear, the fee was right.")})) ==
        std::vector<std::string>{"last_word@1:agent"});
  CHECK(found(a.analyze(
            std::vector<Turn>{say(C, "Fine, whatever."), say(A, "Thank you for calling, have a good day.")})) ==
        std::vector<std::string>{"gratitude@1:agent"});
  CHECK(found(a.analyze(
                  std::vector<Turn>{say(C, "Is the fee right?"), say(A, "Just so we're clear, the fee was right.")}))
            .empty());
}

TEST_CASE("not_listening: the same demand again after the agent answered") {
  const auto a = bare();
  const auto r = a.analyze(
      std::vector<Turn>{say(C, "I need a full refund in cash."), say(A, "Card payments are refunded to the card."),
                        say(C, "I need a refund in cash."), say(A, "It has to go back to the card."),
                        say(C, "Cash. A full refund in cash, now.")});
  CHECK(found(r) == std::vector<std::string>{"not_listening@2:client", "not_listening@4:client"});
  // Repeating without an answer in between is not ignoring an answer.
  CHECK(found(a.analyze(std::vector<Turn>{say(C, "I need a refund in cash."), say(C, "I need a refund in cash.")}))
            .empty());
  // Different demands that share small words do not count.
  CHECK(found(a.analyze(std::vector<Turn>{say(C, "I need a new receipt."), say(A, "Sent."),
                                          say(C, "I need a new password.")}))
            .empty());
}

TEST_CASE("talk metrics: share by time or words, questions, response gap") {
  const auto a = bare();
  const auto t =
      a.analyze(std::vector<Turn>{timed(C, "Is it open? Today?", 0, 2000), timed(A, "Yes.", 3000, 4000),
                                  timed(C, "Thanks.", 4500, 5000), timed(A, "Bye now, take care.", 7500, 9500)});
  CHECK(t.metrics.timed);
  CHECK(t.metrics.client.talk_ms == 2500);
  CHECK(t.metrics.agent.talk_ms == 3000);
  CHECK(t.metrics.agent.talk_share == doctest::Approx(3000.0 / 5500.0));
  CHECK(t.metrics.client.questions == 2);
  CHECK(t.metrics.agent_response_ms == 1750);
  CHECK(t.metrics.agent_max_response_ms == 2500);
  const auto w = a.analyze(std::vector<Turn>{say(C, "one two three"), say(A, "one")});
  CHECK_FALSE(w.metrics.timed);
  CHECK(w.metrics.client.talk_share == doctest::Approx(0.75));
  CHECK_FALSE(w.metrics.agent_response_ms.has_value());
}
