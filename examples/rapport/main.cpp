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
               "  demo       build a realistic demo database and show what rapport sees in it\n"
               "  init       create the database (--db PATH, default ./rapport.db)\n"
               "  client     add | list | show | merge | duplicates\n"
               "  staff      add | list\n"
               "  log        store and analyse a conversation from a transcript file\n"
               "  analyze    flag \"I win - you lose\" stances and difficult client conduct in transcripts\n"
               "  search     full-text search over clients, notes and transcripts\n"
               "  import     add clients and interactions from CSV or JSON Lines (all or nothing)\n"
               "  export     write clients and interactions as CSV or JSON Lines\n"
               "  report     scorecard | at-risk | funnel | retention | conduct | strain | quality\n"
               "  deal       add | move | list\n"
               "  ticket     open | resolve | list\n"
               "  retention  list | offer | close\n"
               "  backup     copy the database to a new file while it is in use\n\n"
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
  using namespace rapport::cli;
  if (command == "analyze") return analyze_command(args);
  if (command == "init") return init_command(args);
  if (command == "demo") return demo_command(args);
  if (command == "client") return client_command(args);
  if (command == "staff") return staff_command(args);
  if (command == "log") return log_command(args);
  if (command == "search") return search_command(args);
  if (command == "import") return import_command(args);
  if (command == "export") return export_command(args);
  if (command == "report") return report_command(args);
  if (command == "deal") return deal_command(args);
  if (command == "ticket") return ticket_command(args);
  if (command == "retention") return retention_command(args);
  if (command == "backup") return backup_command(args);
  std::fprintf(stderr, "rapport: unknown command '%s'\n", command.c_str());
  usage(stderr);
  return rapport::cli::kUsage;
}
