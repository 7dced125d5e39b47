#pragma once

// How both stores name the record at fault in an import's errors.
#include <string>
#include <vector>

namespace rapport::store {

/// Rethrows the error in flight as the same kind (Conflict, NotFound,
/// InvalidArgument; anything else StorageError), prefixed with `where`.
[[noreturn]] void rethrow_at(const std::string& where);

/// Where record `k` of an import came from ("clients.csv:12"), or "<what> <k+1> of the import".
std::string source_of(const std::vector<std::string>& sources, std::size_t k, const char* what);

}  // namespace rapport::store
