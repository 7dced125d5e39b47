// Reading transcripts named on the command line.
#include "transcript_input.hpp"

#include <boost/program_options/errors.hpp>
#include <fstream>
#include <iostream>
#include <sstream>

#include "rapport/error.hpp"

namespace po = boost::program_options;

namespace rapport::cli {

Format parse_format(const std::string& s) {
  if (s == "auto") return Format::automatic;
  if (s == "jsonl") return Format::jsonl;
  if (s == "text") return Format::text;
  if (s == "vtt") return Format::vtt;
  throw po::error("--format '" + s + "' is not one of auto, jsonl, text, vtt");
}

Format detect(const std::string& name, const std::string& content) {
  const auto ends = [&](const char* suffix) {
    const std::string s(suffix);
    return name.size() >= s.size() && name.compare(name.size() - s.size(), s.size(), s) == 0;
  };
  if (ends(".vtt")) return Format::vtt;
  if (ends(".jsonl") || ends(".json")) return Format::jsonl;
  const auto first = content.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  if (content.compare(first == std::string::npos ? 0 : first, 6, "WEBVTT") == 0) return Format::vtt;
  if (first != std::string::npos && content[first] == '{') return Format::jsonl;
  return Format::text;
}

Input read_input(const std::string& name, Format format, const io::RoleMap& roles) {
  std::string content;
  if (name == "-") {
    std::stringstream ss;
    ss << std::cin.rdbuf();
    content = ss.str();
  } else {
    std::ifstream in(name, std::ios::binary);
    if (!in) throw InvalidArgument("cannot read '" + name + "'");
    std::stringstream ss;
    ss << in.rdbuf();
    content = ss.str();
  }
  const std::string source = name == "-" ? "<stdin>" : name;
  if (format == Format::automatic) format = detect(name, content);
  std::istringstream in(content);
  Input input{source, {}};
  if (format == Format::jsonl) {
    input.conversations = io::read_jsonl(in, source, roles);
  } else {
    io::Conversation c;
    c.turns = format == Format::vtt ? io::read_vtt(in, source, roles) : io::read_plain(in, source, roles);
    input.conversations.push_back(std::move(c));
  }
  return input;
}

std::vector<std::string> split_names(const std::vector<std::string>& values) {
  std::vector<std::string> names;
  for (const auto& v : values) {
    std::stringstream ss(v);
    for (std::string name; std::getline(ss, name, ',');) {
      if (!name.empty()) names.push_back(name);
    }
  }
  return names;
}

}  // namespace rapport::cli
