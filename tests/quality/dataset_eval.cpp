#include "dataset_eval.hpp"

#include <fstream>
#include <set>
#include <sstream>

#include "rapport/io/transcript.hpp"

namespace quality_eval {

std::optional<std::filesystem::path> shared_data_dir() {
  const std::filesystem::path dir = std::filesystem::path(RAPPORT_SOURCE_DIR) / ".." / "shared" / "data";
  if (std::filesystem::exists(dir / "quality-dev.jsonl")) return dir;
  return std::nullopt;
}

DevResult evaluate_dev(const rapport::quality::Analyzer& analyzer, const std::filesystem::path& jsonl) {
  std::ifstream in(jsonl);
  const auto conversations = rapport::io::read_jsonl(in, jsonl.string());
  DevResult result;
  std::set<std::string> markers;
  for (const auto& m : rapport::quality::builtin_markers()) markers.insert(m.id);
  for (const auto& c : conversations) {
    const auto report = analyzer.analyze(c.turns);
    std::set<std::string> predicted;
    for (const auto& f : report.flags) predicted.insert(f.marker);
    const std::set<std::string> gold(c.markers.begin(), c.markers.end());
    std::string missed, extra;
    for (const auto& m : markers) {
      const bool p = predicted.contains(m), g = gold.contains(m);
      for (const std::string& lang : {c.lang, std::string("all")}) {
        Counts& k = result.counts[m][lang];
        k.tp += p && g;
        k.fp += p && !g;
        k.fn += !p && g;
      }
      if (g && !p) missed += " " + m;
      if (p && !g) extra += " " + m;
    }
    if (!missed.empty() || !extra.empty()) {
      result.errors.push_back(c.id + ": missed" + (missed.empty() ? " -" : missed) + " / extra" +
                              (extra.empty() ? " -" : extra));
    }
  }
  double sum = 0;
  int n = 0;
  for (const auto& m : markers) {
    const Counts& k = result.counts[m]["all"];
    if (k.tp + k.fn == 0) continue;  // a marker absent from the data set
    sum += k.f1();
    ++n;
  }
  result.macro_f1 = n == 0 ? 0 : sum / n;
  return result;
}

ExternalResult evaluate_external(const rapport::quality::Analyzer& analyzer, const std::filesystem::path& dir) {
  ExternalResult result;
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() == ".tsv") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  for (const auto& path : files) {
    const std::string name = path.filename().string();
    const std::string lang = name.substr(0, 2);
    const bool politeness = name.find("politeness") != std::string::npos;
    std::ifstream in(path);
    std::string line;
    std::getline(in, line);  // header
    while (std::getline(in, line)) {
      const auto tab = line.rfind('\t');
      if (tab == std::string::npos) continue;
      const std::string text = line.substr(0, tab);
      const bool gold = line.substr(tab + 1, 1) == "1";
      rapport::Turn turn;
      turn.role = rapport::SpeakerRole::client;
      turn.text = text;
      const auto report = analyzer.analyze(std::span(&turn, 1));
      bool flagged = false;
      for (const auto& f : report.flags) flagged |= f.side == rapport::quality::Side::client;
      for (Counts* k : {&result.by_file[name], politeness ? nullptr : &result.by_language[lang]}) {
        if (k == nullptr) continue;
        k->tp += flagged && gold;
        k->fp += flagged && !gold;
        k->fn += !flagged && gold;
      }
      if (flagged != gold) result.errors.push_back(name + (gold ? " MISSED: " : " FALSE: ") + text);
    }
  }
  return result;
}

namespace {

std::string cell(const Counts& k) {
  char buf[32];
  if (k.tp + k.fn == 0 && k.fp == 0) return "    -    ";
  std::snprintf(buf, sizeof buf, "%.2f/%.2f", k.precision(), k.recall());
  return buf;
}

}  // namespace

std::string format_dev(const DevResult& result) {
  std::ostringstream out;
  const std::vector<std::string> langs = {"en", "ru", "uk", "pl", "ro", "all"};
  out << "marker               ";
  for (const auto& l : langs) out << "  " << l << " P/R    ";
  out << "\n";
  for (const auto& [marker, by_lang] : result.counts) {
    char name[32];
    std::snprintf(name, sizeof name, "%-20s", marker.c_str());
    out << name;
    for (const auto& l : langs) {
      const auto it = by_lang.find(l);
      out << "  " << (it == by_lang.end() ? "    -    " : cell(it->second));
    }
    out << "\n";
  }
  char macro[64];
  std::snprintf(macro, sizeof macro, "macro-F1 over markers (pooled): %.3f\n", result.macro_f1);
  out << macro;
  return out.str();
}

std::string format_external(const ExternalResult& result) {
  std::ostringstream out;
  out << "file                                   P     R     (client-side flag on a label-1 text)\n";
  for (const auto& [name, k] : result.by_file) {
    char line[128];
    std::snprintf(line, sizeof line, "%-36s  %.2f  %.2f  tp=%d fp=%d fn=%d\n", name.c_str(), k.precision(), k.recall(),
                  k.tp, k.fp, k.fn);
    out << line;
  }
  out << "by language (politeness file excluded):\n";
  for (const auto& [lang, k] : result.by_language) {
    char line[128];
    std::snprintf(line, sizeof line, "  %-4s  P %.2f  R %.2f\n", lang.c_str(), k.precision(), k.recall());
    out << line;
  }
  return out.str();
}

}  // namespace quality_eval
