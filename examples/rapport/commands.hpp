#pragma once

// The rapport command-line program: one function per subcommand. Each takes
// the arguments after the subcommand name and returns the exit code:
// 0 ok, 1 usage error, 2 data error.
#include <string>
#include <vector>

namespace rapport::cli {

/// Exit codes shared by every subcommand.
enum ExitCode { kOk = 0, kUsage = 1, kData = 2 };

/// `rapport analyze`: flags in transcripts (JSONL, plain text, WebVTT).
int analyze_command(const std::vector<std::string>& args);
/// `rapport init`: creates or migrates the database.
int init_command(const std::vector<std::string>& args);
/// `rapport client add|list|show|merge|duplicates`.
int client_command(const std::vector<std::string>& args);
/// `rapport staff add|list`.
int staff_command(const std::vector<std::string>& args);
/// `rapport log`: stores and analyses one conversation.
int log_command(const std::vector<std::string>& args);
/// `rapport search`: full-text search.
int search_command(const std::vector<std::string>& args);
/// `rapport report NAME`: the reports as table, JSON or CSV.
int report_command(const std::vector<std::string>& args);
/// `rapport deal add|move|list`.
int deal_command(const std::vector<std::string>& args);
/// `rapport ticket open|resolve|list`.
int ticket_command(const std::vector<std::string>& args);
/// `rapport demo`: builds a demo database and prints a dashboard.
int demo_command(const std::vector<std::string>& args);
/// `rapport import`: clients and interactions from CSV or JSON Lines, all or nothing.
int import_command(const std::vector<std::string>& args);
/// `rapport export`: clients and interactions to CSV or JSON Lines.
int export_command(const std::vector<std::string>& args);
/// `rapport backup PATH`: an online copy of the database to a new file.
int backup_command(const std::vector<std::string>& args);
/// `rapport retention list|offer|close`.
int retention_command(const std::vector<std::string>& args);

}  // namespace rapport::cli
