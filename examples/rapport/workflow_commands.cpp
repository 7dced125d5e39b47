// rapport deal|ticket|retention: the basics of the three pillars from the shell.
#include <iostream>

#include "cli_support.hpp"
#include "rapport/error.hpp"

namespace rapport::cli {
namespace {

// "rapport deal add ..." -> ("add", the rest); prints the subcommand list on --help or a bad one.
int dispatch(const std::string& command, const std::vector<std::string>& args,
             const std::vector<std::pair<std::string, int (*)(const std::vector<std::string>&)>>& subs) {
  const std::string sub = args.empty() ? "" : args[0];
  for (const auto& [name, fn] : subs) {
    if (name == sub) return fn(std::vector<std::string>(args.begin() + 1, args.end()));
  }
  std::string names;
  for (const auto& s : subs) names += (names.empty() ? "" : "|") + s.first;
  const bool help = sub == "--help" || sub == "-h";
  if (!help && !sub.empty())
    std::fprintf(stderr, "rapport %s: unknown subcommand '%s'\n", command.c_str(), sub.c_str());
  std::fprintf(help ? stdout : stderr, "usage: rapport %s %s [--help]\n", command.c_str(), names.c_str());
  return help ? kOk : kUsage;
}

report::Table deals_table(const std::vector<Deal>& deals) {
  report::Table t;
  t.title = "Deals";
  t.columns = {"id", "client_id", "title", "stage", "value", "close_reason"};
  for (const auto& d : deals) {
    t.rows.push_back({static_cast<std::int64_t>(d.id.value), static_cast<std::int64_t>(d.client.value), d.title,
                      d.stage, to_string(d.value), d.close_reason});
  }
  return t;
}

report::Table tickets_table(const std::vector<Ticket>& tickets) {
  report::Table t;
  t.title = "Tickets";
  t.columns = {"id", "client_id", "subject", "priority", "status", "escalations", "csat"};
  for (const auto& k : tickets) {
    t.rows.push_back({static_cast<std::int64_t>(k.id.value), static_cast<std::int64_t>(k.client.value), k.subject,
                      std::string(to_string(k.priority)), std::string(to_string(k.status)),
                      static_cast<std::int64_t>(k.escalations),
                      k.csat ? report::Cell{static_cast<std::int64_t>(*k.csat)} : report::Cell{}});
  }
  return t;
}

int deal_add(const std::vector<std::string>& args) {
  std::string db, title, amount, currency = "EUR", stage;
  std::int64_t client = 0;
  po::options_description o("usage: rapport deal add --client ID --title TEXT --value AMOUNT [options]\n\noptions");
  o.add_options()("client", po::value(&client)->required(), "the client's id")(
      "title", po::value(&title)->required(), "what is being sold")("value", po::value(&amount)->required(),
                                                                    "expected value, e.g. 1250.00")(
      "currency", po::value(&currency)->default_value("EUR"), "ISO 4217 code")(
      "stage", po::value(&stage), "starting stage (default: the pipeline's first)");
  auto p = parse("deal add", args, o, {}, &db);
  if (p.exit_code) return *p.exit_code;
  return guarded("deal add", [&] {
    Deal d;
    d.client = ClientId{client};
    d.title = title;
    d.value = parse_money(amount, currency);
    d.stage = stage;
    Crm crm = open_crm(db);
    print(deals_table({crm.deals().create(d)}), "table");
    return kOk;
  });
}

int deal_move(const std::vector<std::string>& args) {
  std::string db, reason;
  po::options_description o(
      "usage: rapport deal move ID STAGE [--reason TEXT]\nMoves a deal; won and lost stages "
      "close it (winning makes a lead a customer).\n\noptions");
  o.add_options()("reason", po::value(&reason), "why (kept in the stage history)");
  auto p = parse("deal move", args, o, {"id", "stage"}, &db);
  if (p.exit_code) return *p.exit_code;
  return guarded("deal move", [&] {
    const DealId id{parse_id(p.vm["id"].as<std::string>(), "deal id")};
    Crm crm = open_crm(db);
    print(deals_table({crm.deals().move(id, p.vm["stage"].as<std::string>(), Actor::system(), reason)}), "table");
    return kOk;
  });
}

int deal_list(const std::vector<std::string>& args) {
  std::string db, format = "table";
  po::options_description o("usage: rapport deal list [--format F]\nOpen deals.\n\noptions");
  o.add_options()("format", po::value(&format)->default_value("table"), "output: table, json or csv");
  auto p = parse("deal list", args, o, {}, &db);
  if (p.exit_code) return *p.exit_code;
  return guarded("deal list", [&] {
    Crm crm = open_crm(db);
    print(deals_table(crm.store().list_deals({.open_only = true})), format);
    return kOk;
  });
}

int ticket_open(const std::vector<std::string>& args) {
  std::string db, subject, priority = "normal";
  std::int64_t client = 0;
  po::options_description o("usage: rapport ticket open --client ID --subject TEXT [options]\n\noptions");
  o.add_options()("client", po::value(&client)->required(), "the client's id")(
      "subject", po::value(&subject)->required(), "what it is about")(
      "priority", po::value(&priority)->default_value("normal"), "low, normal, high or urgent")(
      "complaint", "the client is complaining (a dissatisfaction signal)");
  auto p = parse("ticket open", args, o, {}, &db);
  if (p.exit_code) return *p.exit_code;
  return guarded("ticket open", [&] {
    Ticket t;
    t.client = ClientId{client};
    t.subject = subject;
    t.priority = parse_ticket_priority(priority);
    t.complaint = p.vm.count("complaint") > 0;
    Crm crm = open_crm(db);
    print(tickets_table({crm.tickets().open(t)}), "table");
    return kOk;
  });
}

int ticket_resolve(const std::vector<std::string>& args) {
  std::string db;
  int csat = 0;
  po::options_description o("usage: rapport ticket resolve ID [--csat 1..5]\n\noptions");
  o.add_options()("csat", po::value(&csat), "the client's satisfaction, 1..5");
  auto p = parse("ticket resolve", args, o, {"id"}, &db);
  if (p.exit_code) return *p.exit_code;
  return guarded("ticket resolve", [&] {
    const TicketId id{parse_id(p.vm["id"].as<std::string>(), "ticket id")};
    Crm crm = open_crm(db);
    const auto rating = p.vm.count("csat") ? std::optional<int>(csat) : std::nullopt;
    print(tickets_table({crm.tickets().resolve(id, rating)}), "table");
    return kOk;
  });
}

int ticket_list(const std::vector<std::string>& args) {
  std::string db, format = "table";
  po::options_description o(
      "usage: rapport ticket list [--format F]\nUnresolved tickets; checks their SLA first "
      "(breaches escalate once).\n\noptions");
  o.add_options()("format", po::value(&format)->default_value("table"), "output: table, json or csv");
  auto p = parse("ticket list", args, o, {}, &db);
  if (p.exit_code) return *p.exit_code;
  return guarded("ticket list", [&] {
    Crm crm = open_crm(db);
    crm.tickets().check_sla(system_now());
    print(tickets_table(crm.tickets().unresolved()), format);
    return kOk;
  });
}

int retention_list(const std::vector<std::string>& args) {
  std::string db, format = "table";
  po::options_description o("usage: rapport retention list [--format F]\nOpen retention cases.\n\noptions");
  o.add_options()("format", po::value(&format)->default_value("table"), "output: table, json or csv");
  auto p = parse("retention list", args, o, {}, &db);
  if (p.exit_code) return *p.exit_code;
  return guarded("retention list", [&] {
    Crm crm = open_crm(db);
    report::Table t;
    t.title = "Open retention cases";
    t.columns = {"id", "client_id", "opened", "signals", "offers"};
    for (const auto& rc : crm.retention().open_cases()) {
      std::string signals;
      for (const auto& s : rc.signals) signals += (signals.empty() ? "" : "; ") + std::string(to_string(s.kind));
      t.rows.push_back({static_cast<std::int64_t>(rc.id.value), static_cast<std::int64_t>(rc.client.value),
                        to_iso8601(rc.opened_at).substr(0, 10), signals, static_cast<std::int64_t>(rc.offers.size())});
    }
    print(t, format);
    return kOk;
  });
}

int retention_offer(const std::vector<std::string>& args) {
  std::string db, amount, currency = "EUR", note;
  po::options_description o(
      "usage: rapport retention offer CASE KIND [--value AMOUNT] [--note TEXT]\nKIND is "
      "discount, gift, callback, upgrade, refund, apology or other.\n\noptions");
  o.add_options()("value", po::value(&amount), "the offer's worth, e.g. 20.00")(
      "currency", po::value(&currency)->default_value("EUR"), "ISO 4217 code")("note", po::value(&note), "free text");
  auto p = parse("retention offer", args, o, {"case", "kind"}, &db);
  if (p.exit_code) return *p.exit_code;
  return guarded("retention offer", [&] {
    const RetentionCaseId id{parse_id(p.vm["case"].as<std::string>(), "case id")};
    Offer offer;
    offer.kind = parse_offer_kind(p.vm["kind"].as<std::string>());
    if (!amount.empty()) offer.value = parse_money(amount, currency);
    offer.note = note;
    Crm crm = open_crm(db);
    const auto rc = crm.retention().offer(id, offer);
    std::cout << "case " << rc.id.value << ": " << rc.offers.size() << " offer(s)\n";
    return kOk;
  });
}

int retention_close(const std::vector<std::string>& args) {
  std::string db, note;
  po::options_description o("usage: rapport retention close CASE retained|lost [--note TEXT]\n\noptions");
  o.add_options()("note", po::value(&note), "free text");
  auto p = parse("retention close", args, o, {"case", "outcome"}, &db);
  if (p.exit_code) return *p.exit_code;
  return guarded("retention close", [&] {
    const RetentionCaseId id{parse_id(p.vm["case"].as<std::string>(), "case id")};
    const auto outcome = parse_retention_outcome(p.vm["outcome"].as<std::string>());
    Crm crm = open_crm(db);
    const auto rc = crm.retention().close(id, outcome, note);
    std::cout << "case " << rc.id.value << " closed: " << to_string(*rc.outcome) << "\n";
    return kOk;
  });
}

}  // namespace

int deal_command(const std::vector<std::string>& args) {
  return dispatch("deal", args, {{"add", deal_add}, {"move", deal_move}, {"list", deal_list}});
}

int ticket_command(const std::vector<std::string>& args) {
  return dispatch("ticket", args, {{"open", ticket_open}, {"resolve", ticket_resolve}, {"list", ticket_list}});
}

int retention_command(const std::vector<std::string>& args) {
  return dispatch("retention", args,
                  {{"list", retention_list}, {"offer", retention_offer}, {"close", retention_close}});
}

}  // namespace rapport::cli
