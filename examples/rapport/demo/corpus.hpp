#pragma once

// Synthetic customer-service conversations for `rapport demo`: a deterministic generator of
// realistic chats in English, Russian, Ukrainian, Polish and Romanian, in several tones, so that
// the demo database shows the analyzer finding what it should and staying quiet otherwise.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rapport_demo {

/// How a generated conversation goes.
enum class Tone {
  courteous,         ///< ordinary polite exchange, agent helpful (most conversations)
  empathetic,        ///< client upset, agent shows empathy, apologises, offers a concession
  agent_argues,      ///< agent argues, contradicts, takes the last word, nitpicks ("I win - you lose")
  agent_blames,      ///< agent blames the client, exposes their ignorance, superior tone, puts them in their place
  client_abusive,    ///< client insults the agent
  client_threatens,  ///< client threatens (lawyer, review, leaving, complaint to authorities)
  client_entitled,   ///< client demands special treatment ("I'm a VIP", "do you know who I am", demands the manager)
};

/// One turn.
struct Line {
  bool agent = false;  ///< true for the employee, false for the client
  std::string text;    ///< UTF-8 text of the turn
};

/// One generated conversation.
struct Conversation {
  std::string lang;             ///< "en", "ru", "uk", "pl" or "ro"
  std::string subject;          ///< a short subject line in the conversation's language
  std::vector<Line> lines;      ///< 4 to 10 turns, the client first
  Tone tone = Tone::courteous;  ///< the tone it was generated with
};

/// Deterministic generator: the same seed gives the same sequence on every machine (its own
/// splitmix64 PRNG, no standard-library distributions). Not thread-safe; use one per thread.
class Generator {
 public:
  /// A generator whose whole output is fixed by `seed`.
  explicit Generator(std::uint64_t seed);
  /// A conversation in `lang` ("en","ru","uk","pl","ro") with `tone`; 4 to 10 turns, client first.
  /// Throws std::invalid_argument for another language.
  Conversation conversation(std::string_view lang, Tone tone);
  /// A plausible full person name for the language (given + family name, correct gender forms for ru/uk/pl/ro).
  /// Throws std::invalid_argument for an unknown language.
  std::string person_name(std::string_view lang);
  /// A plausible company name for the language. Throws std::invalid_argument for an unknown language.
  std::string company_name(std::string_view lang);
  /// A uniform integer in [lo, hi] (lo when hi < lo).
  std::int64_t uniform(std::int64_t lo, std::int64_t hi);
  /// True with probability p.
  bool chance(double p);

 private:
  std::uint64_t next();
  std::uint64_t state_;
};

/// The five languages, in a fixed order.
const std::vector<std::string>& languages();

/// The tone's identifier, e.g. "agent_argues".
std::string_view to_string(Tone tone);

}  // namespace rapport_demo
