#pragma once

#include <cstddef>
#include <functional>
#include <istream>
#include <ostream>
#include <string>

#include "rapport/crm.hpp"

namespace rapport::io {

/// The file formats of export and import.
enum class ExchangeFormat { csv, jsonl };

/// The format a file name asks for: ".csv" or ".jsonl"/".json"; throws InvalidArgument naming the name.
ExchangeFormat exchange_format_of(const std::string& file_name);

/// Writes every staff member, in id order. Returns how many were written.
std::size_t export_staff(Crm& crm, std::ostream& out, ExchangeFormat format);
/// Writes every client, in id order (columns and keys in docs/import-export.md).
/// Returns how many were written.
std::size_t export_clients(Crm& crm, std::ostream& out, ExchangeFormat format);
/// Writes every interaction with its transcript, in id order. Returns how many were written.
std::size_t export_interactions(Crm& crm, std::ostream& out, ExchangeFormat format);

/// One input of an import.
struct ImportInput {
  std::istream* in = nullptr;                   ///< the data
  std::string name{};                           ///< its name in error messages ("clients.csv")
  ExchangeFormat format = ExchangeFormat::csv;  ///< how to read it
};

/// The inputs of one import; any may be null.
struct ImportFiles {
  const ImportInput* staff = nullptr;         ///< staff members
  const ImportInput* clients = nullptr;       ///< clients
  const ImportInput* interactions = nullptr;  ///< interactions with transcripts
};

/// What an import stored.
struct ImportSummary {
  std::size_t staff = 0;         ///< staff members added
  std::size_t clients = 0;       ///< clients added
  std::size_t interactions = 0;  ///< interactions added (analysed, scores stored)
};

/// Reports import progress: records analysed so far of the total.
using ImportProgress = std::function<void(std::size_t done, std::size_t total)>;

/// Imports staff, clients and interactions in ONE transaction: every record is read,
/// validated and analysed first; a bad record throws (ParseError with file, line and
/// column for malformed data; otherwise the error names the file and line) and nothing
/// is stored. An interaction's `client_id` / `staff_id` (a client's `owner_id`) is the id
/// of a record in the imported file when there is one, else of one already stored. No
/// events fire: history is imported, not re-lived.
ImportSummary import_records(Crm& crm, const ImportFiles& files, const ImportProgress& progress = {});

}  // namespace rapport::io
