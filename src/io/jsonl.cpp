// JSON Lines transcripts. The whole input is read before anything is
// returned, so a malformed line yields an error, never a partial result.
#include <nlohmann/json.hpp>

#include "rapport/error.hpp"
#include "rapport/io/transcript.hpp"
#include "rapport/model/validate.hpp"

namespace rapport::io {
namespace {

using nlohmann::json;

[[noreturn]] void fail(const std::string& source, std::size_t line, std::size_t column, const std::string& what) {
  throw ParseError(source, line, column, what);
}

std::optional<std::int64_t> optional_ms(const json& turn, const char* key, const std::string& source,
                                        std::size_t line) {
  const auto it = turn.find(key);
  if (it == turn.end() || it->is_null()) return std::nullopt;
  if (!it->is_number_integer() || it->get<std::int64_t>() < 0) {
    fail(source, line, 1, std::string("\"") + key + "\" must be a non-negative integer, got " + it->dump());
  }
  return it->get<std::int64_t>();
}

std::string optional_string(const json& object, const char* key, const std::string& source, std::size_t line) {
  const auto it = object.find(key);
  if (it == object.end() || it->is_null()) return {};
  if (!it->is_string()) fail(source, line, 1, std::string("\"") + key + "\" must be a string, got " + it->dump());
  return it->get<std::string>();
}

}  // namespace

std::vector<Conversation> read_jsonl(std::istream& in, const std::string& source, const RoleMap& roles) {
  std::vector<Conversation> out;
  std::string text;
  std::size_t line_no = 0;
  while (std::getline(in, text)) {
    ++line_no;
    if (text.find_first_not_of(" \t\r") == std::string::npos) continue;
    json object;
    try {
      object = json::parse(text);
    } catch (const json::parse_error& e) {
      // nlohmann reports the byte position within the line.
      fail(source, line_no, e.byte == 0 ? 1 : e.byte, std::string("malformed JSON: ") + e.what());
    }
    if (!object.is_object()) fail(source, line_no, 1, "each line must be a JSON object");
    Conversation c;
    c.id = object.contains("id") && object["id"].is_number() ? object["id"].dump()
                                                             : optional_string(object, "id", source, line_no);
    c.lang = optional_string(object, "lang", source, line_no);
    const auto turns = object.find("turns");
    if (turns == object.end() || !turns->is_array()) fail(source, line_no, 1, "missing \"turns\" array");
    for (std::size_t i = 0; i < turns->size(); ++i) {
      const json& t = (*turns)[i];
      const std::string where = "turn " + std::to_string(i) + ": ";
      if (!t.is_object()) fail(source, line_no, 1, where + "must be an object");
      Turn turn;
      turn.speaker = optional_string(t, "speaker", source, line_no);
      turn.role = role_of(turn.speaker, roles);
      if (!t.contains("text") || !t["text"].is_string()) fail(source, line_no, 1, where + "missing \"text\" string");
      turn.text = t["text"].get<std::string>();
      turn.start_ms = optional_ms(t, "start_ms", source, line_no);
      turn.end_ms = optional_ms(t, "end_ms", source, line_no);
      if (turn.start_ms && turn.end_ms && *turn.end_ms < *turn.start_ms) {
        fail(
            source, line_no, 1,
            where + "end_ms " + std::to_string(*turn.end_ms) + " is before start_ms " + std::to_string(*turn.start_ms));
      }
      c.turns.push_back(std::move(turn));
    }
    if (const auto markers = object.find("markers"); markers != object.end() && markers->is_array()) {
      for (const auto& m : *markers) {
        if (!m.is_string()) fail(source, line_no, 1, "\"markers\" must hold strings");
        c.markers.push_back(m.get<std::string>());
      }
    }
    out.push_back(std::move(c));
  }
  if (in.bad()) throw ParseError(source, line_no + 1, 1, "read error");
  return out;
}

}  // namespace rapport::io
