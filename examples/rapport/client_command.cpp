// The people: rapport client add|list|show|merge|duplicates, rapport staff add|list; and rapport init.
#include <iostream>

#include "cli_support.hpp"
#include "rapport/error.hpp"

namespace rapport::cli {
namespace {

std::string joined(const std::vector<std::string>& items) {
  std::string s;
  for (const auto& i : items) s += (s.empty() ? "" : ", ") + i;
  return s;
}

report::Table clients_table(const std::vector<Client>& clients, const std::string& title) {
  report::Table t;
  t.title = title;
  t.columns = {"id", "name", "kind", "stage", "language", "emails", "phones", "tags"};
  for (const auto& c : clients) {
    t.rows.push_back({static_cast<std::int64_t>(c.id.value), c.name, std::string(to_string(c.kind)),
                      std::string(to_string(c.stage)), c.language, joined(c.emails), joined(c.phones), joined(c.tags)});
  }
  return t;
}

int client_add(const std::vector<std::string>& args) {
  std::string db, name, language, stage = "lead", kind = "person", format = "table";
  std::vector<std::string> emails, phones, tags;
  po::options_description o("usage: rapport client add --name NAME [options]\nAdds a client and prints it.\n\noptions");
  o.add_options()("name", po::value(&name)->required(), "display name")(
      "email", po::value(&emails)->composing(), "email address (repeatable; the first is primary)")(
      "phone", po::value(&phones)->composing(), "phone number, any format (repeatable; stored as E.164)")(
      "language", po::value(&language), "language code, e.g. en, pl")("stage", po::value(&stage)->default_value("lead"),
                                                                      "lead, prospect, customer or former")(
      "kind", po::value(&kind)->default_value("person"), "person or company")(
      "tag", po::value(&tags)->composing(), "a tag (repeatable)")("format", po::value(&format)->default_value("table"),
                                                                  "output: table, json or csv");
  auto p = parse("client add", args, o, {}, &db);
  if (p.exit_code) return *p.exit_code;
  return guarded("client add", [&] {
    Client c;
    c.name = name;
    c.emails = emails;
    c.phones = phones;
    c.language = language;
    c.stage = parse_lifecycle_stage(stage);
    c.kind = parse_client_kind(kind);
    c.tags = tags;
    Crm crm = open_crm(db);
    print(clients_table({crm.clients().add(c)}, "Client added"), format);
    return kOk;
  });
}

int client_list(const std::vector<std::string>& args) {
  std::string db, stage, tag, language, format = "table";
  std::size_t limit = 50;
  po::options_description o("usage: rapport client list [options]\nLists clients in id order.\n\noptions");
  o.add_options()("stage", po::value(&stage), "only this lifecycle stage")(
      "tag", po::value(&tag), "only with this tag")("language", po::value(&language), "only this language")(
      "limit", po::value(&limit)->default_value(50), "at most this many (1..1000)")(
      "format", po::value(&format)->default_value("table"), "output: table, json or csv");
  auto p = parse("client list", args, o, {}, &db);
  if (p.exit_code) return *p.exit_code;
  return guarded("client list", [&] {
    store::ClientFilter filter;
    if (!stage.empty()) filter.stage = parse_lifecycle_stage(stage);
    if (!tag.empty()) filter.tag = tag;
    if (!language.empty()) filter.language = language;
    Crm crm = open_crm(db);
    const auto page = crm.clients().list(filter, std::nullopt, limit);
    print(clients_table(page.items, "Clients"), format);
    return kOk;
  });
}

int client_show(const std::vector<std::string>& args) {
  std::string db;
  po::options_description o(
      "usage: rapport client show ID\nShows a client, their latest interactions with scores, "
      "deals, tickets, retention case and conduct level.\n\noptions");
  auto p = parse("client show", args, o, {"id"}, &db);
  if (p.exit_code) return *p.exit_code;
  return guarded("client show", [&] {
    const ClientId id{parse_id(p.vm["id"].as<std::string>(), "client id")};
    Crm crm = open_crm(db);
    const Client c = crm.clients().get(id);
    std::cout << bold(c.name) << "  (client " << id.value << ", " << to_string(c.kind) << ", " << to_string(c.stage)
              << (c.language.empty() ? "" : ", " + c.language) << ")\n";
    if (!c.emails.empty()) std::cout << "  emails: " << joined(c.emails) << "\n";
    if (!c.phones.empty()) std::cout << "  phones: " << joined(c.phones) << "\n";
    if (!c.tags.empty()) std::cout << "  tags:   " << joined(c.tags) << "\n";
    const auto conduct = crm.conduct().record(id);
    std::cout << "  conduct: " << to_string(conduct.level) << " (" << conduct.points << " points)\n";
    if (const auto rc = crm.retention().open_case(id)) {
      std::cout << "  retention case " << rc->id.value << " open since " << to_iso8601(rc->opened_at).substr(0, 10)
                << ": " << rc->signals.size() << " signal(s), " << rc->offers.size() << " offer(s)\n";
    }
    const auto page = crm.interactions().list(id, std::nullopt, 10);
    if (!page.items.empty()) std::cout << "  latest interactions:\n";
    for (const auto& in : page.items) {
      const auto q = crm.quality().report(in.id);
      std::cout << "    #" << in.id.value << " " << to_iso8601(in.started_at).substr(0, 16) << " "
                << to_string(in.channel) << (in.subject.empty() ? "" : " \"" + in.subject + "\"");
      if (q) {
        std::cout << "  stance " << q->report.stance << ", conduct " << q->report.conduct
                  << (q->report.adversarial ? ", ADVERSARIAL" : "");
      }
      std::cout << "\n";
    }
    return kOk;
  });
}

int client_merge(const std::vector<std::string>& args) {
  std::string db;
  po::options_description o(
      "usage: rapport client merge KEEP DROP\nMerges client DROP into KEEP (interactions, notes, tasks, deals, "
      "tickets, retention, conduct) and deletes DROP.\n\noptions");
  auto p = parse("client merge", args, o, {"keep", "drop"}, &db);
  if (p.exit_code) return *p.exit_code;
  return guarded("client merge", [&] {
    const ClientId keep{parse_id(p.vm["keep"].as<std::string>(), "client id")};
    const ClientId drop{parse_id(p.vm["drop"].as<std::string>(), "client id")};
    Crm crm = open_crm(db);
    const auto merged = crm.clients().merge(keep, drop);
    std::cout << "merged client " << drop.value << " into " << merged.id.value << " (" << merged.name << ")\n";
    return kOk;
  });
}

int client_duplicates(const std::vector<std::string>& args) {
  std::string db, format = "table";
  po::options_description o(
      "usage: rapport client duplicates\nLists pairs of clients that look like the same one "
      "(email, phone, near-identical names).\n\noptions");
  o.add_options()("format", po::value(&format)->default_value("table"), "output: table, json or csv");
  auto p = parse("client duplicates", args, o, {}, &db);
  if (p.exit_code) return *p.exit_code;
  return guarded("client duplicates", [&] {
    Crm crm = open_crm(db);
    report::Table t;
    t.title = "Possible duplicates";
    t.columns = {"client_a", "client_b", "reasons", "detail"};
    for (const auto& d : crm.clients().duplicates()) {
      std::string reasons;
      for (auto r : d.reasons) reasons += (reasons.empty() ? "" : ", ") + std::string(store::to_string(r));
      t.rows.push_back({static_cast<std::int64_t>(d.a.value), static_cast<std::int64_t>(d.b.value), reasons, d.detail});
    }
    print(t, format);
    return kOk;
  });
}

}  // namespace

int client_command(const std::vector<std::string>& args) {
  const std::string sub = args.empty() ? "" : args[0];
  const std::vector<std::string> rest(args.begin() + (args.empty() ? 0 : 1), args.end());
  if (sub == "add") return client_add(rest);
  if (sub == "list") return client_list(rest);
  if (sub == "show") return client_show(rest);
  if (sub == "merge") return client_merge(rest);
  if (sub == "duplicates") return client_duplicates(rest);
  const bool help = sub == "--help" || sub == "-h";
  std::fprintf(help ? stdout : stderr, "%susage: rapport client add|list|show|merge|duplicates [--help]\n",
               help || sub.empty() ? "" : ("rapport client: unknown subcommand '" + sub + "'\n").c_str());
  return help ? kOk : kUsage;
}

int staff_command(const std::vector<std::string>& args) {
  const std::string sub = args.empty() ? "" : args[0];
  const std::vector<std::string> rest(args.begin() + (args.empty() ? 0 : 1), args.end());
  if (sub == "add") {
    std::string db, name, email, role = "agent";
    po::options_description o(
        "usage: rapport staff add --name NAME --email EMAIL [--role agent|supervisor|admin]"
        "\n\noptions");
    o.add_options()("name", po::value(&name)->required(), "full name")(
        "email", po::value(&email)->required(), "work email (unique)")("role", po::value(&role)->default_value("agent"),
                                                                       "agent, supervisor or admin");
    auto p = parse("staff add", rest, o, {}, &db);
    if (p.exit_code) return *p.exit_code;
    return guarded("staff add", [&] {
      Staff s;
      s.name = name;
      s.email = email;
      s.role = parse_staff_role(role);
      Crm crm = open_crm(db);
      const auto stored = crm.staff().add(s);
      std::cout << "staff " << stored.id.value << ": " << stored.name << " <" << stored.email << ">, "
                << to_string(stored.role) << "\n";
      return kOk;
    });
  }
  if (sub == "list") {
    std::string db, format = "table";
    po::options_description o("usage: rapport staff list [--format F]\n\noptions");
    o.add_options()("format", po::value(&format)->default_value("table"), "output: table, json or csv");
    auto p = parse("staff list", rest, o, {}, &db);
    if (p.exit_code) return *p.exit_code;
    return guarded("staff list", [&] {
      Crm crm = open_crm(db);
      report::Table t;
      t.title = "Staff";
      t.columns = {"id", "name", "email", "role"};
      for (const auto& s : crm.staff().list()) {
        t.rows.push_back({static_cast<std::int64_t>(s.id.value), s.name, s.email, std::string(to_string(s.role))});
      }
      print(t, format);
      return kOk;
    });
  }
  const bool help = sub == "--help" || sub == "-h";
  std::fprintf(help ? stdout : stderr, "%susage: rapport staff add|list [--help]\n",
               help || sub.empty() ? "" : ("rapport staff: unknown subcommand '" + sub + "'\n").c_str());
  return help ? kOk : kUsage;
}

int init_command(const std::vector<std::string>& args) {
  std::string db;
  po::options_description o(
      "usage: rapport init [--db PATH|URI]\nCreates the database (or brings an older one up to "
      "date) and prints its schema version.\n\noptions");
  auto p = parse("init", args, o, {}, &db);
  if (p.exit_code) return *p.exit_code;
  return guarded("init", [&] {
    Crm crm = open_crm(db);
    std::cout << store::describe_location(db) << ": rapport database, schema version " << crm.store().schema_version()
              << "\n";
    return kOk;
  });
}

}  // namespace rapport::cli
