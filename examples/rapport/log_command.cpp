// rapport log: stores an interaction from a transcript file, analyses it (hooks
// fire as in any host program), and prints its scores and flags; rapport search.
#include <iostream>

#include "cli_support.hpp"
#include "rapport/error.hpp"
#include "transcript_input.hpp"

namespace rapport::cli {

int log_command(const std::vector<std::string>& args) {
  std::string db, channel = "call", at, subject, format_name = "auto";
  std::int64_t client_id = 0, staff_id = 0;
  int csat = 0;
  std::vector<std::string> staff_names;
  po::options_description o(
      "usage: rapport log --client ID [options] FILE\nStores the conversation in FILE (WebVTT, 'Name: text' lines or "
      "one JSON Lines object) as an interaction of the client, with its quality analysis.\n\noptions");
  o.add_options()("client", po::value(&client_id)->required(), "the client's id")("staff", po::value(&staff_id),
                                                                                  "the handling staff member's id")(
      "staff-name", po::value(&staff_names)->composing(), "comma-separated speaker names that are staff")(
      "channel", po::value(&channel)->default_value("call"), "call, chat, email, meeting, visit or message")(
      "at", po::value(&at), "start time, ISO 8601 UTC (default: now)")("subject", po::value(&subject), "short title")(
      "csat", po::value(&csat), "customer satisfaction 1..5")("format", po::value(&format_name)->default_value("auto"),
                                                              "transcript format: auto, jsonl, text, vtt");
  auto p = parse("log", args, o, {"file"}, &db);
  if (p.exit_code) return *p.exit_code;
  return guarded("log", [&] {
    const auto format = parse_format(format_name);
    io::RoleMap roles;
    roles.staff = split_names(staff_names);
    const auto input = read_input(p.vm["file"].as<std::string>(), format, roles);
    if (input.conversations.size() != 1) {
      throw InvalidArgument(input.name + " holds " + std::to_string(input.conversations.size()) +
                            " conversations; 'rapport log' takes one (use 'rapport import' for many)");
    }
    Interaction in;
    in.client = ClientId{client_id};
    if (p.vm.count("staff")) in.staff = StaffId{staff_id};
    in.channel = parse_channel(channel);
    in.started_at = at.empty() ? system_now() : parse_iso8601(at);
    in.subject = subject;
    if (p.vm.count("csat")) in.csat = csat;
    in.turns = input.conversations.front().turns;
    const auto& turns = in.turns;
    if (!turns.empty() && turns.front().start_ms && turns.back().end_ms) {
      in.duration = std::chrono::milliseconds{*turns.back().end_ms - *turns.front().start_ms};
    }
    Crm crm = open_crm(db);
    std::size_t events = 0;
    auto count = crm.events().subscribe<AdversarialFlagged>([&](const AdversarialFlagged&) { ++events; });
    const auto logged = crm.log_interaction(in);
    const auto& q = logged.quality;
    std::cout << "interaction " << logged.interaction.id.value << " stored: stance " << q.stance << "/100, conduct "
              << q.conduct << "/100" << (q.adversarial ? ", " + bold("ADVERSARIAL") : std::string()) << "\n";
    for (const auto& f : q.flags) {
      std::cout << "  turn " << f.turn << " " << quality::to_string(f.side) << " " << f.marker << ": " << f.evidence
                << "\n";
    }
    if (const auto rc = crm.retention().open_case(in.client)) {
      std::cout << "  client has an open retention case (" << rc->id.value << ")\n";
    }
    return kOk;
  });
}

int search_command(const std::vector<std::string>& args) {
  std::string db, format = "table";
  std::size_t limit = 20;
  po::options_description o(
      "usage: rapport search [options] TEXT...\nFull-text search over client names and "
      "emails, notes and transcripts; any text is safe.\n\noptions");
  o.add_options()("limit", po::value(&limit)->default_value(20), "at most this many hits (1..1000)")(
      "format", po::value(&format)->default_value("table"), "output: table, json or csv");
  auto p = parse("search", args, o, {"text"}, &db, true);
  if (p.exit_code) return *p.exit_code;
  return guarded("search", [&] {
    std::string text;
    for (const auto& w : p.vm["text"].as<std::vector<std::string>>()) text += (text.empty() ? "" : " ") + w;
    Crm crm = open_crm(db);
    report::Table t;
    t.title = "Search: " + text;
    t.columns = {"kind", "id", "client_id", "snippet"};
    for (const auto& h : crm.search(text, limit)) {
      t.rows.push_back(
          {std::string(store::to_string(h.kind)), h.id, static_cast<std::int64_t>(h.client.value), h.snippet});
    }
    print(t, format);
    return kOk;
  });
}

}  // namespace rapport::cli
