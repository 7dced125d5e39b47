// RFC 4180 CSV: a strict reader that reports where a file is broken, and a writer.
#include "rapport/io/csv.hpp"

#include <iterator>

#include "rapport/error.hpp"

namespace rapport::io {

std::vector<CsvRecord> read_csv(std::istream& in, const std::string& source) {
  const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  std::vector<CsvRecord> records;
  std::size_t i = text.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
  std::size_t line = 1, column = 1;
  CsvRecord record{line, {}};
  std::string field;
  bool field_started = false;  // distinguishes an empty last field from an empty line
  auto end_record = [&] {
    if (field_started || !record.fields.empty()) {
      record.fields.push_back(std::move(field));
      records.push_back(std::move(record));
    }
    field.clear();
    field_started = false;
    record = CsvRecord{line, {}};
  };
  while (i < text.size()) {
    const char ch = text[i];
    if (ch == '"' && !field_started) {
      // A quoted field: runs to the closing quote, across commas and line breaks.
      const std::size_t open_line = line, open_column = column;
      ++i;
      ++column;
      bool closed = false;
      while (i < text.size()) {
        if (text[i] == '"') {
          if (i + 1 < text.size() && text[i + 1] == '"') {
            field += '"';
            i += 2;
            column += 2;
            continue;
          }
          ++i;
          ++column;
          closed = true;
          break;
        }
        if (text[i] == '\n') {
          ++line;
          column = 0;
        }
        field += text[i++];
        ++column;
      }
      if (!closed) throw ParseError(source, open_line, open_column, "quoted field is never closed");
      field_started = true;
      if (i < text.size() && text[i] != ',' && text[i] != '\n' && text[i] != '\r') {
        throw ParseError(source, line, column, "unexpected text after a closing quote");
      }
      continue;
    }
    if (ch == ',') {
      record.fields.push_back(std::move(field));
      field.clear();
      field_started = false;  // the next field may be quoted; a trailing empty one still counts (end_record)
      ++i;
      ++column;
      continue;
    }
    if (ch == '\r' || ch == '\n') {
      if (ch == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      ++i;
      ++line;
      column = 1;
      end_record();
      continue;
    }
    if (ch == '"') throw ParseError(source, line, column, "a quote inside an unquoted field (quote the whole field)");
    field += ch;
    field_started = true;
    ++i;
    ++column;
  }
  end_record();
  return records;
}

void write_csv_record(std::ostream& out, const std::vector<std::string>& fields) {
  for (std::size_t k = 0; k < fields.size(); ++k) {
    if (k) out << ',';
    const auto& f = fields[k];
    if (f.find_first_of(",\"\r\n") == std::string::npos) {
      out << f;
      continue;
    }
    out << '"';
    for (char ch : f) {
      if (ch == '"') out << '"';
      out << ch;
    }
    out << '"';
  }
  out << "\r\n";
}

}  // namespace rapport::io
