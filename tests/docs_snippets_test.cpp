// The code in docs/workflows.md and docs/hooks.md is quoted from the example
// programs, which CI builds and runs: this test fails when a doc snippet is no
// longer in any example, so the docs cannot drift from code that compiles.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

std::string read(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<std::string> cpp_blocks(const std::string& markdown) {
  std::vector<std::string> blocks;
  const std::string open = "```cpp\n";
  for (auto at = markdown.find(open); at != std::string::npos; at = markdown.find(open, at)) {
    const auto begin = at + open.size();
    const auto end = markdown.find("```", begin);
    REQUIRE(end != std::string::npos);
    blocks.push_back(markdown.substr(begin, end - begin));
    at = end + 3;
  }
  return blocks;
}

}  // namespace

TEST_CASE("every C++ snippet of the workflow and hook docs is part of a built example") {
  const std::filesystem::path root = RAPPORT_SOURCE_DIR;
  std::vector<std::string> examples;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root / "examples")) {
    if (entry.path().extension() == ".cpp") examples.push_back(read(entry.path()));
  }
  REQUIRE(examples.size() >= 5);
  for (const char* doc : {"docs/workflows.md", "docs/hooks.md"}) {
    const auto blocks = cpp_blocks(read(root / doc));
    CAPTURE(doc);
    CHECK(blocks.size() >= 2);
    for (const auto& block : blocks) {
      CAPTURE(block);
      bool found = false;
      for (const auto& source : examples) found |= source.find(block) != std::string::npos;
      CHECK(found);
    }
  }
}
