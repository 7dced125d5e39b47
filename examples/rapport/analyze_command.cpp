// rapport analyze: reads transcripts, prints each conversation's flags with
// the evidence highlighted, its scores and talk metrics; or, with --json, one
// JSON object per conversation per line (a stable interface, docs/cli.md).
#include <unistd.h>

#include <boost/program_options.hpp>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "commands.hpp"
#include "conversation_view.hpp"
#include "rapport/error.hpp"
#include "rapport/io/transcript.hpp"
#include "rapport/quality/analyzer.hpp"
#include "transcript_input.hpp"

namespace po = boost::program_options;
using nlohmann::json;

namespace rapport::cli {
namespace {

json metrics_json(const quality::TalkMetrics& m) {
  const auto side = [](const quality::SideMetrics& s) {
    return json{{"talk_share", s.talk_share},
                {"words", s.words},
                {"talk_ms", s.talk_ms},
                {"longest_monologue_words", s.longest_monologue_words},
                {"longest_monologue_ms", s.longest_monologue_ms},
                {"interruptions", s.interruptions},
                {"questions", s.questions}};
  };
  json j{{"timed", m.timed}, {"agent", side(m.agent)}, {"client", side(m.client)}};
  j["agent_response_ms"] = m.agent_response_ms ? json(*m.agent_response_ms) : json(nullptr);
  j["agent_max_response_ms"] = m.agent_max_response_ms ? json(*m.agent_max_response_ms) : json(nullptr);
  return j;
}

json report_json(const io::Conversation& c, const quality::QualityReport& r) {
  json flags = json::array();
  for (const auto& f : r.flags) {
    flags.push_back({{"marker", f.marker},
                     {"side", quality::to_string(f.side)},
                     {"turn", f.turn},
                     {"begin", f.begin},
                     {"end", f.end},
                     {"evidence", f.evidence},
                     {"lang", f.lang},
                     {"severity", f.severity}});
  }
  return json{{"id", c.id.empty() ? json(nullptr) : json(c.id)},
              {"stance", r.stance},
              {"conduct", r.conduct},
              {"adversarial", r.adversarial},
              {"flags", flags},
              {"metrics", metrics_json(r.metrics)},
              {"rules_version", r.rules_version}};
}

}  // namespace

int analyze_command(const std::vector<std::string>& args) {
  po::options_description visible(
      "usage: rapport analyze [--format auto|jsonl|text|vtt] [--staff NAME,...] [--json] FILE...\n"
      "Flags stances and conduct in transcripts; '-' reads standard input.\n\noptions");
  std::string format_name = "auto";
  std::vector<std::string> staff;
  std::vector<std::string> rule_files;
  visible.add_options()("help,h", "show this help")(
      "format,f", po::value(&format_name)->default_value("auto"),
      "input format: auto (by extension or content), jsonl, text ('Name: text' lines), vtt (Zoom, Teams)")(
      "staff,s", po::value(&staff)->composing(), "comma-separated speaker names that are staff (text and vtt)")(
      "rules,r", po::value(&rule_files)->composing(), "extra rule file(s) (<lang>.rules, docs/quality-markers.md)")(
      "json", "one JSON object per conversation per line");
  po::options_description hidden;
  std::vector<std::string> files;
  hidden.add_options()("file", po::value(&files));
  po::options_description all;
  all.add(visible).add(hidden);
  po::positional_options_description positional;
  positional.add("file", -1);
  po::variables_map vm;
  Format format = Format::automatic;
  try {
    po::store(po::command_line_parser(args).options(all).positional(positional).run(), vm);
    po::notify(vm);
    if (vm.count("help")) {
      std::cout << visible << "\n";
      return kOk;
    }
    format = parse_format(format_name);
    if (files.empty()) throw po::error("no input file (use '-' for standard input)");
  } catch (const po::error& e) {
    std::fprintf(stderr, "rapport analyze: %s\n", e.what());
    return kUsage;
  }
  const bool as_json = vm.count("json") > 0;
  io::RoleMap roles;
  roles.staff = split_names(staff);
  try {
    quality::Analyzer analyzer;
    for (const auto& f : rule_files) analyzer.load_rules(f);
    const bool colour = !as_json && isatty(STDOUT_FILENO) != 0;
    for (const auto& file : files) {
      const Input input = read_input(file, format, roles);
      for (std::size_t i = 0; i < input.conversations.size(); ++i) {
        const auto& c = input.conversations[i];
        const auto report = analyzer.analyze(c.turns);
        if (as_json) {
          std::cout << report_json(c, report).dump(-1, ' ', false, json::error_handler_t::replace) << "\n";
        } else {
          std::string title = input.name;
          if (input.conversations.size() > 1 || !c.id.empty())
            title += c.id.empty() ? " #" + std::to_string(i + 1) : " " + c.id;
          print_conversation(analyzer, title, c.turns, report, colour);
        }
      }
      if (!as_json && roles.staff.empty() && format != Format::jsonl && detect(file, "") != Format::jsonl) {
        std::fprintf(stderr,
                     "rapport analyze: note: no --staff given for %s; only speakers named 'agent' count as staff\n",
                     input.name.c_str());
      }
    }
  } catch (const Error& e) {
    std::fprintf(stderr, "rapport analyze: %s\n", e.what());
    return kData;
  }
  return kOk;
}

}  // namespace rapport::cli
