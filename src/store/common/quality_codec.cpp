// The stored forms of an analysis shared by the SQLite and PostgreSQL stores.
#include "quality_codec.hpp"

#include <algorithm>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace rapport::store {
namespace {

using nlohmann::json;

json side_json(const quality::SideMetrics& m) {
  return {{"talk_share", m.talk_share},
          {"words", m.words},
          {"talk_ms", m.talk_ms},
          {"longest_monologue_words", m.longest_monologue_words},
          {"longest_monologue_ms", m.longest_monologue_ms},
          {"interruptions", m.interruptions},
          {"questions", m.questions}};
}

quality::SideMetrics side_from(const json& j) {
  quality::SideMetrics m;
  m.talk_share = j.at("talk_share").get<double>();
  m.words = j.at("words").get<std::size_t>();
  m.talk_ms = j.at("talk_ms").get<std::int64_t>();
  m.longest_monologue_words = j.at("longest_monologue_words").get<std::size_t>();
  m.longest_monologue_ms = j.at("longest_monologue_ms").get<std::int64_t>();
  m.interruptions = j.at("interruptions").get<std::size_t>();
  m.questions = j.at("questions").get<std::size_t>();
  return m;
}

}  // namespace

std::string metrics_text(const quality::TalkMetrics& m) {
  json j{{"agent", side_json(m.agent)}, {"client", side_json(m.client)}, {"timed", m.timed}};
  if (m.agent_response_ms) j["agent_response_ms"] = *m.agent_response_ms;
  if (m.agent_max_response_ms) j["agent_max_response_ms"] = *m.agent_max_response_ms;
  return j.dump();
}

quality::TalkMetrics metrics_from(const std::string& text) {
  const json j = json::parse(text);
  quality::TalkMetrics m;
  m.agent = side_from(j.at("agent"));
  m.client = side_from(j.at("client"));
  m.timed = j.at("timed").get<bool>();
  if (j.contains("agent_response_ms")) m.agent_response_ms = j["agent_response_ms"].get<std::int64_t>();
  if (j.contains("agent_max_response_ms")) m.agent_max_response_ms = j["agent_max_response_ms"].get<std::int64_t>();
  return m;
}

std::string agent_marker_set(const quality::QualityReport& report) {
  std::vector<std::string_view> markers;
  for (const auto& f : report.flags) {
    if (f.side == quality::Side::agent) markers.push_back(f.marker);
  }
  std::sort(markers.begin(), markers.end());
  markers.erase(std::unique(markers.begin(), markers.end()), markers.end());
  std::string set;
  for (const auto m : markers) {
    if (!set.empty()) set += ',';
    set += m;
  }
  return set;
}

quality::Side side_from_text(const std::string& text) {
  return text == "agent" ? quality::Side::agent : quality::Side::client;
}

}  // namespace rapport::store
