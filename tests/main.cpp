// The test binaries' entry point. On the PostgreSQL run of a suite
// (RAPPORT_TEST_STORE=postgresql) without a test server, the whole run is
// skipped with the reason (exit code 77, which ctest reports as skipped),
// unless RAPPORT_REQUIRE_POSTGRES=1 says a server must be there (CI).
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include <cstdlib>
#include <iostream>
#include <string>

namespace {

std::string env(const char* name) {
  const char* value = std::getenv(name);
  return value == nullptr ? std::string() : std::string(value);
}

}  // namespace

int main(int argc, char** argv) {
  if (env("RAPPORT_TEST_STORE") == "postgresql" && env("RAPPORT_TEST_POSTGRES").empty() &&
      env("RAPPORT_REQUIRE_POSTGRES") != "1") {
    std::cout << "PostgreSQL run skipped: RAPPORT_TEST_POSTGRES is not set (scripts/test starts a server)\n";
    return 77;
  }
  doctest::Context context(argc, argv);
  return context.run();
}
