// rapport-quality-eval: prints the analyzer's precision/recall tables on the
// shared data sets, and with --errors the conversations it gets wrong.
// A development tool for tuning lexicons; the ctest tests assert the floors.
//   rapport-quality-eval [--errors] [--rules FILE]... [--no-builtin]
#include <cstring>
#include <iostream>

#include "dataset_eval.hpp"

int main(int argc, char** argv) {
  bool errors = false;
  rapport::quality::AnalyzerConfig config;
  std::vector<std::string> extra;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--errors") == 0)
      errors = true;
    else if (std::strcmp(argv[i], "--no-builtin") == 0)
      config.builtin_rules = false;
    else if (std::strcmp(argv[i], "--rules") == 0 && i + 1 < argc)
      extra.push_back(argv[++i]);
    else {
      std::cerr << "usage: rapport-quality-eval [--errors] [--no-builtin] [--rules FILE]...\n";
      return 1;
    }
  }
  const auto dir = quality_eval::shared_data_dir();
  if (!dir) {
    std::cerr << "no ../shared/data next to the source tree\n";
    return 1;
  }
  try {
    rapport::quality::Analyzer analyzer(config);
    for (const auto& f : extra) analyzer.load_rules(f);
    std::cout << "rules: " << analyzer.rule_count() << "\n\n";
    const auto dev = quality_eval::evaluate_dev(analyzer, *dir / "quality-dev.jsonl");
    std::cout << quality_eval::format_dev(dev) << "\n";
    const auto ext = quality_eval::evaluate_external(analyzer, *dir / "external");
    std::cout << quality_eval::format_external(ext);
    if (errors) {
      std::cout << "\n-- dev errors --\n";
      for (const auto& e : dev.errors) std::cout << e << "\n";
      std::cout << "\n-- external errors --\n";
      for (const auto& e : ext.errors) std::cout << e << "\n";
    }
  } catch (const std::exception& e) {
    std::cerr << "error: " << e.what() << "\n";
    return 2;
  }
  return 0;
}
