// rapport backup PATH: an online copy of a SQLite database.
#include <iostream>

#include "cli_support.hpp"

namespace rapport::cli {

int backup_command(const std::vector<std::string>& args) {
  std::string db;
  po::options_description o(
      "usage: rapport backup PATH [--db PATH]\nCopies the database to the new file PATH while other programs "
      "go on using it (SQLite). PATH must not exist. Restore by using the copy as --db.\n\noptions");
  auto p = parse("backup", args, o, {"path"}, &db);
  if (p.exit_code) return *p.exit_code;
  return guarded("backup", [&] {
    const std::string path = p.vm["path"].as<std::string>();
    Crm crm = open_crm(db);
    crm.backup(path);
    std::cout << "backed up " << store::describe_location(db) << " to " << path << "\n";
    return kOk;
  });
}

}  // namespace rapport::cli
