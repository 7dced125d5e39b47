// rapport: the command-line face of the library.
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "commands.hpp"
#include "rapport/version.hpp"

namespace {

void usage(std::FILE* out) {
  std::fprintf(out,
               "usage: rapport <command> [options]\n\n"
               "commands:\n"
               "  analyze   flag \"I win - you lose\" stances and difficult client conduct in transcripts\n\n"
               "Run 'rapport <command> --help' for a command's options.\n");
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    usage(stderr);
    return rapport::cli::kUsage;
  }
  const std::string command = argv[1];
  const std::vector<std::string> args(argv + 2, argv + argc);
  if (command == "--help" || command == "-h" || command == "help") {
    usage(stdout);
    return rapport::cli::kOk;
  }
  if (command == "--version") {
    std::printf("rapport %s\n", rapport::version_string);
    return rapport::cli::kOk;
  }
  if (command == "analyze") return rapport::cli::analyze_command(args);
  std::fprintf(stderr, "rapport: unknown command '%s'\n", command.c_str());
  usage(stderr);
  return rapport::cli::kUsage;
}
