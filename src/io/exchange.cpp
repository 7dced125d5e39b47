// Export and import of clients and interactions as CSV and JSON Lines.
// Both formats carry the same fields; CSV puts lists in one cell separated by
// ';' (with '\' escaping), and the transcript and custom fields as JSON text.
#include "rapport/io/exchange.hpp"

#include <algorithm>
#include <charconv>
#include <limits>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "rapport/error.hpp"
#include "rapport/io/csv.hpp"

namespace rapport::io {
namespace {

using nlohmann::json;

const std::vector<std::string> kStaffColumns{"id", "name", "email", "role", "active"};
const std::vector<std::string> kClientColumns{
    "id", "kind", "name", "emails", "phones", "language", "stage", "owner_id", "tags", "marketing_consent", "fields"};
const std::vector<std::string> kInteractionColumns{"id",        "client_id",  "staff_id",    "channel",
                                                   "direction", "started_at", "duration_ms", "subject",
                                                   "outcome",   "csat",       "turns"};

// ---- values -----------------------------------------------------------------

std::string join_list(const std::vector<std::string>& items) {
  std::string s;
  for (std::size_t k = 0; k < items.size(); ++k) {
    if (k) s += ';';
    for (char ch : items[k]) {
      if (ch == ';' || ch == '\\') s += '\\';
      s += ch;
    }
  }
  return s;
}

std::vector<std::string> split_list(const std::string& s) {
  std::vector<std::string> items;
  if (s.empty()) return items;
  std::string cur;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size()) {
      cur += s[++i];
    } else if (s[i] == ';') {
      items.push_back(std::move(cur));
      cur.clear();
    } else {
      cur += s[i];
    }
  }
  items.push_back(std::move(cur));
  return items;
}

json field_json(const FieldValue& v) {
  if (std::holds_alternative<std::string>(v)) return std::get<std::string>(v);
  if (std::holds_alternative<double>(v)) return std::get<double>(v);
  if (std::holds_alternative<bool>(v)) return std::get<bool>(v);
  const auto& d = std::get<std::chrono::year_month_day>(v);
  return json{{"date", to_iso8601(std::chrono::sys_days{d}).substr(0, 10)}};
}

FieldValue field_from(const std::string& key, const json& j) {
  if (j.is_string()) return j.get<std::string>();
  if (j.is_boolean()) return j.get<bool>();
  if (j.is_number()) return j.get<double>();
  if (j.is_object() && j.size() == 1 && j.contains("date") && j["date"].is_string()) {
    const auto t = parse_iso8601(j["date"].get<std::string>());
    return std::chrono::year_month_day{std::chrono::floor<std::chrono::days>(t)};
  }
  throw InvalidArgument("custom field '" + key + "' is not text, a number, true/false or {\"date\": \"YYYY-MM-DD\"}");
}

json fields_json(const std::map<std::string, FieldValue>& fields) {
  json o = json::object();
  for (const auto& [k, v] : fields) o[k] = field_json(v);
  return o;
}

json turns_json(const std::vector<Turn>& turns) {
  json a = json::array();
  for (const auto& t : turns) {
    json o{{"role", std::string(to_string(t.role))}, {"speaker", t.speaker}, {"text", t.text}};
    if (t.start_ms) o["start_ms"] = *t.start_ms;
    if (t.end_ms) o["end_ms"] = *t.end_ms;
    a.push_back(std::move(o));
  }
  return a;
}

std::vector<Turn> turns_from(const json& a) {
  if (!a.is_array()) throw InvalidArgument("turns must be a JSON array");
  std::vector<Turn> turns;
  for (const auto& o : a) {
    if (!o.is_object() || !o.contains("role") || !o.contains("text")) {
      throw InvalidArgument("each turn needs \"role\" and \"text\"");
    }
    Turn t;
    t.role = parse_speaker_role(o.at("role").get<std::string>());
    t.speaker = o.value("speaker", "");
    t.text = o.at("text").get<std::string>();
    if (o.contains("start_ms") && !o["start_ms"].is_null()) t.start_ms = o["start_ms"].get<std::int64_t>();
    if (o.contains("end_ms") && !o["end_ms"].is_null()) t.end_ms = o["end_ms"].get<std::int64_t>();
    turns.push_back(std::move(t));
  }
  return turns;
}

std::string dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::strict); }

// ---- records as flat text fields (CSV) or JSON (JSONL) -----------------------

// A record read from either format, as named text values; JSON-typed values
// (lists, fields, turns) stay JSON.
struct Record {
  std::size_t line = 0;
  std::map<std::string, json> values;
  [[nodiscard]] bool has(const std::string& k) const {
    auto it = values.find(k);
    return it != values.end() && !it->second.is_null() &&
           !(it->second.is_string() && it->second.get<std::string>().empty());
  }
  [[nodiscard]] std::string text(const std::string& k) const {
    auto it = values.find(k);
    if (it == values.end() || it->second.is_null()) return "";
    if (it->second.is_string()) return it->second.get<std::string>();
    return dump(it->second);
  }
};

std::int64_t integer(const Record& r, const std::string& k) {
  const auto& v = r.values.at(k);
  if (v.is_number_integer()) return v.get<std::int64_t>();
  const std::string s = r.text(k);
  std::int64_t out = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  if (ec != std::errc{} || end != s.data() + s.size()) throw InvalidArgument(k + " '" + s + "' is not a whole number");
  return out;
}

std::vector<std::string> list(const Record& r, const std::string& k) {
  if (!r.has(k)) return {};
  const auto& v = r.values.at(k);
  if (v.is_array()) return v.get<std::vector<std::string>>();
  return split_list(v.get<std::string>());
}

json embedded_json(const Record& r, const std::string& k) {
  const auto& v = r.values.at(k);
  if (!v.is_string()) return v;
  try {
    return json::parse(v.get<std::string>());
  } catch (const json::exception&) {
    throw InvalidArgument(k + " is not valid JSON");
  }
}

bool boolean(const Record& r, const std::string& k) {
  const auto& v = r.values.at(k);
  if (v.is_boolean()) return v.get<bool>();
  const std::string s = r.text(k);
  if (s == "true" || s == "1") return true;
  if (s == "false" || s == "0" || s.empty()) return false;
  throw InvalidArgument(k + " '" + s + "' is not true or false");
}

std::vector<Record> read_records(const ImportInput& input, const std::vector<std::string>& columns) {
  std::vector<Record> out;
  if (input.format == ExchangeFormat::csv) {
    const auto rows = read_csv(*input.in, input.name);
    if (rows.empty()) return out;
    const auto& header = rows.front().fields;
    std::set<std::string> known(columns.begin(), columns.end());
    for (std::size_t k = 0; k < header.size(); ++k) {
      if (!known.count(header[k])) {
        throw ParseError(
            input.name, 1, 1, "unknown column '" + header[k] + "' (expected " + [&] {
              std::string s;
              for (const auto& c : columns) s += (s.empty() ? "" : ",") + c;
              return s;
            }() + ")");
      }
    }
    for (std::size_t r = 1; r < rows.size(); ++r) {
      if (rows[r].fields.size() != header.size()) {
        throw ParseError(
            input.name, rows[r].line, 1,
            std::to_string(rows[r].fields.size()) + " fields, the header has " + std::to_string(header.size()));
      }
      Record rec{rows[r].line, {}};
      for (std::size_t k = 0; k < header.size(); ++k) rec.values[header[k]] = rows[r].fields[k];
      out.push_back(std::move(rec));
    }
    return out;
  }
  std::string line;
  std::size_t n = 0;
  while (std::getline(*input.in, line)) {
    ++n;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    json j;
    try {
      j = json::parse(line);
    } catch (const json::parse_error& e) {
      throw ParseError(input.name, n, e.byte == 0 ? 1 : e.byte, "malformed JSON");
    }
    if (!j.is_object()) throw ParseError(input.name, n, 1, "a line must hold one JSON object");
    Record rec{n, {}};
    for (auto& [k, v] : j.items()) {
      if (std::find(columns.begin(), columns.end(), k) == columns.end()) {
        throw ParseError(input.name, n, 1, "unknown key '" + k + "'");
      }
      rec.values[k] = v;
    }
    out.push_back(std::move(rec));
  }
  return out;
}

// Turns any error while converting a record into a ParseError at its line.
template <class F>
auto at_line(const ImportInput& input, const Record& r, F&& f) {
  try {
    return f();
  } catch (const ParseError&) {
    throw;
  } catch (const json::exception& e) {
    throw ParseError(input.name, r.line, 1, std::string("bad value: ") + e.what());
  } catch (const Error& e) {
    throw ParseError(input.name, r.line, 1, e.what());
  }
}

void require(const Record& r, std::initializer_list<const char*> keys) {
  for (const char* k : keys) {
    if (!r.has(k)) throw InvalidArgument(std::string("missing ") + k);
  }
}

Staff staff_from(const Record& r) {
  require(r, {"name", "email"});
  Staff s;
  if (r.has("id")) s.id = StaffId{integer(r, "id")};
  s.name = r.text("name");
  s.email = r.text("email");
  if (r.has("role")) s.role = parse_staff_role(r.text("role"));
  if (r.has("active")) s.active = boolean(r, "active");
  const auto file_id = s.id;
  validate(s);
  s.id = file_id;
  return s;
}

std::vector<std::string> staff_fields(const Staff& s) {
  return {std::to_string(s.id.value), s.name, s.email, std::string(to_string(s.role)), s.active ? "true" : "false"};
}

json staff_json(const Staff& s) {
  return json{
      {"id", s.id.value}, {"name", s.name}, {"email", s.email}, {"role", to_string(s.role)}, {"active", s.active}};
}

Client client_from(const Record& r, const ValidationOptions& options) {
  require(r, {"name"});
  Client c;
  if (r.has("id")) c.id = ClientId{integer(r, "id")};
  if (r.has("kind")) c.kind = parse_client_kind(r.text("kind"));
  c.name = r.text("name");
  c.emails = list(r, "emails");
  c.phones = list(r, "phones");
  c.language = r.text("language");
  if (r.has("stage")) c.stage = parse_lifecycle_stage(r.text("stage"));
  if (r.has("owner_id")) c.owner = StaffId{integer(r, "owner_id")};
  c.tags = list(r, "tags");
  if (r.has("marketing_consent")) c.consent.marketing = boolean(r, "marketing_consent");
  if (r.has("fields")) {
    const json f = embedded_json(r, "fields");
    if (!f.is_object()) throw InvalidArgument("fields must be a JSON object");
    for (const auto& [k, v] : f.items()) c.fields[k] = field_from(k, v);
  }
  const auto file_id = c.id;
  validate(c, options);
  c.id = file_id;
  return c;
}

Interaction interaction_from(const Record& r) {
  require(r, {"client_id", "started_at"});
  Interaction in;
  in.client = ClientId{integer(r, "client_id")};
  if (r.has("staff_id")) in.staff = StaffId{integer(r, "staff_id")};
  if (r.has("channel")) in.channel = parse_channel(r.text("channel"));
  if (r.has("direction")) in.direction = parse_direction(r.text("direction"));
  in.started_at = parse_iso8601(r.text("started_at"));
  if (r.has("duration_ms")) in.duration = std::chrono::milliseconds{integer(r, "duration_ms")};
  in.subject = r.text("subject");
  in.outcome = r.text("outcome");
  if (r.has("csat")) in.csat = static_cast<int>(integer(r, "csat"));
  if (r.has("turns")) in.turns = turns_from(embedded_json(r, "turns"));
  validate(in);
  return in;
}

std::vector<std::string> client_fields(const Client& c) {
  return {std::to_string(c.id.value),
          std::string(to_string(c.kind)),
          c.name,
          join_list(c.emails),
          join_list(c.phones),
          c.language,
          std::string(to_string(c.stage)),
          c.owner ? std::to_string(c.owner->value) : "",
          join_list(c.tags),
          c.consent.marketing ? "true" : "false",
          c.fields.empty() ? "" : dump(fields_json(c.fields))};
}

json client_json(const Client& c) {
  json o{{"id", c.id.value},
         {"kind", to_string(c.kind)},
         {"name", c.name},
         {"emails", c.emails},
         {"phones", c.phones},
         {"language", c.language},
         {"stage", to_string(c.stage)},
         {"tags", c.tags},
         {"marketing_consent", c.consent.marketing},
         {"fields", fields_json(c.fields)}};
  o["owner_id"] = c.owner ? json(c.owner->value) : json(nullptr);
  return o;
}

std::vector<std::string> interaction_fields(const Interaction& in) {
  return {std::to_string(in.id.value),
          std::to_string(in.client.value),
          in.staff ? std::to_string(in.staff->value) : "",
          std::string(to_string(in.channel)),
          std::string(to_string(in.direction)),
          to_iso8601(in.started_at),
          std::to_string(in.duration.count()),
          in.subject,
          in.outcome,
          in.csat ? std::to_string(*in.csat) : "",
          dump(turns_json(in.turns))};
}

json interaction_json(const Interaction& in) {
  json o{{"id", in.id.value},
         {"client_id", in.client.value},
         {"channel", to_string(in.channel)},
         {"direction", to_string(in.direction)},
         {"started_at", to_iso8601(in.started_at)},
         {"duration_ms", in.duration.count()},
         {"subject", in.subject},
         {"outcome", in.outcome},
         {"turns", turns_json(in.turns)}};
  o["staff_id"] = in.staff ? json(in.staff->value) : json(nullptr);
  o["csat"] = in.csat ? json(*in.csat) : json(nullptr);
  return o;
}

}  // namespace

ExchangeFormat exchange_format_of(const std::string& file_name) {
  const auto ends = [&](const std::string& s) {
    return file_name.size() >= s.size() && file_name.compare(file_name.size() - s.size(), s.size(), s) == 0;
  };
  if (ends(".csv")) return ExchangeFormat::csv;
  if (ends(".jsonl") || ends(".json")) return ExchangeFormat::jsonl;
  throw InvalidArgument("cannot tell the format of '" + file_name + "' (name it .csv or .jsonl)");
}

std::size_t export_staff(Crm& crm, std::ostream& out, ExchangeFormat format) {
  if (format == ExchangeFormat::csv) write_csv_record(out, kStaffColumns);
  const auto all = crm.staff().list();
  for (const auto& s : all) {
    if (format == ExchangeFormat::csv)
      write_csv_record(out, staff_fields(s));
    else
      out << dump(staff_json(s)) << "\n";
  }
  return all.size();
}

std::size_t export_clients(Crm& crm, std::ostream& out, ExchangeFormat format) {
  if (format == ExchangeFormat::csv) write_csv_record(out, kClientColumns);
  std::size_t n = 0;
  std::optional<ClientId> after;
  while (true) {
    const auto page = crm.clients().list({}, after, 1000);
    for (const auto& c : page.items) {
      if (format == ExchangeFormat::csv)
        write_csv_record(out, client_fields(c));
      else
        out << dump(client_json(c)) << "\n";
      ++n;
    }
    if (!page.next) break;
    after = page.next;
  }
  return n;
}

std::size_t export_interactions(Crm& crm, std::ostream& out, ExchangeFormat format) {
  if (format == ExchangeFormat::csv) write_csv_record(out, kInteractionColumns);
  std::size_t n = 0;
  std::optional<InteractionId> after;
  // Every time rapport can store: 1970 up to the year 10000.
  const auto from = from_unix_ms(std::numeric_limits<std::int64_t>::min() / 2);
  const auto to = from_unix_ms(std::numeric_limits<std::int64_t>::max() / 2);
  while (true) {
    const auto ids = crm.store().interactions_between(from, to, after, 1000);
    for (auto id : ids) {
      const auto in = crm.interactions().get(id);
      if (format == ExchangeFormat::csv)
        write_csv_record(out, interaction_fields(in));
      else
        out << dump(interaction_json(in)) << "\n";
      ++n;
    }
    if (ids.size() < 1000) break;
    after = ids.back();
  }
  return n;
}

ImportSummary import_records(Crm& crm, const ImportFiles& files, const ImportProgress& progress) {
  const ImportInput* clients = files.clients;
  const ImportInput* interactions = files.interactions;
  store::ImportBatch batch;
  if (files.staff) {
    std::set<std::int64_t> staff_ids;
    for (const auto& r : read_records(*files.staff, kStaffColumns)) {
      batch.staff.push_back(at_line(*files.staff, r, [&] { return staff_from(r); }));
      const auto id = batch.staff.back().id.value;
      if (id != 0 && !staff_ids.insert(id).second) {
        throw ParseError(files.staff->name, r.line, 1, "staff id " + std::to_string(id) + " appears twice");
      }
      batch.staff_sources.push_back(files.staff->name + ":" + std::to_string(r.line));
    }
  }
  std::set<std::int64_t> file_ids;
  if (clients) {
    for (const auto& r : read_records(*clients, kClientColumns)) {
      batch.clients.push_back(at_line(*clients, r, [&] { return client_from(r, crm.options().validation); }));
      const auto id = batch.clients.back().id.value;
      if (id != 0 && !file_ids.insert(id).second) {
        throw ParseError(clients->name, r.line, 1, "client id " + std::to_string(id) + " appears twice");
      }
      batch.client_sources.push_back(clients->name + ":" + std::to_string(r.line));
    }
  }
  std::vector<Record> interaction_records;
  if (interactions) interaction_records = read_records(*interactions, kInteractionColumns);
  const std::size_t total = interaction_records.size();
  for (std::size_t k = 0; k < total; ++k) {
    const auto& r = interaction_records[k];
    store::AnalyzedInteraction item;
    item.interaction = at_line(*interactions, r, [&] { return interaction_from(r); });
    // Analysis is the slow part of an import; it runs before the transaction.
    item.report = crm.analyzer().analyze(item.interaction);
    item.strain = crm.wellbeing().strain_of(item.interaction, item.report);
    batch.interactions.push_back(std::move(item));
    batch.interaction_sources.push_back(interactions->name + ":" + std::to_string(r.line));
    if (progress && (k % 256 == 255 || k + 1 == total)) progress(k + 1, total);
  }
  const auto stored = crm.store().import_records(batch, Actor::system());
  return ImportSummary{stored.staff.size(), stored.clients.size(), stored.interactions.size()};
}

}  // namespace rapport::io
