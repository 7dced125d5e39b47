// What changed, field by field, for the audit log. Each entity is flattened to
// (field, text) pairs once; create, update and delete are all the same diff.
#include "audit_diff.hpp"
#include "field_codec.hpp"

namespace rapport::store {
namespace {

using Fields = std::vector<std::pair<std::string, std::string>>;

std::string list_text(const std::vector<std::string>& values) {
  std::string out;
  for (const auto& v : values) {
    if (!out.empty()) out += ", ";
    out += v;
  }
  return out;
}

std::string optional_id(const auto& id) { return id ? std::to_string(id->value) : std::string(); }

Fields flatten(const Client& c) {
  Fields f = {{"kind", std::string(to_string(c.kind))},
              {"name", c.name},
              {"emails", list_text(c.emails)},
              {"phones", list_text(c.phones)},
              {"language", c.language},
              {"stage", std::string(to_string(c.stage))},
              {"owner", optional_id(c.owner)},
              {"tags", list_text(c.tags)},
              {"consent.marketing", c.consent.marketing ? "true" : "false"}};
  for (const auto& [key, value] : c.fields) f.emplace_back("field." + key, field_text(value));
  return f;
}

Fields flatten(const Staff& s) {
  return {{"name", s.name},
          {"email", s.email},
          {"role", std::string(to_string(s.role))},
          {"active", s.active ? "true" : "false"}};
}

Fields flatten(const Task& t) {
  return {{"client", std::to_string(t.client.value)},
          {"assignee", optional_id(t.assignee)},
          {"title", t.title},
          {"due", to_iso8601(t.due)},
          {"done", t.done ? "true" : "false"}};
}

// Fields present in either side, compared by name; empty values count as absent.
template <class T>
std::vector<FieldChange> diff_of(const std::optional<T>& before, const std::optional<T>& after) {
  const Fields old_fields = before ? flatten(*before) : Fields{};
  const Fields new_fields = after ? flatten(*after) : Fields{};
  const auto lookup = [](const Fields& fields, const std::string& name) -> std::optional<std::string> {
    for (const auto& [k, v] : fields) {
      if (k == name && !v.empty()) return v;
    }
    return std::nullopt;
  };
  std::vector<std::string> names;
  for (const auto* fields : {&old_fields, &new_fields}) {
    for (const auto& [k, v] : *fields) {
      if (std::find(names.begin(), names.end(), k) == names.end()) names.push_back(k);
    }
  }
  std::vector<FieldChange> changes;
  for (const auto& name : names) {
    auto o = lookup(old_fields, name);
    auto n = lookup(new_fields, name);
    if (o != n) changes.push_back({name, std::move(o), std::move(n)});
  }
  return changes;
}

}  // namespace

std::vector<FieldChange> diff(const std::optional<Client>& b, const std::optional<Client>& a) { return diff_of(b, a); }
std::vector<FieldChange> diff(const std::optional<Staff>& b, const std::optional<Staff>& a) { return diff_of(b, a); }
std::vector<FieldChange> diff(const std::optional<Task>& b, const std::optional<Task>& a) { return diff_of(b, a); }

}  // namespace rapport::store
