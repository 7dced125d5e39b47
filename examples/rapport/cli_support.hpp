#pragma once

// What every subcommand shares: option parsing with --help and --db, the
// mapping of errors to exit codes, output formats, and value parsers that name
// the bad value.
#include <boost/program_options.hpp>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "commands.hpp"
#include "rapport/crm.hpp"
#include "rapport/model/money.hpp"
#include "rapport/report/table.hpp"

namespace rapport::cli {

namespace po = boost::program_options;

/// A subcommand's command line, parsed.
struct Parsed {
  po::variables_map vm;          ///< the options
  std::optional<int> exit_code;  ///< set when the command should stop (help shown, usage error)
};

/// Parses `args` for `command` ("client add"): `visible` options (--help and --db are added),
/// `positional` names in order (the last may repeat when `repeat_last`). Prints help or the usage
/// error itself.
Parsed parse(const std::string& command, const std::vector<std::string>& args, po::options_description visible,
             const std::vector<std::string>& positional, std::string* db, bool repeat_last = false);

/// Runs `body`, turning errors into a one-line message "rapport <command>: ..." and an exit code:
/// bad options 1, bad data (invalid value, unknown id, unreadable or malformed file) 2.
int guarded(const std::string& command, const std::function<int()>& body);

/// Opens the database for a subcommand (creating it when absent).
Crm open_crm(const std::string& db);

/// Prints a table as `format` ("table", "json", "csv"); throws po::error naming an unknown format.
void print(const report::Table& table, const std::string& format);
/// True when standard output is a terminal (colour, progress bars).
bool stdout_is_terminal();
/// Bold text on a terminal, plain otherwise.
std::string bold(const std::string& text);

/// A positive id; throws po::error naming `what` and the text otherwise.
std::int64_t parse_id(const std::string& text, const std::string& what);
/// An amount like "1234", "1234.5" or "1234.56" in `currency`; throws InvalidArgument naming the text.
Money parse_money(const std::string& amount, const std::string& currency);

}  // namespace rapport::cli
