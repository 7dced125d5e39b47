#pragma once

// The phrase tables behind rapport_demo::Generator, one per language (corpus_<lang>.cpp). Internal
// to the demo: corpus.cpp assembles conversations from these pieces.
//
// Templates may contain slots, filled once per conversation so that numbers stay consistent:
//   {order} {case} {last4}    order number, case number, last four digits of a card or phone
//   {amount} {fee} {percent}  a price, a small charge, a discount percentage (without the % sign)
//   {date} {date2}            a date, and a later one (a promised delivery, a renewal, the end of access)
//   {days} {months}           a number of days / months with the noun in the right form
//   {product} {product_acc} {product_gen} {product_loc}
//                             the product's forms (see Product)
//   {g:m|f|n}                 the alternative agreeing with the product's gender
//   {c:m|f} {a:m|f}           the alternative agreeing with the client's / the agent's gender
#include <array>
#include <string_view>
#include <vector>

namespace rapport_demo::detail {

/// A list of alternative phrasings; one is picked at random.
using Pool = std::vector<std::string_view>;

/// A product name in the forms the templates need, and its grammatical gender.
struct Product {
  std::string_view base;  ///< en, ru, uk, pl: nominative; ro: bare noun ("aspirator")
  std::string_view acc;   ///< ru, uk, pl: accusative; ro: definite ("aspiratorul"); en: as base
  std::string_view gen;   ///< ru, uk, pl: genitive; ro: definite genitive-dative ("aspiratorului"); en: as base
  std::string_view loc;   ///< ru, uk, pl: prepositional/locative; ro: with the indefinite article; en: as base
  int gender = 0;         ///< 0 masculine, 1 feminine, 2 neuter: index into {g:...}
};

/// One side's line and the other side's possible replies to it.
struct Exchange {
  std::string_view opener;  ///< what is said first
  Pool replies;             ///< the possible replies
};

/// A client's first message, with what the agent can answer to that message in particular.
struct Opening {
  std::string_view text;  ///< the client's message
  Pool facts = {};        ///< the agent's contrary version of events, neutral on its own; empty for a plain request
  Pool fixes = {};        ///< solutions that fit only this message; when empty, the scenario's fixes apply
};

/// One kind of problem a client writes about.
struct Scenario {
  Pool subjects;                    ///< subject lines
  std::vector<Opening> openings;    ///< the client's first message, calm: claims (with facts) and requests
  std::vector<Opening> upset;       ///< the client's first message, upset (no insults, no threats)
  Pool asks;                        ///< the agent asks for the order or account
  Pool details;                     ///< the client's answer to `asks`
  Pool fixes;                       ///< the agent solves it (neutral: no thanks, no apology); fits every opening
  Pool blames;                      ///< the agent blames the client for this problem
  std::vector<Exchange> followups;  ///< the client's questions about this problem, the agent's neutral answers
};

/// Everything one language needs.
struct LanguageData {
  // People and companies. Family names are "masculine|feminine" or one invariant form.
  Pool male_given;        ///< male given names
  Pool female_given;      ///< female given names
  Pool family;            ///< family names
  Pool company_roots;     ///< the distinctive part of a company name
  Pool company_patterns;  ///< "{root}" and "{family}" placed in a legal or trade form

  // Slot material.
  std::vector<Product> products;                ///< products a shop sells
  std::array<std::string_view, 12> months;      ///< month names as used after a day number
  std::array<std::string_view, 3> day_forms;    ///< "day" for 1, for 2-4 (few), for 5+ (many)
  std::array<std::string_view, 3> month_forms;  ///< "month" likewise

  std::vector<Scenario> scenarios;  ///< the problems

  // Ordinary conversation.
  Pool client_hello;      ///< greeting before the client's first message (may be empty)
  Pool agent_hello_warm;  ///< the agent greets and thanks
  Pool agent_hello_cold;  ///< the agent greets without warmth (no positive marker)
  std::vector<Exchange>
      confirmations;                ///< the agent asks to confirm the account (the order is known), the client answers
  Pool check_warm;                  ///< the agent thanks and starts checking
  Pool check_cold;                  ///< the agent starts checking
  std::vector<Exchange> followups;  ///< the client's general questions, the agent's neutral answers
  Pool client_thanks;               ///< the client thanks and closes
  Pool client_ok;                   ///< the client closes without thanks and without giving up
  Pool agent_welcome;               ///< the agent's answer to thanks ("You're welcome!")
  Pool agent_close_warm;            ///< the agent closes with thanks (after `agent_welcome` or on its own)
  Pool agent_close_cold;            ///< the agent closes without warmth

  // Empathetic conversations.
  Pool upset_more;                          ///< the client adds how they feel
  Pool empathy;                             ///< the agent shows empathy and apologises
  Pool concessions;                         ///< the agent gives something the business can afford
  std::vector<Exchange> worried_followups;  ///< an anxious client's question, reassuring answers
  Pool calm_thanks;                         ///< the calmed client thanks

  // The agent argues.
  Pool argue;                       ///< contradiction, followed by a scenario fact
  std::vector<Exchange> pushbacks;  ///< the client disputes the agent's version (calmly); nitpicking replies
  Pool give_up;                     ///< the client gives up
  Pool last_word;                   ///< the agent's rebuttal after the client gave up

  // The agent blames.
  Pool blame;         ///< general blame
  Pool expose;        ///< the agent stresses what the client does not know
  Pool put_in_place;  ///< the agent puts the client in their place
  Pool sigh;          ///< a tone annotation such as "[sighs]"

  // Difficult clients.
  Pool insults;              ///< the client insults the agent
  Pool abuse_replies;        ///< the agent stays professional
  Pool threats;              ///< the client threatens
  Pool threat_replies;       ///< the agent stays professional
  Pool entitlement;          ///< the client demands special treatment
  Pool entitlement_replies;  ///< the agent stays professional
  Pool curt_close;           ///< a difficult client's last word, without abuse
};

/// English phrases.
const LanguageData& english();
/// Russian phrases.
const LanguageData& russian();
/// Ukrainian phrases.
const LanguageData& ukrainian();
/// Polish phrases.
const LanguageData& polish();
/// Romanian phrases.
const LanguageData& romanian();

}  // namespace rapport_demo::detail
