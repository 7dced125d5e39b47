// Email keys: how variants of one address meet (duplicates, merge).
#include "email_key.hpp"

#include <algorithm>

namespace rapport::store {

std::string email_key(const std::string& email) {
  const auto at = email.find('@');
  if (at == std::string::npos) return email;
  std::string local = email.substr(0, at);
  std::string domain = email.substr(at + 1);
  local = local.substr(0, local.find('+'));
  if (domain == "googlemail.com") domain = "gmail.com";
  if (domain == "gmail.com") local.erase(std::remove(local.begin(), local.end(), '.'), local.end());
  return local + "@" + domain;
}

}  // namespace rapport::store
