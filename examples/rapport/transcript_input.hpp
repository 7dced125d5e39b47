#pragma once

// Reading transcripts named on the command line (files or '-'), in any of the
// formats the library reads; shared by `rapport analyze` and `rapport log`.
#include <string>
#include <vector>

#include "rapport/io/transcript.hpp"

namespace rapport::cli {

/// The transcript formats; `automatic` decides by file name and content.
enum class Format { automatic, jsonl, text, vtt };

/// The conversations read from one input.
struct Input {
  std::string name;                             ///< the file name, or "<stdin>"
  std::vector<io::Conversation> conversations;  ///< one for text and vtt, one per line for jsonl
};

/// Parses a --format value; throws boost::program_options::error naming it.
Format parse_format(const std::string& s);
/// The format of a file by its name (.vtt, .jsonl, .json) or, failing that, its content.
Format detect(const std::string& name, const std::string& content);
/// Reads one input ('-' is standard input); throws InvalidArgument or ParseError naming the file.
Input read_input(const std::string& name, Format format, const io::RoleMap& roles);
/// Splits comma-separated names, dropping empty ones.
std::vector<std::string> split_names(const std::vector<std::string>& values);

}  // namespace rapport::cli
