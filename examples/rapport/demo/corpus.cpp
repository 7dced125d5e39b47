#include "corpus.hpp"

#include <algorithm>
#include <initializer_list>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "corpus_data.hpp"

namespace rapport_demo {
namespace {

using detail::Exchange;
using detail::LanguageData;
using detail::Opening;
using detail::Pool;
using detail::Product;
using detail::Scenario;

const LanguageData& data_for(std::string_view lang) {
  if (lang == "en") return detail::english();
  if (lang == "ru") return detail::russian();
  if (lang == "uk") return detail::ukrainian();
  if (lang == "pl") return detail::polish();
  if (lang == "ro") return detail::romanian();
  throw std::invalid_argument("language '" + std::string(lang) + "' is not one of en, ru, uk, pl, ro");
}

// Digits grouped by three from the right, as each language writes prices.
std::string group_thousands(std::int64_t n, std::string_view separator) {
  std::string digits = std::to_string(n);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += separator;
    out += digits[i];
  }
  return out;
}

std::string two_digits(std::int64_t n) { return (n < 10 ? "0" : "") + std::to_string(n); }

// Which of the three noun forms (one, few, many) follows the number n.
std::size_t plural_form(std::string_view lang, std::int64_t n) {
  const std::int64_t last = n % 10, last_two = n % 100;
  const bool teen = last_two >= 12 && last_two <= 14;
  if (lang == "ru" || lang == "uk") {
    if (last == 1 && last_two != 11) return 0;
    return (last >= 2 && last <= 4 && !teen) ? 1 : 2;
  }
  if (lang == "pl") {
    if (n == 1) return 0;
    return (last >= 2 && last <= 4 && !teen) ? 1 : 2;
  }
  if (lang == "ro") {
    if (n == 1) return 0;
    return (n == 0 || last_two >= 20) ? 2 : 1;  // "20 de zile", "5 zile"
  }
  return n == 1 ? 0 : 2;
}

// The values one conversation's templates share: an order keeps its number from the first turn to the last.
struct Slots {
  const Product* product = nullptr;
  int client_gender = 0;
  int agent_gender = 0;
  std::string order, case_no, last4, amount, fee, percent, date, date2, days, months;
};

// Picks the alternative of "{x:a|b|c}" at `index`; the first when there are fewer alternatives
// (Romanian neuter nouns agree like masculine ones in the singular).
std::string_view alternative(std::string_view options, int index) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (true) {
    const std::size_t bar = options.find('|', start);
    parts.push_back(options.substr(start, bar == std::string_view::npos ? std::string_view::npos : bar - start));
    if (bar == std::string_view::npos) break;
    start = bar + 1;
  }
  const auto i = static_cast<std::size_t>(index);
  return i < parts.size() ? parts[i] : parts.front();
}

std::string expand(std::string_view tpl, const Slots& s) {
  std::string out;
  out.reserve(tpl.size() + 32);
  std::size_t pos = 0;
  while (pos < tpl.size()) {
    const std::size_t open = tpl.find('{', pos);
    if (open == std::string_view::npos) {
      out += tpl.substr(pos);
      break;
    }
    out += tpl.substr(pos, open - pos);
    const std::size_t close = tpl.find('}', open);
    if (close == std::string_view::npos) throw std::logic_error("unclosed slot in template: " + std::string(tpl));
    const std::string_view name = tpl.substr(open + 1, close - open - 1);
    if (name.size() > 2 && name[1] == ':') {
      // {g:...} agrees with the product, {c:...} with the client, {a:...} with the agent.
      if (name[0] != 'g' && name[0] != 'c' && name[0] != 'a') {
        throw std::logic_error("unknown selector in template: " + std::string(tpl));
      }
      const int index = name[0] == 'g' ? s.product->gender : name[0] == 'c' ? s.client_gender : s.agent_gender;
      out += alternative(name.substr(2), index);
    } else if (name == "order") {
      out += s.order;
    } else if (name == "case") {
      out += s.case_no;
    } else if (name == "last4") {
      out += s.last4;
    } else if (name == "amount") {
      out += s.amount;
    } else if (name == "fee") {
      out += s.fee;
    } else if (name == "percent") {
      out += s.percent;
    } else if (name == "date") {
      out += s.date;
    } else if (name == "date2") {
      out += s.date2;
    } else if (name == "days") {
      out += s.days;
    } else if (name == "months") {
      out += s.months;
    } else if (name == "product") {
      out += s.product->base;
    } else if (name == "product_acc") {
      out += s.product->acc;
    } else if (name == "product_gen") {
      out += s.product->gen;
    } else if (name == "product_loc") {
      out += s.product->loc;
    } else {
      throw std::logic_error("unknown slot {" + std::string(name) + "} in template: " + std::string(tpl));
    }
    pos = close + 1;
  }
  return out;
}

// Joins sentences with one space, skipping empty pieces (an empty greeting, an omitted remark).
std::string join(std::initializer_list<std::string> parts) {
  std::string out;
  for (const auto& p : parts) {
    if (p.empty()) continue;
    if (!out.empty()) out += ' ';
    out += p;
  }
  return out;
}

// Assembles one conversation. Each tone is a short plan of turns; `pairs` (2 to 5 client-agent
// exchanges) decides how many optional middle exchanges it gets, so lengths vary from 4 to 10 turns.
class Builder {
 public:
  Builder(Generator& gen, const LanguageData& data, std::string_view lang, Tone tone)
      : gen_(gen), data_(data), scenario_(data.scenarios[index(data.scenarios.size())]) {
    slots_.product = &data.products[index(data.products.size())];
    slots_.client_gender = static_cast<int>(gen_.uniform(0, 1));
    slots_.agent_gender = static_cast<int>(gen_.uniform(0, 1));
    slots_.order = std::to_string(gen_.uniform(100000, 9999999));
    // One draw per statement: the operands of `+` may be evaluated in either order, and a different
    // order of draws would give different conversations on different compilers.
    const std::int64_t case_head = gen_.uniform(10000, 99999);
    slots_.case_no = std::to_string(case_head) + "-" + std::to_string(gen_.uniform(10, 99));
    slots_.last4 = std::to_string(gen_.uniform(1000, 9999));
    slots_.percent = std::to_string(gen_.uniform(2, 5) * 5);
    make_money(lang);
    // The later date falls 5 to 25 days after the first; every month is treated as 28 days long so
    // that no impossible date (30 February) can appear.
    const auto month = gen_.uniform(0, 11), day = gen_.uniform(1, 28), later = day + gen_.uniform(5, 25);
    slots_.date = format_date(lang, month, day);
    slots_.date2 = later <= 28 ? format_date(lang, month, later) : format_date(lang, (month + 1) % 12, later - 28);
    const std::int64_t days = gen_.uniform(2, 10), months = gen_.uniform(2, 11);
    slots_.days = std::to_string(days) + " " + std::string(data.day_forms[plural_form(lang, days)]);
    slots_.months = std::to_string(months) + " " + std::string(data.month_forms[plural_form(lang, months)]);
    conversation_.lang = std::string(lang);
    conversation_.tone = tone;
    conversation_.subject = text(scenario_.subjects);
  }

  Conversation build() {
    const auto pairs = static_cast<int>(gen_.uniform(2, 5));
    switch (conversation_.tone) {
      case Tone::courteous:
        courteous(pairs);
        break;
      case Tone::empathetic:
        empathetic(pairs);
        break;
      case Tone::agent_argues:
        agent_argues(pairs);
        break;
      case Tone::agent_blames:
        agent_blames(pairs);
        break;
      case Tone::client_abusive:
        difficult_client(pairs, data_.insults, data_.abuse_replies);
        break;
      case Tone::client_threatens:
        difficult_client(pairs, data_.threats, data_.threat_replies);
        break;
      case Tone::client_entitled:
        difficult_client(pairs, data_.entitlement, data_.entitlement_replies);
        break;
    }
    return std::move(conversation_);
  }

 private:
  std::size_t index(std::size_t size) {
    return static_cast<std::size_t>(gen_.uniform(0, static_cast<std::int64_t>(size) - 1));
  }
  std::string_view pick(const Pool& pool) { return pool[index(pool.size())]; }
  const Exchange& pick(const std::vector<Exchange>& exchanges) { return exchanges[index(exchanges.size())]; }
  std::string text(const Pool& pool) { return expand(pick(pool), slots_); }
  std::string text(std::string_view tpl) { return expand(tpl, slots_); }
  void client(std::string s) { conversation_.lines.push_back(Line{false, std::move(s)}); }
  void agent(std::string s) { conversation_.lines.push_back(Line{true, std::move(s)}); }

  std::string format_date(std::string_view lang, std::int64_t month, std::int64_t day) const {
    const std::string_view name = data_.months[static_cast<std::size_t>(month)];
    return lang == "en" ? std::string(name) + " " + std::to_string(day) : std::to_string(day) + " " + std::string(name);
  }

  // Two picks from one pool that are never the same phrase.
  std::pair<std::string, std::string> two_texts(const Pool& pool) {
    const std::size_t a = index(pool.size());
    std::size_t b = index(pool.size() - 1);
    if (b >= a) ++b;
    return {text(pool[a]), text(pool[b % pool.size()])};
  }

  // Prices as shops write them in each country. Every statement draws at most once (see above).
  void make_money(std::string_view lang) {
    if (lang == "en") {
      static constexpr std::int64_t cents[] = {99, 0, 49, 95};
      const std::int64_t dollars = gen_.uniform(39, 899);
      slots_.amount = "$" + group_thousands(dollars, ",") + "." + two_digits(cents[index(4)]);
      slots_.fee = "$" + std::to_string(gen_.uniform(4, 29)) + ".99";
    } else if (lang == "ru") {
      slots_.amount = group_thousands(gen_.uniform(20, 600) * 100 - 10, " ") + " ₽";
      slots_.fee = std::to_string(gen_.uniform(19, 99) * 10) + " ₽";
    } else if (lang == "uk") {
      slots_.amount = group_thousands(gen_.uniform(8, 250) * 100 - 1, " ") + " грн";
      slots_.fee = std::to_string(gen_.uniform(5, 30) * 10) + " грн";
    } else if (lang == "pl") {
      const std::int64_t zloty = gen_.uniform(99, 3499);
      slots_.amount = group_thousands(zloty, " ") + (gen_.chance(0.7) ? ",99" : ",00") + " zł";
      slots_.fee = std::to_string(gen_.uniform(9, 39)) + ",99 zł";
    } else {
      slots_.amount = group_thousands(gen_.uniform(15, 400) * 10 - 1, ".") + " lei";
      slots_.fee = std::to_string(gen_.uniform(15, 60)) + " lei";
    }
  }

  // Chooses the client's first message and returns its text. With `claims_only`, only messages the
  // agent can dispute (those with facts): nobody can sensibly be told "you're wrong" for a request.
  std::string open(const std::vector<Opening>& list, bool claims_only) {
    std::vector<const Opening*> eligible;
    for (const auto& o : list) {
      if (!claims_only || !o.facts.empty()) eligible.push_back(&o);
    }
    opening_ = eligible[index(eligible.size())];
    return text(opening_->text);
  }

  // The agent's solution: one written for this opening, else one that fits the whole scenario.
  std::string fix() { return text(opening_->fixes.empty() ? scenario_.fixes : opening_->fixes); }
  // The agent's contrary version of what the client claimed (only for openings with facts).
  std::string fact() { return text(opening_->facts); }

  // The client's first message names the order, or the agent has to ask for it.
  bool names_order() const { return opening_->text.find("{order}") != std::string_view::npos; }

  // The agent asks for what is missing, the client answers: one exchange.
  std::pair<std::string, std::string> ask_and_answer(bool order_known) {
    if (order_known) {
      const Exchange& e = pick(data_.confirmations);
      return {text(e.opener), text(e.replies)};
    }
    return {text(scenario_.asks), text(scenario_.details)};
  }

  // k distinct follow-up questions, from the scenario's and the general ones.
  std::vector<const Exchange*> followups(std::size_t k) {
    std::vector<const Exchange*> all;
    for (const auto& f : scenario_.followups) all.push_back(&f);
    for (const auto& f : data_.followups) all.push_back(&f);
    for (std::size_t i = all.size(); i > 1; --i) std::swap(all[i - 1], all[index(i)]);  // Fisher-Yates
    all.resize(std::min(k, all.size()));
    return all;
  }

  void ask_followup(const Exchange& f) {
    client(text(f.opener));
    agent(text(f.replies));
  }

  // The closing exchange; sometimes the client has the last turn (then the plan has at least 5 turns).
  // "You're welcome" only answers thanks, so it is added only when the client thanked.
  void close(const Pool& client_pool, const Pool& agent_pool, int pairs, bool thanked = false) {
    client(text(client_pool));
    if (pairs >= 3 && gen_.chance(0.2)) return;
    agent(thanked ? join({text(data_.agent_welcome), text(agent_pool)}) : text(agent_pool));
  }

  void courteous(int pairs) {
    client(join({text(data_.client_hello), open(scenario_.openings, false)}));
    if (pairs == 2) {
      agent(join({text(data_.agent_hello_warm), fix()}));
    } else {
      const auto [ask, answer] = ask_and_answer(names_order());
      agent(join({text(data_.agent_hello_warm), ask}));
      client(answer);
      agent(join({text(data_.check_warm), fix()}));
      for (const Exchange* f : followups(static_cast<std::size_t>(pairs - 3))) ask_followup(*f);
    }
    close(data_.client_thanks, data_.agent_close_warm, pairs, true);
  }

  void empathetic(int pairs) {
    client(join({text(data_.client_hello), open(scenario_.upset, false)}));
    if (pairs == 2) {
      agent(join({text(data_.empathy), fix(), text(data_.concessions)}));
    } else {
      const auto [ask, answer] = ask_and_answer(names_order());
      agent(join({text(data_.empathy), ask}));
      client(join({answer, gen_.chance(0.6) ? text(data_.upset_more) : std::string()}));
      agent(join({text(data_.check_cold), fix(), text(data_.concessions)}));
      int middle = pairs - 3;
      if (middle > 0 && gen_.chance(0.7)) {
        ask_followup(data_.worried_followups[index(data_.worried_followups.size())]);
        --middle;
      }
      for (const Exchange* f : followups(static_cast<std::size_t>(middle))) ask_followup(*f);
    }
    close(data_.calm_thanks, data_.agent_close_warm, pairs, true);
  }

  // The agent contradicts the client's claim (argue), corrects trifles in the client's objection
  // (nitpick) and insists after the client gives up (last_word); the rest of its turns are cold but
  // not hostile, and never warm, so the stance stays adversarial. At most two turns carry the behaviour.
  void agent_argues(int pairs) {
    client(join({text(data_.client_hello), open(scenario_.openings, true)}));
    const std::string contradiction = join({text(data_.argue), fact()});
    int adversarial = 1;
    if (pairs == 2) {
      agent(join({text(data_.agent_hello_cold), contradiction}));
    } else {
      const auto [ask, answer] = ask_and_answer(names_order());
      agent(join({text(data_.agent_hello_cold), ask}));
      client(answer);
      agent(join({text(data_.check_cold), contradiction}));
      int middle = pairs - 3;
      if (middle > 0) {
        const Exchange& objection = pick(data_.pushbacks);
        client(text(objection.opener));
        if (gen_.chance(0.5)) {
          agent(join({text(objection.replies), fix()}));
          ++adversarial;
        } else {
          agent(fix());
        }
        --middle;
      }
      for (const Exchange* f : followups(static_cast<std::size_t>(middle))) ask_followup(*f);
    }
    if (adversarial < 2 && gen_.chance(0.65)) {
      client(text(data_.give_up));
      agent(text(data_.last_word));
    } else if (pairs == 2) {
      const Exchange& objection = pick(data_.pushbacks);
      client(text(objection.opener));
      agent(gen_.chance(0.5) ? text(objection.replies) : fix());
    } else {
      close(data_.client_ok, data_.agent_close_cold, pairs);
    }
  }

  // The agent blames the client, stresses what they do not know, puts them in their place, sighs.
  void agent_blames(int pairs) {
    client(join({text(data_.client_hello), open(scenario_.openings, true)}));
    const std::string sigh = gen_.chance(0.3) ? text(data_.sigh) : std::string();
    const std::string blame = gen_.chance(0.6) ? text(scenario_.blames) : text(data_.blame);
    if (pairs == 2) {
      agent(join({text(data_.agent_hello_cold), sigh, blame}));
      client(text(pick(data_.pushbacks).opener));
      agent(gen_.chance(0.5) ? join({text(data_.expose), fix()}) : fix());
      return;
    }
    const auto [ask, answer] = ask_and_answer(names_order());
    agent(join({text(data_.agent_hello_cold), ask}));
    client(answer);
    const bool fixed = gen_.chance(0.5);
    agent(join({text(data_.check_cold), sigh, blame, fixed ? fix() : std::string()}));
    int middle = pairs - 3;
    if (middle > 0) {
      // Once the problem is solved the agent does not solve it again, it only insists on its version.
      client(text(pick(data_.pushbacks).opener));
      const std::string rest = fixed ? fact() : fix();
      if (gen_.chance(0.6)) {
        const Pool& pool = gen_.chance(0.5) ? data_.put_in_place : data_.expose;
        agent(join({text(pool), rest}));
      } else {
        agent(rest);
      }
      --middle;
    }
    for (const Exchange* f : followups(static_cast<std::size_t>(middle))) ask_followup(*f);
    close(data_.client_ok, data_.agent_close_cold, pairs);
  }

  // Insults, threats or entitlement in one or two client turns; the agent stays professional.
  void difficult_client(int pairs, const Pool& behaviour, const Pool& replies) {
    const std::string problem = open(gen_.chance(0.7) ? scenario_.upset : scenario_.openings, false);
    const auto [first, second] = two_texts(behaviour);
    const auto [reply, second_reply] = two_texts(replies);
    if (pairs == 2) {
      client(join({text(data_.client_hello), problem, first}));
      agent(join({reply, fix()}));
      close(data_.curt_close, data_.agent_close_warm, pairs);
      return;
    }
    client(join({text(data_.client_hello), problem}));
    const auto [ask, answer] = ask_and_answer(names_order());
    agent(join({text(data_.agent_hello_warm), ask}));
    client(join({answer, first}));
    agent(join({reply, text(data_.check_cold), fix()}));
    bool repeated = false;
    for (const Exchange* f : followups(static_cast<std::size_t>(pairs - 3))) {
      const bool again = !repeated && gen_.chance(0.5);
      client(join({again ? second : std::string(), text(f->opener)}));
      agent(join({again ? second_reply : std::string(), text(f->replies)}));
      repeated = repeated || again;
    }
    close(data_.curt_close, data_.agent_close_warm, pairs);
  }

  Generator& gen_;
  const LanguageData& data_;
  const Scenario& scenario_;
  const Opening* opening_ = nullptr;  // the client's first message, chosen by open()
  Slots slots_;
  Conversation conversation_;
};

}  // namespace

Generator::Generator(std::uint64_t seed) : state_(seed) {}

// splitmix64 (Steele, Lea, Flood 2014): tiny, fast, and identical on every platform.
std::uint64_t Generator::next() {
  std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

std::int64_t Generator::uniform(std::int64_t lo, std::int64_t hi) {
  if (hi <= lo) return lo;
  const std::uint64_t span = static_cast<std::uint64_t>(hi) - static_cast<std::uint64_t>(lo) + 1;
  if (span == 0) return static_cast<std::int64_t>(next());  // the whole 64-bit range
  // Rejection removes the modulo bias; it rarely loops more than once.
  const std::uint64_t limit = UINT64_MAX - UINT64_MAX % span;
  std::uint64_t r = next();
  while (r >= limit) r = next();
  return static_cast<std::int64_t>(static_cast<std::uint64_t>(lo) + r % span);
}

bool Generator::chance(double p) {
  // 53 random bits make an exactly representable double in [0, 1).
  return static_cast<double>(next() >> 11) * 0x1.0p-53 < p;
}

Conversation Generator::conversation(std::string_view lang, Tone tone) {
  const LanguageData& data = data_for(lang);
  return Builder(*this, data, lang, tone).build();
}

std::string Generator::person_name(std::string_view lang) {
  const LanguageData& data = data_for(lang);
  const bool female = chance(0.5);
  const Pool& given = female ? data.female_given : data.male_given;
  const std::string_view given_name =
      given[static_cast<std::size_t>(uniform(0, static_cast<std::int64_t>(given.size()) - 1))];
  const std::string_view family =
      data.family[static_cast<std::size_t>(uniform(0, static_cast<std::int64_t>(data.family.size()) - 1))];
  return std::string(given_name) + " " + std::string(alternative(family, female ? 1 : 0));
}

std::string Generator::company_name(std::string_view lang) {
  const LanguageData& data = data_for(lang);
  const auto pick = [this](const Pool& pool) {
    return pool[static_cast<std::size_t>(uniform(0, static_cast<std::int64_t>(pool.size()) - 1))];
  };
  const std::string_view pattern = pick(data.company_patterns);
  const std::string_view root = pick(data.company_roots);
  // A company named after its founder takes the masculine (dictionary) form of the family name.
  const std::string_view family = alternative(pick(data.family), 0);
  std::string out;
  std::size_t pos = 0;
  while (pos < pattern.size()) {
    const std::size_t open = pattern.find('{', pos);
    if (open == std::string_view::npos) {
      out += pattern.substr(pos);
      break;
    }
    out += pattern.substr(pos, open - pos);
    const std::size_t close = pattern.find('}', open);
    const std::string_view name = pattern.substr(open + 1, close - open - 1);
    out += name == "root" ? root : family;
    pos = close + 1;
  }
  return out;
}

const std::vector<std::string>& languages() {
  static const std::vector<std::string> all{"en", "ru", "uk", "pl", "ro"};
  return all;
}

std::string_view to_string(Tone tone) {
  switch (tone) {
    case Tone::courteous:
      return "courteous";
    case Tone::empathetic:
      return "empathetic";
    case Tone::agent_argues:
      return "agent_argues";
    case Tone::agent_blames:
      return "agent_blames";
    case Tone::client_abusive:
      return "client_abusive";
    case Tone::client_threatens:
      return "client_threatens";
    case Tone::client_entitled:
      return "client_entitled";
  }
  return "courteous";
}

}  // namespace rapport_demo
