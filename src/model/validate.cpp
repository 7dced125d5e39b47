// The rules of each entity, in one place; every write path calls these.
#include "rapport/model/validate.hpp"

#include <algorithm>
#include <cctype>
#include <string>

#include "rapport/error.hpp"

namespace rapport {
namespace {

constexpr std::size_t kMaxNameBytes = 500;
constexpr std::size_t kMaxEmailBytes = 254;

std::string trim(std::string_view s) {
  const auto first = s.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  const auto last = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(first, last - first + 1));
}

std::string lower_ascii(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

// Shows a value in a message: quoted and cut, with invalid UTF-8 made visible.
std::string shown(std::string_view value) {
  std::string out;
  for (const unsigned char c : value.substr(0, 80)) {
    if (c < 0x20 || c >= 0x80) {
      static constexpr char hex[] = "0123456789abcdef";
      if (c >= 0x80 && is_valid_utf8(value)) {
        out += static_cast<char>(c);
        continue;
      }
      out += "\\x";
      out += hex[c >> 4];
      out += hex[c & 15];
    } else {
      out += static_cast<char>(c);
    }
  }
  if (value.size() > 80) out += "...";
  return "'" + out + "'";
}

void require_utf8(std::string_view field, std::string_view text) {
  if (!is_valid_utf8(text)) throw InvalidArgument(std::string(field) + " " + shown(text) + " is not valid UTF-8");
}

std::string required_name(std::string_view field, std::string_view value) {
  require_utf8(field, value);
  std::string name = trim(value);
  if (name.empty()) throw InvalidArgument(std::string(field) + " must not be empty");
  if (name.size() > kMaxNameBytes) {
    throw InvalidArgument(std::string(field) + " " + shown(name) + " is longer than " + std::to_string(kMaxNameBytes) +
                          " bytes");
  }
  return name;
}

void check_language(const std::string& language) {
  // BCP 47 primary subtag with an optional region: "en", "pl", "pt-br", "fil".
  const auto letters = [](std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  };
  if (language.empty()) return;
  const auto dash = language.find('-');
  const std::string_view primary = std::string_view(language).substr(0, dash);
  const bool ok = primary.size() >= 2 && primary.size() <= 3 && letters(primary) &&
                  (dash == std::string::npos ||
                   (language.size() - dash - 1 >= 2 && language.size() - dash - 1 <= 8 &&
                    std::all_of(language.begin() + static_cast<std::ptrdiff_t>(dash) + 1, language.end(),
                                [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; })));
  if (!ok) throw InvalidArgument("language '" + language + "' is not a language code such as 'en' or 'pt-br'");
}

void sort_unique(std::vector<std::string>& values) {
  std::sort(values.begin(), values.end());
  values.erase(std::unique(values.begin(), values.end()), values.end());
}

// Drops repeats but keeps the caller's order: the first email or phone is the primary.
void unique_keep_order(std::vector<std::string>& values) {
  std::vector<std::string> seen;
  for (auto& v : values) {
    if (std::find(seen.begin(), seen.end(), v) == seen.end()) seen.push_back(std::move(v));
  }
  values = std::move(seen);
}

}  // namespace

std::string normalize_email(std::string_view email) {
  require_utf8("email", email);
  std::string e = lower_ascii(trim(email));
  const auto at = e.find('@');
  const bool shape_ok = !e.empty() && e.size() <= kMaxEmailBytes && at != std::string::npos && at > 0 &&
                        e.find('@', at + 1) == std::string::npos &&
                        e.find_first_of(" \t\r\n,;<>()[]\\\"") == std::string::npos;
  const std::string domain = shape_ok ? e.substr(at + 1) : std::string();
  const auto dot = domain.rfind('.');
  const bool domain_ok = shape_ok && dot != std::string::npos && dot > 0 && dot + 2 <= domain.size() &&
                         domain.front() != '.' && domain.find("..") == std::string::npos &&
                         e.substr(0, at).find("..") == std::string::npos;
  if (!domain_ok) throw InvalidArgument("email " + shown(email) + " is malformed (expected name@domain.tld)");
  return e;
}

void validate(Client& c, const ValidationOptions& options) {
  c.name = required_name("client name", c.name);
  for (auto& e : c.emails) e = normalize_email(e);
  unique_keep_order(c.emails);
  for (auto& p : c.phones) {
    require_utf8("phone", p);
    p = normalize_phone(p, options.default_region);
  }
  unique_keep_order(c.phones);
  c.language = lower_ascii(trim(c.language));
  check_language(c.language);
  for (auto& t : c.tags) {
    require_utf8("tag", t);
    t = trim(t);
    if (t.empty()) throw InvalidArgument("client " + shown(c.name) + ": tags must not be empty");
  }
  sort_unique(c.tags);
  for (const auto& [key, value] : c.fields) {
    require_utf8("field name", key);
    if (trim(key).empty() || trim(key) != key) {
      throw InvalidArgument("field name " + shown(key) + " must be non-empty without surrounding spaces");
    }
    if (const auto* s = std::get_if<std::string>(&value)) require_utf8("field '" + key + "'", *s);
    if (const auto* d = std::get_if<std::chrono::year_month_day>(&value); d && !d->ok()) {
      throw InvalidArgument("field '" + key + "' holds an invalid date");
    }
  }
  if (c.owner && !c.owner->valid()) {
    throw InvalidArgument("owner id " + std::to_string(c.owner->value) + " is not a valid staff id");
  }
}

void validate(Staff& s) {
  s.name = required_name("staff name", s.name);
  s.email = normalize_email(s.email);
}

void validate(const Interaction& in) {
  if (!in.client.valid()) throw InvalidArgument("interaction client id " + to_string(in.client) + " is not set");
  if (in.staff && !in.staff->valid()) {
    throw InvalidArgument("interaction staff id " + to_string(*in.staff) + " is not a valid id");
  }
  require_utf8("subject", in.subject);
  require_utf8("outcome", in.outcome);
  if (in.duration.count() < 0) {
    throw InvalidArgument("duration " + std::to_string(in.duration.count()) + " ms is negative");
  }
  if (in.csat && (*in.csat < 1 || *in.csat > 5)) {
    throw InvalidArgument("csat " + std::to_string(*in.csat) + " is out of range 1..5");
  }
  for (std::size_t i = 0; i < in.turns.size(); ++i) {
    const Turn& t = in.turns[i];
    const std::string where = "turn " + std::to_string(i);
    require_utf8(where + " text", t.text);
    require_utf8(where + " speaker", t.speaker);
    if (t.start_ms && *t.start_ms < 0) {
      throw InvalidArgument(where + ": start_ms " + std::to_string(*t.start_ms) + " is negative");
    }
    if (t.start_ms && t.end_ms && *t.end_ms < *t.start_ms) {
      throw InvalidArgument(where + ": end_ms " + std::to_string(*t.end_ms) + " is before start_ms " +
                            std::to_string(*t.start_ms));
    }
  }
}

void validate(const Note& n) {
  if (!n.client.valid()) throw InvalidArgument("note client id " + to_string(n.client) + " is not set");
  require_utf8("note body", n.body);
  if (trim(n.body).empty()) throw InvalidArgument("note body must not be empty");
}

void validate(const Task& t) {
  if (!t.client.valid()) throw InvalidArgument("task client id " + to_string(t.client) + " is not set");
  required_name("task title", t.title);
}

void validate(Deal& d) {
  if (!d.client.valid()) throw InvalidArgument("deal client id " + to_string(d.client) + " is not set");
  d.title = required_name("deal title", d.title);
  validate(d.value);
  if (d.value.minor < 0) throw InvalidArgument("deal value " + to_string(d.value) + " is negative");
  if (d.owner && !d.owner->valid()) throw InvalidArgument("deal owner id " + to_string(*d.owner) + " is not valid");
  d.close_reason = checked_reason("deal reason", d.close_reason, false);
}

void validate(Ticket& t) {
  if (!t.client.valid()) throw InvalidArgument("ticket client id " + to_string(t.client) + " is not set");
  t.subject = required_name("ticket subject", t.subject);
  if (t.assignee && !t.assignee->valid()) {
    throw InvalidArgument("ticket assignee id " + to_string(*t.assignee) + " is not valid");
  }
  if (t.csat && (*t.csat < 1 || *t.csat > 5)) {
    throw InvalidArgument("csat " + std::to_string(*t.csat) + " is out of range 1..5");
  }
}

void validate(const Offer& o) {
  require_utf8("offer note", o.note);
  if (o.value) {
    validate(*o.value);
    if (o.value->minor < 0) throw InvalidArgument("offer value " + to_string(*o.value) + " is negative");
  }
  if (o.by && !o.by->valid()) throw InvalidArgument("offer staff id " + to_string(*o.by) + " is not valid");
}

std::string checked_reason(std::string_view field, std::string_view reason, bool required) {
  require_utf8(field, reason);
  std::string r = trim(reason);
  if (required && r.empty()) throw InvalidArgument(std::string(field) + " must not be empty");
  if (r.size() > 2000) throw InvalidArgument(std::string(field) + " " + shown(r) + " is longer than 2000 bytes");
  return r;
}

}  // namespace rapport
