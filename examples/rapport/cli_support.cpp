// Shared plumbing of the rapport subcommands.
#include "cli_support.hpp"

#include <unistd.h>

#include <charconv>
#include <cstdio>
#include <iostream>

#include "rapport/error.hpp"

namespace rapport::cli {

Parsed parse(const std::string& command, const std::vector<std::string>& args, po::options_description visible,
             const std::vector<std::string>& positional, std::string* db, bool repeat_last) {
  Parsed p;
  visible.add_options()("help,h", "show this help");
  if (db)
    visible.add_options()("db", po::value(db)->default_value("rapport.db"),
                          "the database: a SQLite file, or a PostgreSQL URI (postgresql://...) or key=value string");
  po::options_description hidden;
  po::positional_options_description pos;
  for (std::size_t k = 0; k < positional.size(); ++k) {
    if (repeat_last && k + 1 == positional.size()) {
      hidden.add_options()(positional[k].c_str(), po::value<std::vector<std::string>>());
    } else {
      hidden.add_options()(positional[k].c_str(), po::value<std::string>());
    }
    pos.add(positional[k].c_str(), repeat_last && k + 1 == positional.size() ? -1 : 1);
  }
  po::options_description all;
  all.add(visible).add(hidden);
  try {
    po::store(po::command_line_parser(args).options(all).positional(pos).run(), p.vm);
    if (p.vm.count("help")) {
      std::cout << visible << "\n";
      p.exit_code = kOk;
      return p;
    }
    po::notify(p.vm);
    for (const auto& name : positional) {
      if (!p.vm.count(name)) throw po::error("missing " + name + " (see 'rapport " + command + " --help')");
    }
  } catch (const po::error& e) {
    std::fprintf(stderr, "rapport %s: %s\n", command.c_str(), e.what());
    p.exit_code = kUsage;
  }
  return p;
}

int guarded(const std::string& command, const std::function<int()>& body) {
  try {
    return body();
  } catch (const po::error& e) {
    std::fprintf(stderr, "rapport %s: %s\n", command.c_str(), e.what());
    return kUsage;
  } catch (const Error& e) {
    std::fprintf(stderr, "rapport %s: %s\n", command.c_str(), e.what());
    return kData;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "rapport %s: %s\n", command.c_str(), e.what());
    return kData;
  }
}

Crm open_crm(const std::string& db) { return Crm::open(db); }

bool stdout_is_terminal() { return isatty(STDOUT_FILENO) != 0; }

std::string bold(const std::string& text) { return stdout_is_terminal() ? "\033[1m" + text + "\033[0m" : text; }

void print(const report::Table& table, const std::string& format) {
  if (format == "table") {
    auto text = report::format_text(table);
    if (!table.title.empty()) text = bold(table.title) + text.substr(table.title.size());
    std::cout << text;
  } else if (format == "json") {
    std::cout << report::format_json(table);
  } else if (format == "csv") {
    std::cout << report::format_csv(table);
  } else {
    throw po::error("--format '" + format + "' is not one of table, json, csv");
  }
}

std::int64_t parse_id(const std::string& text, const std::string& what) {
  std::int64_t v = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc{} || end != text.data() + text.size() || v <= 0) {
    throw po::error(what + " '" + text + "' is not a positive number");
  }
  return v;
}

Money parse_money(const std::string& amount, const std::string& currency) {
  const auto bad = [&] { return InvalidArgument("amount '" + amount + "' is not a number like 1234.56"); };
  const auto dot = amount.find('.');
  const std::string whole = amount.substr(0, dot);
  std::string cents = dot == std::string::npos ? "" : amount.substr(dot + 1);
  if (whole.empty() || cents.size() > 2 || (dot != std::string::npos && cents.empty())) throw bad();
  while (cents.size() < 2) cents += '0';
  std::int64_t w = 0, c = 0;
  for (const auto& [text, out] : {std::pair<const std::string*, std::int64_t*>{&whole, &w}, {&cents, &c}}) {
    const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), *out);
    if (ec != std::errc{} || end != text->data() + text->size() || *out < 0) throw bad();
  }
  if (w > (INT64_MAX - c) / 100) throw InvalidArgument("amount '" + amount + "' is too large");
  Money m{currency, w * 100 + c};
  validate(m);
  return m;
}

}  // namespace rapport::cli
