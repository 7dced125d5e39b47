// Uses the installed rapport package: opens an in-memory CRM and adds a client.
#include <cstdio>

#include <rapport/rapport.hpp>

int main() {
  rapport::Crm crm = rapport::Crm::open(":memory:");
  rapport::Client client;
  client.name = "Consumer Test";
  client.emails = {"consumer@example.com"};
  const auto stored = crm.clients().add(client);
  std::printf("rapport %s: client #%lld %s\n", rapport::version_string, static_cast<long long>(stored.id.value),
              stored.name.c_str());
  return stored.id.valid() ? 0 : 1;
}
