// Printing report tables as text, JSON and CSV.
#include "rapport/report/table.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>

namespace rapport::report {
namespace {

// A line break inside a cell would break the columns of a text table.
std::string one_line(std::string s) {
  for (auto& ch : s) {
    if (ch == '\n' || ch == '\r' || ch == '\t') ch = ' ';
  }
  return s;
}

std::string cell_text(const Cell& c) {
  if (std::holds_alternative<std::int64_t>(c)) return std::to_string(std::get<std::int64_t>(c));
  if (std::holds_alternative<double>(c)) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.2f", std::get<double>(c));
    return buf;
  }
  if (std::holds_alternative<std::string>(c)) return std::get<std::string>(c);
  return "";
}

// Display width in code points (good enough for the Latin, Cyrillic and
// diacritic text of these reports; no wide CJK glyphs).
std::size_t width(const std::string& s) {
  return static_cast<std::size_t>(
      std::count_if(s.begin(), s.end(), [](char ch) { return (static_cast<unsigned char>(ch) & 0xC0) != 0x80; }));
}

}  // namespace

std::string format_text(const Table& table) {
  std::vector<std::size_t> widths;
  for (const auto& c : table.columns) widths.push_back(width(c));
  // A column is numeric (right-aligned, header too) when it holds numbers and no text.
  std::vector<bool> numeric(widths.size(), false), text_seen(widths.size(), false);
  std::vector<std::vector<std::string>> texts;
  for (const auto& row : table.rows) {
    auto& out = texts.emplace_back();
    for (std::size_t k = 0; k < row.size() && k < widths.size(); ++k) {
      out.push_back(one_line(cell_text(row[k])));
      widths[k] = std::max(widths[k], width(out.back()));
      if (std::holds_alternative<std::string>(row[k])) text_seen[k] = true;
      if (std::holds_alternative<std::int64_t>(row[k]) || std::holds_alternative<double>(row[k])) numeric[k] = true;
    }
  }
  for (std::size_t k = 0; k < numeric.size(); ++k) numeric[k] = numeric[k] && !text_seen[k];
  auto pad = [](const std::string& s, std::size_t w, bool right) {
    const std::string fill(w - std::min(w, width(s)), ' ');
    return right ? fill + s : s + fill;
  };
  std::string text = table.title.empty() ? "" : table.title + "\n";
  auto trimmed = [](std::string line) {
    while (!line.empty() && line.back() == ' ') line.pop_back();
    return line + "\n";
  };
  std::string header;
  for (std::size_t k = 0; k < table.columns.size(); ++k) {
    header += (k ? "  " : "") + pad(table.columns[k], widths[k], numeric[k]);
  }
  text += trimmed(header);
  for (const auto& cells : texts) {
    std::string line;
    for (std::size_t k = 0; k < cells.size(); ++k) line += (k ? "  " : "") + pad(cells[k], widths[k], numeric[k]);
    text += trimmed(line);
  }
  if (table.rows.empty()) text += "(no rows)\n";
  return text;
}

std::string format_json(const Table& table) {
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& row : table.rows) {
    nlohmann::json o = nlohmann::json::object();
    for (std::size_t k = 0; k < row.size() && k < table.columns.size(); ++k) {
      const auto& c = row[k];
      if (std::holds_alternative<std::int64_t>(c))
        o[table.columns[k]] = std::get<std::int64_t>(c);
      else if (std::holds_alternative<double>(c))
        o[table.columns[k]] = std::get<double>(c);
      else if (std::holds_alternative<std::string>(c))
        o[table.columns[k]] = std::get<std::string>(c);
      else
        o[table.columns[k]] = nullptr;
    }
    rows.push_back(std::move(o));
  }
  // Invalid UTF-8 cannot reach a table (the store accepts only valid UTF-8),
  // but replace rather than throw if it ever does.
  return rows.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::string format_csv(const Table& table) {
  auto field = [](const std::string& s) {
    if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
    std::string q = "\"";
    for (char ch : s) {
      if (ch == '"') q += '"';
      q += ch;
    }
    return q + "\"";
  };
  std::string csv;
  for (std::size_t k = 0; k < table.columns.size(); ++k) csv += (k ? "," : "") + field(table.columns[k]);
  csv += "\r\n";
  for (const auto& row : table.rows) {
    for (std::size_t k = 0; k < row.size(); ++k) csv += (k ? "," : "") + field(cell_text(row[k]));
    csv += "\r\n";
  }
  return csv;
}

}  // namespace rapport::report
