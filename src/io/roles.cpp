// Speaker names to roles.
#include <algorithm>
#include <cctype>

#include "rapport/io/transcript.hpp"

namespace rapport::io {
namespace {

std::string canonical(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

}  // namespace

SpeakerRole role_of(const std::string& name, const RoleMap& roles) {
  const std::string key = canonical(name);
  if (key == "agent" || key == "staff") return SpeakerRole::agent;
  if (key == "client" || key == "customer") return SpeakerRole::client;
  if (key == "other") return SpeakerRole::other;
  for (const auto& staff : roles.staff) {
    if (canonical(staff) == key) return SpeakerRole::agent;
  }
  return roles.others;
}

}  // namespace rapport::io
