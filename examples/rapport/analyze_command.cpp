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
#include "transcript_input.hpp"
#include "rapport/error.hpp"
#include "rapport/io/transcript.hpp"
#include "rapport/quality/analyzer.hpp"

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

// Terminal colours by marker kind; plain brackets when not a terminal.
struct Style {
  bool colour;
  std::string open(quality::MarkerKind kind, quality::Side side) const {
    if (!colour) return "[";
    if (kind == quality::MarkerKind::positive) return "\033[1;32m";
    if (kind == quality::MarkerKind::neutral) return "\033[1;36m";
    return side == quality::Side::agent ? "\033[1;31m" : "\033[1;33m";
  }
  std::string close() const { return colour ? "\033[0m" : "]"; }
  std::string bold(const std::string& s) const { return colour ? "\033[1m" + s + "\033[0m" : s; }
};

quality::MarkerKind kind_of(const quality::Analyzer& analyzer, const std::string& marker) {
  if (const auto m = quality::find_builtin_marker(marker)) return m->kind;
  for (const auto& m : analyzer.config().markers) {
    if (m.id == marker) return m.kind;
  }
  return quality::MarkerKind::neutral;
}

std::string seconds(std::int64_t ms) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f s", static_cast<double>(ms) / 1000.0);
  return buf;
}

void print_human(const quality::Analyzer& analyzer, const std::string& title, const io::Conversation& c,
                 const quality::QualityReport& r, const Style& style) {
  std::printf("%s\n", style.bold("== " + title + " (" + std::to_string(c.turns.size()) + " turns) ==").c_str());
  std::printf("stance %d/100   conduct %d/100   %s\n", r.stance, r.conduct,
              r.adversarial ? style.bold("ADVERSARIAL").c_str() : "not adversarial");
  for (std::size_t t = 0; t < c.turns.size(); ++t) {
    std::vector<const quality::Flag*> here;
    for (const auto& f : r.flags) {
      if (f.turn == t) here.push_back(&f);
    }
    if (here.empty()) continue;
    const Turn& turn = c.turns[t];
    // Highlight lexical evidence (non-overlapping, in order); structural flags are listed below the turn.
    std::string shown;
    std::size_t pos = 0;
    for (const auto* f : here) {
      if (f->lang.empty() || f->begin < pos || f->end > turn.text.size()) continue;
      shown += turn.text.substr(pos, f->begin - pos);
      shown += style.open(kind_of(analyzer, f->marker), f->side) + turn.text.substr(f->begin, f->end - f->begin) +
               style.close();
      pos = f->end;
    }
    shown += turn.text.substr(pos);
    const std::string who = std::string(to_string(turn.role)) + (turn.speaker.empty() ? "" : " (" + turn.speaker + ")");
    std::printf("  turn %zu %s: %s\n", t, who.c_str(), shown.c_str());
    for (const auto* f : here) {
      std::printf("      %s%s%s %s, severity %d%s%s\n", style.open(kind_of(analyzer, f->marker), f->side).c_str(),
                  f->marker.c_str(), style.close().c_str(), std::string(quality::to_string(f->side)).c_str(),
                  f->severity, f->lang.empty() ? "" : (", " + f->lang).c_str(),
                  f->lang.empty() ? (": " + f->evidence).c_str() : "");
    }
  }
  const auto& m = r.metrics;
  std::printf("  talk share: agent %.0f%%, client %.0f%% (by %s)\n", m.agent.talk_share * 100,
              m.client.talk_share * 100, m.timed ? "time" : "words");
  std::printf("  longest monologue: agent %zu words%s, client %zu words%s\n", m.agent.longest_monologue_words,
              m.timed ? (" / " + seconds(m.agent.longest_monologue_ms)).c_str() : "",
              m.client.longest_monologue_words,
              m.timed ? (" / " + seconds(m.client.longest_monologue_ms)).c_str() : "");
  std::printf("  interruptions: agent %zu, client %zu   questions: agent %zu, client %zu\n", m.agent.interruptions,
              m.client.interruptions, m.agent.questions, m.client.questions);
  if (m.agent_response_ms) {
    std::printf("  agent response gap: mean %s, longest %s\n", seconds(*m.agent_response_ms).c_str(),
                seconds(*m.agent_max_response_ms).c_str());
  }
  std::printf("\n");
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
    const Style style{!as_json && isatty(STDOUT_FILENO) != 0};
    for (const auto& file : files) {
      const Input input = read_input(file, format, roles);
      for (std::size_t i = 0; i < input.conversations.size(); ++i) {
        const auto& c = input.conversations[i];
        const auto report = analyzer.analyze(c.turns);
        if (as_json) {
          std::cout << report_json(c, report).dump(-1, ' ', false, json::error_handler_t::replace) << "\n";
        } else {
          std::string title = input.name;
          if (input.conversations.size() > 1 || !c.id.empty()) title += c.id.empty() ? " #" + std::to_string(i + 1) : " " + c.id;
          print_human(analyzer, title, c, report, style);
        }
      }
      if (!as_json && roles.staff.empty() && format != Format::jsonl && detect(file, "") != Format::jsonl) {
        std::fprintf(stderr, "rapport analyze: note: no --staff given for %s; only speakers named 'agent' count as staff\n",
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
