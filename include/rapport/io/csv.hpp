#pragma once

#include <cstddef>
#include <istream>
#include <ostream>
#include <string>
#include <vector>

namespace rapport::io {

/// One CSV record and the line it starts on (1-based; a quoted field may span lines).
struct CsvRecord {
  std::size_t line = 0;               ///< where the record starts
  std::vector<std::string> fields{};  ///< its fields, unquoted
};

/// Reads RFC 4180 CSV (comma-separated, "" escapes a quote inside a quoted field, CRLF or
/// LF line ends, an optional UTF-8 byte order mark). Reads the whole input before returning:
/// an unclosed quote or a stray quote throws ParseError naming `source`, line and column,
/// and no record is returned.
std::vector<CsvRecord> read_csv(std::istream& in, const std::string& source);

/// Writes one record: fields with a comma, quote, CR or LF are quoted; ends with CRLF.
void write_csv_record(std::ostream& out, const std::vector<std::string>& fields);

}  // namespace rapport::io
