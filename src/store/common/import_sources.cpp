// Errors of an import, named by the record at fault (import_sources.hpp).
#include "import_sources.hpp"

#include "rapport/error.hpp"

namespace rapport::store {

void rethrow_at(const std::string& where) {
  try {
    throw;
  } catch (const Conflict& e) {
    throw Conflict(where + ": " + e.what());
  } catch (const NotFound& e) {
    throw NotFound(where + ": " + e.what());
  } catch (const InvalidArgument& e) {
    throw InvalidArgument(where + ": " + e.what());
  } catch (const std::exception& e) {
    throw StorageError(where + ": " + e.what());
  }
}

std::string source_of(const std::vector<std::string>& sources, std::size_t k, const char* what) {
  return k < sources.size() ? sources[k] : std::string(what) + " " + std::to_string(k + 1) + " of the import";
}

}  // namespace rapport::store
