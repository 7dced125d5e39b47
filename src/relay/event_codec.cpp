// JSON payloads of the relayed events; field names are the C++ member names.
#include "event_codec.hpp"

#include <nlohmann/json.hpp>

namespace rapport::relay {
namespace {

using nlohmann::json;

constexpr int kVersion = 1;  // bump when a payload's meaning changes

json header(const char* type) { return json{{"v", kVersion}, {"type", type}}; }

// Text cut to a length may end inside a UTF-8 sequence: replace, never throw.
std::string text(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

json flag_json(const quality::Flag& f) {
  return {{"marker", f.marker}, {"side", quality::to_string(f.side)},
          {"turn", f.turn},     {"begin", f.begin},
          {"end", f.end},       {"evidence", f.evidence},
          {"lang", f.lang},     {"severity", f.severity}};
}

quality::Flag flag_from(const json& j) {
  quality::Flag f;
  f.marker = j.at("marker").get<std::string>();
  f.side = j.at("side").get<std::string>() == "agent" ? quality::Side::agent : quality::Side::client;
  f.turn = j.at("turn").get<std::size_t>();
  f.begin = j.at("begin").get<std::size_t>();
  f.end = j.at("end").get<std::size_t>();
  f.evidence = j.at("evidence").get<std::string>();
  f.lang = j.at("lang").get<std::string>();
  f.severity = j.at("severity").get<int>();
  return f;
}

Timestamp time_from(const json& j) { return from_unix_ms(j.get<std::int64_t>()); }

}  // namespace

std::string encode(const AdversarialFlagged& e) {
  json j = header("AdversarialFlagged");
  j["interaction"] = e.interaction.value;
  j["client"] = e.client.value;
  j["staff"] = e.staff ? json(e.staff->value) : json(nullptr);
  j["stance"] = e.stance;
  j["flags"] = json::array();
  std::string payload = text(j);
  // Flags are added while the payload fits; a long transcript's evidence must
  // not make the whole event unsendable.
  for (const auto& f : e.flags) {
    j["flags"].push_back(flag_json(f));
    std::string longer = text(j);
    if (longer.size() > kMaxPayload) {
      j["flags"].erase(j["flags"].size() - 1);
      break;
    }
    payload = std::move(longer);
  }
  return payload;
}

std::string encode(const ClientDissatisfied& e) {
  json j = header("ClientDissatisfied");
  j["client"] = e.client.value;
  j["kind"] = to_string(e.signal.kind);
  j["source"] = e.signal.source;
  j["detail"] = e.signal.detail.substr(0, 2000);
  j["at"] = to_unix_ms(e.signal.at);
  return text(j);
}

std::string encode(const ConductLevelChanged& e) {
  json j = header("ConductLevelChanged");
  j["client"] = e.client.value;
  j["from"] = to_string(e.change.from);
  j["to"] = to_string(e.change.to);
  j["reason"] = e.change.reason.substr(0, 2000);
  j["approved_by"] = e.change.approved_by;
  j["automatic"] = e.change.automatic;
  j["points"] = e.change.points;
  j["at"] = to_unix_ms(e.change.at);
  return text(j);
}

std::string encode(const AgentStrainCrossed& e) {
  json j = header("AgentStrainCrossed");
  j["staff"] = e.staff.value;
  j["day"] = e.day;
  j["strain"] = e.strain;
  j["threshold"] = e.threshold;
  j["last"] = e.last.value;
  return text(j);
}

bool publish_payload(std::string_view payload, const EventBus& bus) {
  json j;
  try {
    j = json::parse(payload);
    if (!j.is_object() || j.value("v", 0) != kVersion) return false;
    const std::string type = j.at("type").get<std::string>();
    if (type == "AdversarialFlagged") {
      AdversarialFlagged e;
      e.interaction = InteractionId{j.at("interaction").get<std::int64_t>()};
      e.client = ClientId{j.at("client").get<std::int64_t>()};
      if (!j.at("staff").is_null()) e.staff = StaffId{j.at("staff").get<std::int64_t>()};
      e.stance = j.at("stance").get<int>();
      for (const auto& f : j.at("flags")) e.flags.push_back(flag_from(f));
      bus.publish(e);
    } else if (type == "ClientDissatisfied") {
      ClientDissatisfied e;
      e.client = ClientId{j.at("client").get<std::int64_t>()};
      e.signal.kind = parse_signal_kind(j.at("kind").get<std::string>());
      e.signal.source = j.at("source").get<std::string>();
      e.signal.detail = j.at("detail").get<std::string>();
      e.signal.at = time_from(j.at("at"));
      bus.publish(e);
    } else if (type == "ConductLevelChanged") {
      ConductLevelChanged e;
      e.client = ClientId{j.at("client").get<std::int64_t>()};
      e.change.from = parse_conduct_level(j.at("from").get<std::string>());
      e.change.to = parse_conduct_level(j.at("to").get<std::string>());
      e.change.reason = j.at("reason").get<std::string>();
      e.change.approved_by = j.at("approved_by").get<std::string>();
      e.change.automatic = j.at("automatic").get<bool>();
      e.change.points = j.at("points").get<int>();
      e.change.at = time_from(j.at("at"));
      bus.publish(e);
    } else if (type == "AgentStrainCrossed") {
      AgentStrainCrossed e;
      e.staff = StaffId{j.at("staff").get<std::int64_t>()};
      e.day = j.at("day").get<std::string>();
      e.strain = j.at("strain").get<double>();
      e.threshold = j.at("threshold").get<double>();
      e.last = InteractionId{j.at("last").get<std::int64_t>()};
      bus.publish(e);
    } else {
      return false;
    }
    return true;
  } catch (const std::exception&) {  // json errors, and parse_* refusing an unknown enum name
    return false;
  }
}

}  // namespace rapport::relay
