// rapport import / export: clients and interactions as CSV or JSON Lines.
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "cli_support.hpp"
#include "rapport/error.hpp"
#include "rapport/io/exchange.hpp"

namespace rapport::cli {
namespace {

// A progress bar on standard error when it is a terminal; nothing otherwise.
void show_progress(std::size_t done, std::size_t total) {
  if (isatty(STDERR_FILENO) == 0 || total == 0) return;
  const int width = 30;
  const auto filled = static_cast<int>(static_cast<double>(done) / static_cast<double>(total) * width);
  std::fprintf(stderr, "\ranalysing [%.*s%*s] %zu/%zu", filled, "##############################", width - filled, "",
               done, total);
  if (done == total) std::fprintf(stderr, "\n");
}

std::ofstream create_new(const std::string& path, bool force) {
  if (!force && std::filesystem::exists(path)) {
    throw InvalidArgument("'" + path + "' exists already (use --force to overwrite)");
  }
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) throw InvalidArgument("cannot write '" + path + "'");
  return out;
}

}  // namespace

int export_command(const std::vector<std::string>& args) {
  std::string db, staff, clients, interactions;
  po::options_description o(
      "usage: rapport export [--staff FILE] [--clients FILE] [--interactions FILE] [--force]\nWrites staff, clients "
      "and/or interactions (with transcripts); the format follows the name: .csv or .jsonl.\n\noptions");
  o.add_options()("staff", po::value(&staff), "write staff here")("clients", po::value(&clients), "write clients here")(
      "interactions", po::value(&interactions), "write interactions here")("force", "overwrite existing files");
  auto p = parse("export", args, o, {}, &db);
  if (p.exit_code) return *p.exit_code;
  return guarded("export", [&] {
    if (staff.empty() && clients.empty() && interactions.empty()) {
      throw po::error("nothing to export: give --staff, --clients and/or --interactions");
    }
    const bool force = p.vm.count("force") > 0;
    const auto staff_format = staff.empty() ? io::ExchangeFormat::csv : io::exchange_format_of(staff);
    const auto client_format = clients.empty() ? io::ExchangeFormat::csv : io::exchange_format_of(clients);
    const auto interaction_format =
        interactions.empty() ? io::ExchangeFormat::csv : io::exchange_format_of(interactions);
    // Exporting must not create an empty SQLite file by mistake (a server database is checked by connecting).
    if (!store::is_postgres_location(db) && !std::filesystem::exists(db)) {
      throw InvalidArgument("database '" + db + "' does not exist");
    }
    Crm crm = open_crm(db);
    if (!staff.empty()) {
      auto out = create_new(staff, force);
      const auto n = io::export_staff(crm, out, staff_format);
      std::cout << n << " staff written to " << staff << "\n";
    }
    if (!clients.empty()) {
      auto out = create_new(clients, force);
      const auto n = io::export_clients(crm, out, client_format);
      std::cout << n << " clients written to " << clients << "\n";
    }
    if (!interactions.empty()) {
      auto out = create_new(interactions, force);
      const auto n = io::export_interactions(crm, out, interaction_format);
      std::cout << n << " interactions written to " << interactions << "\n";
    }
    return kOk;
  });
}

int import_command(const std::vector<std::string>& args) {
  std::string db, staff, clients, interactions;
  po::options_description o(
      "usage: rapport import [--staff FILE] [--clients FILE] [--interactions FILE]\nAdds staff, clients and/or "
      "interactions from CSV or "
      "JSON Lines (format by name); interactions are analysed. All or nothing: a bad record stops the import "
      "with its line number and nothing is stored.\n\noptions");
  o.add_options()("staff", po::value(&staff), "staff to add")("clients", po::value(&clients), "clients to add")(
      "interactions", po::value(&interactions),
      "interactions to add (client_id / staff_id: a record of --clients / --staff, or one stored)");
  auto p = parse("import", args, o, {}, &db);
  if (p.exit_code) return *p.exit_code;
  return guarded("import", [&] {
    if (staff.empty() && clients.empty() && interactions.empty()) {
      throw po::error("nothing to import: give --staff, --clients and/or --interactions");
    }
    std::ifstream staff_in, client_in, interaction_in;
    io::ImportInput staff_input, client_input, interaction_input;
    for (auto [path, stream, input] :
         {std::tuple{&staff, &staff_in, &staff_input}, std::tuple{&clients, &client_in, &client_input},
          std::tuple{&interactions, &interaction_in, &interaction_input}}) {
      if (path->empty()) continue;
      input->format = io::exchange_format_of(*path);
      stream->open(*path, std::ios::binary);
      if (!*stream) throw InvalidArgument("cannot read '" + *path + "'");
      input->in = stream;
      input->name = *path;
    }
    Crm crm = open_crm(db);
    const io::ImportFiles files{staff.empty() ? nullptr : &staff_input, clients.empty() ? nullptr : &client_input,
                                interactions.empty() ? nullptr : &interaction_input};
    const auto summary = io::import_records(crm, files, show_progress);
    std::cout << "imported " << summary.staff << " staff, " << summary.clients << " clients and "
              << summary.interactions << " interactions\n";
    return kOk;
  });
}

}  // namespace rapport::cli
