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

}  // namespace rapport::cli
