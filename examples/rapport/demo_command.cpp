// rapport demo: builds a realistic, deterministic data set through the public
// API (so every hook fires as in a host program) and prints a one-screen
// dashboard. Half a year of a small contact centre is simulated day by day on a
// manual clock: conversations in five languages, deals, tickets against SLA,
// retention offers, two abusive clients and one agent who argues too much.
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>

#include "cli_support.hpp"
#include "conversation_view.hpp"
#include "demo/corpus.hpp"
#include "rapport/error.hpp"
#include "rapport/report/reports.hpp"

namespace rapport::cli {
namespace {

using rapport_demo::Tone;

constexpr int kDays = 180;
constexpr std::int64_t kDayMs = 86'400'000;
constexpr std::int64_t kMinuteMs = 60'000;

struct DemoClient {
  Client client;
  bool abusive = false;
};

struct Counters {
  std::size_t adversarial = 0, retention_opened = 0, sla_breaches = 0, conduct_changes = 0, strain_alerts = 0;
};

// Progress on standard error when it is a terminal.
void progress(int day, int days) {
  if (isatty(STDERR_FILENO) == 0) return;
  const int width = 30;
  const int filled = day * width / days;
  std::fprintf(stderr, "\rsimulating %d days [%.*s%*s] %3d%%", days, filled, "##############################",
               width - filled, "", day * 100 / days);
  if (day == days) std::fprintf(stderr, "\r%*s\r", 60, "");
}

std::string shorten(const std::string& text, std::size_t max_chars) {
  std::size_t chars = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 && ++chars > max_chars) return text.substr(0, i) + "…";
  }
  return text;
}

std::string email_for(std::size_t index, const std::string& lang) {
  return "client" + std::to_string(index + 1) + "." + lang + "@example.com";
}

class Simulation {
 public:
  Simulation(Crm& crm, std::shared_ptr<std::atomic<std::int64_t>> clock_ms, std::uint64_t seed, std::size_t clients,
             std::size_t interactions)
      : crm_(crm), now_(std::move(clock_ms)), gen_(seed), client_count_(clients), interaction_count_(interactions) {}

  /// Simulates the kDays days that end at `end_ms`; clients arrive in the month before.
  void run(std::int64_t end_ms, Counters& counters) {
    const std::int64_t start = end_ms - kDays * kDayMs;
    *now_ = start - 30 * kDayMs;
    add_staff();
    add_clients();
    auto s1 = crm_.events().on_adversarial([&](const AdversarialFlagged&) { ++counters.adversarial; });
    auto s2 = crm_.events().subscribe<RetentionCaseOpened>([&](const auto&) { ++counters.retention_opened; });
    auto s3 = crm_.events().subscribe<TicketSlaBreached>([&](const auto&) { ++counters.sla_breaches; });
    auto s4 = crm_.events().subscribe<ConductLevelChanged>([&](const auto&) { ++counters.conduct_changes; });
    auto s5 = crm_.events().subscribe<AgentStrainCrossed>([&](const auto&) { ++counters.strain_alerts; });
    for (int day = 0; day < kDays; ++day) {
      const std::int64_t morning = start + day * kDayMs + 8 * 60 * kMinuteMs;
      *now_ = morning;
      sales(morning);
      support(morning);
      conversations(day, morning);
      retention(morning);
      *now_ = morning + 10 * 60 * kMinuteMs;  // 18:00: the end-of-day checks
      crm_.tick(from_unix_ms(*now_));
      progress(day + 1, kDays);
    }
    // The worst abuser: a supervisor restricts them to senior staff (never automatic).
    crm_.conduct().escalate(clients_[abusers_.front()].client.id, ConductLevel::senior_only,
                            "repeated insults and threats to staff", supervisor_);
  }

  [[nodiscard]] StaffId argumentative() const { return agents_[kArguer]; }

 private:
  static constexpr std::size_t kArguer = 3;

  void add_staff() {
    const auto& langs = rapport_demo::languages();
    for (int i = 0; i < 8; ++i) {
      Staff s;
      s.name = gen_.person_name(langs[static_cast<std::size_t>(i) % langs.size()]);
      s.email = "staff" + std::to_string(i + 1) + "@example.com";
      s.role = i == 0 ? StaffRole::supervisor : StaffRole::agent;
      const auto stored = crm_.staff().add(s);
      names_[stored.id.value] = stored.name;
      if (i == 0)
        supervisor_ = stored.id;
      else
        agents_.push_back(stored.id);
    }
  }

  void add_clients() {
    const auto& langs = rapport_demo::languages();
    for (std::size_t i = 0; i < client_count_; ++i) {
      const auto& lang = langs[static_cast<std::size_t>(gen_.uniform(0, static_cast<std::int64_t>(langs.size()) - 1))];
      Client c;
      c.kind = gen_.chance(0.25) ? ClientKind::company : ClientKind::person;
      c.name = c.kind == ClientKind::company ? gen_.company_name(lang) : gen_.person_name(lang);
      c.language = lang;
      c.emails = {email_for(i, lang)};
      const auto r = gen_.uniform(0, 99);
      c.stage = r < 30   ? LifecycleStage::lead
                : r < 50 ? LifecycleStage::prospect
                : r < 95 ? LifecycleStage::customer
                         : LifecycleStage::former;
      if (gen_.chance(0.2)) c.tags.push_back("vip");
      c.consent.marketing = gen_.chance(0.6);
      // Clients arrive over the half year, most before it starts.
      *now_ += gen_.uniform(0, 2 * 60) * kMinuteMs;
      clients_.push_back({crm_.clients().add(c), false});
    }
    for (std::size_t k : {std::size_t{7}, std::size_t{42}}) {
      if (k < clients_.size()) {
        clients_[k].abusive = true;
        abusers_.push_back(k);
      }
    }
    if (abusers_.empty()) {
      clients_.front().abusive = true;
      abusers_.push_back(0);
    }
  }

  Tone tone_for(const DemoClient& c, StaffId staff) {
    if (c.abusive && gen_.chance(0.6)) {
      static constexpr Tone kClientTones[] = {Tone::client_abusive, Tone::client_threatens, Tone::client_entitled};
      return kClientTones[gen_.uniform(0, 2)];
    }
    const bool arguer = staff == agents_[kArguer];
    if (gen_.chance(arguer ? 0.35 : 0.03)) return gen_.chance(0.5) ? Tone::agent_argues : Tone::agent_blames;
    if (gen_.chance(0.03)) {
      static constexpr Tone kClientTones[] = {Tone::client_abusive, Tone::client_threatens, Tone::client_entitled};
      return kClientTones[gen_.uniform(0, 2)];
    }
    return gen_.chance(0.15) ? Tone::empathetic : Tone::courteous;
  }

  void conversations(int day, std::int64_t morning) {
    // An even share of the total per day, with the remainder on the last day.
    const std::size_t per_day = interaction_count_ / kDays;
    const std::size_t today = day + 1 == kDays ? interaction_count_ - per_day * (kDays - 1) : per_day;
    std::vector<Interaction> batch;
    for (std::size_t n = 0; n < today; ++n) {
      // Abusive clients call often: one call in twenty is theirs.
      const std::size_t ci =
          gen_.chance(0.05)
              ? abusers_[static_cast<std::size_t>(gen_.uniform(0, static_cast<std::int64_t>(abusers_.size()) - 1))]
              : static_cast<std::size_t>(gen_.uniform(0, static_cast<std::int64_t>(clients_.size()) - 1));
      const auto& c = clients_[ci];
      const StaffId staff =
          agents_[static_cast<std::size_t>(gen_.uniform(0, static_cast<std::int64_t>(agents_.size()) - 1))];
      const Tone tone = tone_for(c, staff);
      const auto conv = gen_.conversation(c.client.language, tone);
      Interaction in;
      in.client = c.client.id;
      in.staff = staff;
      const auto r = gen_.uniform(0, 99);
      in.channel = r < 50 ? Channel::call : r < 85 ? Channel::chat : Channel::email;
      in.direction = gen_.chance(0.8) ? Direction::inbound : Direction::outbound;
      in.started_at = from_unix_ms(morning + gen_.uniform(0, 9 * 60) * kMinuteMs);
      in.duration = std::chrono::minutes{in.channel == Channel::email ? 0 : gen_.uniform(2, 25)};
      in.subject = conv.subject;
      const std::string& agent_name = names_[staff.value];
      for (const auto& line : conv.lines) {
        in.turns.push_back({line.agent ? SpeakerRole::agent : SpeakerRole::client,
                            line.agent ? agent_name : c.client.name, line.text, std::nullopt, std::nullopt});
      }
      if (gen_.chance(0.4)) {
        const bool bad = tone != Tone::courteous && tone != Tone::empathetic;
        in.csat = static_cast<int>(bad ? gen_.uniform(1, 3) : gen_.uniform(3, 5));
      }
      batch.push_back(std::move(in));
    }
    crm_.log_interactions(batch);
  }

  void sales(std::int64_t morning) {
    if (gen_.chance(0.7)) {
      const auto& c =
          clients_[static_cast<std::size_t>(gen_.uniform(0, static_cast<std::int64_t>(clients_.size()) - 1))];
      if (c.client.stage != LifecycleStage::former) {
        Deal d;
        d.client = c.client.id;
        d.title = c.client.kind == ClientKind::company ? "Annual service contract" : "Premium plan";
        d.value = Money{"EUR", gen_.uniform(20, 400) * 5000};
        d.owner = agents_[static_cast<std::size_t>(gen_.uniform(0, static_cast<std::int64_t>(agents_.size()) - 1))];
        d.expected_close = from_unix_ms(morning + gen_.uniform(14, 90) * kDayMs);
        open_deals_.push_back(crm_.deals().create(d, Actor::by(*d.owner)).id);
      }
    }
    static constexpr const char* kNext[] = {"qualified", "proposal", "negotiation"};
    std::vector<DealId> still_open;
    for (auto id : open_deals_) {
      if (!gen_.chance(0.08)) {
        still_open.push_back(id);
        continue;
      }
      const Deal d = crm_.deals().get(id);
      const auto at = crm_.options().workflow.pipeline.index_of(d.stage);
      if (at < 3 && gen_.chance(0.75)) {
        crm_.deals().move(id, kNext[at]);
        still_open.push_back(id);
      } else if (gen_.chance(0.25 + 0.15 * static_cast<double>(at))) {
        crm_.deals().win(id, gen_.chance(0.5) ? "fast, friendly support" : "best price");
      } else {
        crm_.deals().lose(id, gen_.chance(0.5) ? "price" : "went with a competitor");
      }
    }
    open_deals_ = std::move(still_open);
  }

  void support(std::int64_t morning) {
    static constexpr TicketPriority kPriorities[] = {TicketPriority::low, TicketPriority::normal,
                                                     TicketPriority::normal, TicketPriority::high,
                                                     TicketPriority::urgent};
    static constexpr const char* kSubjects[] = {"Invoice correction", "Delivery delayed", "Cannot log in",
                                                "Refund request",     "Damaged item",     "Change of address"};
    for (int k = 0; k < 2; ++k) {
      *now_ = morning + gen_.uniform(0, 8 * 60) * kMinuteMs;
      Ticket t;
      t.client =
          clients_[static_cast<std::size_t>(gen_.uniform(0, static_cast<std::int64_t>(clients_.size()) - 1))].client.id;
      t.subject = kSubjects[gen_.uniform(0, 5)];
      t.priority = kPriorities[gen_.uniform(0, 4)];
      t.complaint = gen_.chance(0.12);
      t.assignee = agents_[static_cast<std::size_t>(gen_.uniform(0, static_cast<std::int64_t>(agents_.size()) - 1))];
      tickets_.push_back(crm_.tickets().open(t).id);
    }
    std::vector<TicketId> still_open;
    for (auto id : tickets_) {
      *now_ = morning + gen_.uniform(0, 9 * 60) * kMinuteMs;
      const Ticket t = crm_.tickets().get(id);
      if (!t.first_response_at) {
        crm_.tickets().respond(id, Actor::by(*t.assignee));
        still_open.push_back(id);
      } else if (gen_.chance(0.45)) {
        const auto csat = gen_.chance(0.6) ? std::optional<int>(static_cast<int>(gen_.uniform(1, 5))) : std::nullopt;
        crm_.tickets().resolve(id, csat, Actor::by(*t.assignee));
        if (gen_.chance(0.8)) crm_.tickets().close(id);
      } else {
        still_open.push_back(id);
      }
    }
    tickets_ = std::move(still_open);
    *now_ = morning;
  }

  void retention(std::int64_t morning) {
    // A simulated business whose discounts and refunds keep clients better than gifts do.
    static constexpr std::pair<OfferKind, double> kOffers[] = {{OfferKind::discount, 0.72}, {OfferKind::refund, 0.66},
                                                               {OfferKind::upgrade, 0.6},   {OfferKind::callback, 0.5},
                                                               {OfferKind::apology, 0.42},  {OfferKind::gift, 0.3}};
    for (const auto& rc : crm_.retention().open_cases()) {
      const auto age_days = (morning - to_unix_ms(rc.opened_at)) / kDayMs;
      if (rc.offers.empty() && age_days >= 2 && gen_.chance(0.5)) {
        const auto& [kind, chance] = kOffers[gen_.uniform(0, 5)];
        Offer o;
        o.kind = kind;
        if (kind == OfferKind::discount || kind == OfferKind::refund) o.value = Money{"EUR", gen_.uniform(5, 60) * 100};
        o.note = "offered by phone";
        crm_.retention().offer(rc.id, o, Actor::by(agents_.front()));
        retain_chance_[rc.id.value] = chance;
      } else if (!rc.offers.empty() && age_days >= 7 && gen_.chance(0.3)) {
        const bool kept = gen_.chance(retain_chance_[rc.id.value]);
        crm_.retention().close(rc.id, kept ? RetentionOutcome::retained : RetentionOutcome::lost,
                               kept ? "stayed" : "cancelled");
      } else if (rc.offers.empty() && age_days >= 30) {
        crm_.retention().close(rc.id, RetentionOutcome::lost, "no answer");
      }
    }
  }

  Crm& crm_;
  std::shared_ptr<std::atomic<std::int64_t>> now_;
  rapport_demo::Generator gen_;
  std::size_t client_count_, interaction_count_;
  StaffId supervisor_{};
  std::vector<StaffId> agents_;
  std::vector<DemoClient> clients_;
  std::vector<std::size_t> abusers_;
  std::vector<DealId> open_deals_;
  std::vector<TicketId> tickets_;
  std::map<std::int64_t, double> retain_chance_;
  std::map<std::int64_t, std::string> names_;
};

void dashboard(Crm& crm, StaffId arguer, Timestamp now, bool colour) {
  const auto month = report::last_days(now, 30);
  std::cout << "\n" << bold("Agent scorecard, last 30 days") << "  (stance 0-100: 50 neutral, higher is better)\n";
  report::Table t;
  t.columns = {"agent",      "handled",     "stance",     "change",         "adversarial_%",
               "positive_%", "strain_days", "top marker", "latest evidence"};
  for (const auto& s : report::agent_scorecard(crm, month)) {
    t.rows.push_back({s.name, static_cast<std::int64_t>(s.interactions), s.mean_stance,
                      s.stance_change ? report::Cell{*s.stance_change} : report::Cell{}, 100 * s.adversarial_rate,
                      100 * s.positive_rate, static_cast<std::int64_t>(s.strain_days),
                      s.top_markers.empty() ? std::string() : s.top_markers.front().marker,
                      s.top_markers.empty() ? std::string() : shorten(s.top_markers.front().example, 28)});
  }
  std::cout << report::format_text(t);

  std::cout << "\n" << bold("Clients most at risk") << "\n";
  report::Table r;
  r.columns = {"client", "stage", "risk", "why"};
  for (const auto& c : report::at_risk(crm, now, {.recent_days = 90, .top = 5})) {
    std::string why;
    for (std::size_t k = 0; k < c.factors.size() && k < 2; ++k) why += (k ? "; " : "") + c.factors[k].detail;
    r.rows.push_back({shorten(c.name, 24), c.stage, c.score, why});
  }
  std::cout << report::format_text(r);

  const auto all = report::parse_period("all", now);
  const auto funnel = report::pipeline_funnel(crm, all);
  std::cout << "\n"
            << bold("Pipeline funnel") << "  win rate " << static_cast<int>(100 * funnel.win_rate + 0.5)
            << "%, forecast " << (funnel.weighted_forecast.empty() ? "-" : to_string(funnel.weighted_forecast.front()))
            << "\n";
  std::string line;
  for (const auto& s : funnel.stages)
    line += (line.empty() ? "  " : " -> ") + s.stage + " " + std::to_string(s.reached);
  std::cout << line << "  (lost " << funnel.lost << ")\n";

  const auto retention = report::retention_summary(crm, all);
  std::cout << "\n"
            << bold("Retention by offer") << "  " << retention.closed << " cases closed, "
            << static_cast<int>(100 * retention.retention_rate + 0.5) << "% retained, " << retention.open_now
            << " open\n";
  for (const auto& e : retention.by_offer) {
    std::printf("  %-9s %3zu cases  %3.0f%% kept\n", std::string(to_string(e.kind)).c_str(), e.cases, 100 * e.rate);
  }

  const auto conduct = report::conduct_wellbeing(crm, month);
  std::cout << "\n" << bold("Conduct") << "  " << conduct.clients.size() << " clients above 'none'";
  if (!conduct.clients.empty()) {
    const auto& worst = conduct.clients.front();
    std::cout << "; worst: " << worst.name << " (" << to_string(worst.latest.to) << ": " << worst.latest.reason << ")";
  }
  std::cout << "\n";

  // The argumentative agent's latest adversarial conversation, with its evidence.
  const auto coaching = crm.wellbeing().coaching(arguer, month.from, month.to);
  if (!coaching.empty()) {
    const auto id = coaching.back().interaction;
    const auto in = crm.interactions().get(id);
    const auto q = crm.quality().report(id);
    std::cout << "\n"
              << bold("An adversarial conversation") << "  (" << crm.staff().get(arguer).name << ", "
              << to_iso8601(in.started_at).substr(0, 10) << ")\n";
    if (q) print_conversation(crm.analyzer(), "interaction " + std::to_string(id.value), in.turns, q->report, colour);
  }
}

}  // namespace

int demo_command(const std::vector<std::string>& args) {
  std::string db = "rapport-demo.db";
  std::uint64_t seed = 2026;
  std::size_t clients = 200, interactions = 5000;
  po::options_description o(
      "usage: rapport demo [--db PATH|URI] [--seed N] [--clients N] [--interactions N]\nBuilds a realistic demo "
      "database (half a year of a small contact centre, deterministic for a seed) through the public API and prints a "
      "dashboard. The default file rapport-demo.db is replaced on each run; another existing file needs "
      "--force. A PostgreSQL database (postgresql://... or key=value) must hold no clients yet.\n\noptions");
  o.add_options()("db", po::value(&db)->default_value("rapport-demo.db"),
                  "the SQLite file to create, or a PostgreSQL connection string")(
      "seed", po::value(&seed)->default_value(2026), "random seed (same seed, same data)")(
      "clients", po::value(&clients)->default_value(200), "number of clients (10..100000)")(
      "interactions", po::value(&interactions)->default_value(5000), "number of interactions (180..1000000)")(
      "force", "replace an existing file other than rapport-demo.db");
  auto p = parse("demo", args, o, {}, nullptr);
  if (p.exit_code) return *p.exit_code;
  return guarded("demo", [&] {
    if (clients < 10 || clients > 100'000)
      throw po::error("--clients " + std::to_string(clients) + " is not in 10..100000");
    if (interactions < 180 || interactions > 1'000'000) {
      throw po::error("--interactions " + std::to_string(interactions) + " is not in 180..1000000");
    }
    const bool postgres = store::is_postgres_location(db);
    const std::string where = store::describe_location(db);  // never the password
    if (!postgres) {
      const bool replaceable = std::filesystem::path(db).filename() == "rapport-demo.db" || p.vm.count("force");
      if (std::filesystem::exists(db) && !replaceable) {
        throw InvalidArgument("'" + db + "' exists already; the demo builds a fresh file (use --force to replace it)");
      }
      for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db + suffix);
    }

    const auto started = std::chrono::steady_clock::now();
    const Timestamp end = parse_iso8601("2026-11-20T00:00:00Z");
    auto clock_ms = std::make_shared<std::atomic<std::int64_t>>(to_unix_ms(end));
    CrmOptions options;
    options.store.clock = [clock_ms] { return from_unix_ms(clock_ms->load()); };
    Crm crm = Crm::open(db, options);
    // A server database is not ours to drop: the demo only fills an empty one.
    if (postgres && !crm.clients().list({}, std::nullopt, 1).items.empty()) {
      throw InvalidArgument(where + " holds clients already; the demo needs an empty database or schema");
    }
    Counters counters;
    Simulation sim(crm, clock_ms, seed, clients, interactions);
    sim.run(to_unix_ms(end), counters);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

    std::cout << bold("rapport demo") << ": " << clients << " clients, 8 staff, " << interactions
              << " interactions in en/ru/uk/pl/ro over " << kDays << " days (seed " << seed << ") -> " << where
              << " in " << static_cast<int>(seconds * 10) / 10.0 << " s\n";
    std::cout << "hooks fired: " << counters.adversarial << " adversarial interactions flagged, "
              << counters.retention_opened << " retention cases opened, " << counters.sla_breaches << " SLA breaches, "
              << counters.conduct_changes << " conduct changes, " << counters.strain_alerts << " strain alerts\n";
    dashboard(crm, sim.argumentative(), from_unix_ms(clock_ms->load()), stdout_is_terminal());
    const std::string db_arg = postgres ? "'<connection string>'" : db;
    std::cout << "\nExplore: rapport report scorecard --db " << db_arg << " --now 2026-11-20 --period 30d | "
              << "rapport client show 8 --db " << db_arg << " | rapport --help\n";
    return kOk;
  });
}

}  // namespace rapport::cli
