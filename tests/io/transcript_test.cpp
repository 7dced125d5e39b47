// Transcript readers: WebVTT as Teams and Zoom write it, plain text, JSON Lines.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "rapport/error.hpp"
#include "rapport/io/transcript.hpp"

using namespace rapport;
using namespace rapport::io;

namespace {

std::ifstream data(const std::string& name) { return std::ifstream(std::string(RAPPORT_TEST_DATA) + "/" + name); }

}  // namespace

TEST_CASE("WebVTT from Microsoft Teams: voices, timings, joined cues") {
  auto in = data("teams.vtt");
  const auto turns = read_vtt(in, "teams.vtt", RoleMap{.staff = {"Olena Shevchenko"}});
  REQUIRE(turns.size() == 4);
  CHECK(turns[0].role == SpeakerRole::agent);
  CHECK(turns[0].speaker == "Olena Shevchenko");
  CHECK(turns[0].start_ms == 0);
  CHECK(turns[0].end_ms == 3500);
  CHECK(turns[1].role == SpeakerRole::client);
  CHECK(turns[1].text == "My router has been dead since Monday and--");
  CHECK(turns[2].start_ms == 8200);
  CHECK(turns[3].text == "Of course I did. Twice.");  // consecutive cues of one speaker
  CHECK(turns[3].end_ms == 15000);
}

TEST_CASE("WebVTT from Zoom: numbered cues with 'Name: text'") {
  auto in = data("zoom.vtt");
  const auto turns = read_vtt(in, "zoom.vtt", RoleMap{.staff = {"dana popescu"}});
  REQUIRE(turns.size() == 3);
  CHECK(turns[0].role == SpeakerRole::agent);
  CHECK(turns[1].speaker == "Ion Ionescu");
  CHECK(turns[1].text == "Factura mea e greșită.");
  CHECK(turns[2].start_ms == 8300);
  CHECK(turns[2].end_ms == 11900);
}

TEST_CASE("malformed WebVTT gives ParseError with line and column, and no turns") {
  std::istringstream no_header("1\n00:00:01.000 --> 00:00:02.000\nA: hi\n");
  CHECK_THROWS_WITH_AS(read_vtt(no_header, "x.vtt", {}), doctest::Contains("x.vtt:1:1: not a WebVTT file"), ParseError);
  std::istringstream bad_time("WEBVTT\n\n00:00:01.000 --> 00:00:0x.000\nA: hi\n");
  CHECK_THROWS_WITH_AS(read_vtt(bad_time, "x.vtt", {}), doctest::Contains("x.vtt:3:18: bad cue end time"), ParseError);
  std::istringstream backwards("WEBVTT\n\n00:00:05.000 --> 00:00:01.000\nA: hi\n");
  CHECK_THROWS_WITH_AS(read_vtt(backwards, "x.vtt", {}), doctest::Contains("before it starts"), ParseError);
  std::istringstream no_timing("WEBVTT\n\ncue-1\nA: hi\n");
  CHECK_THROWS_WITH_AS(read_vtt(no_timing, "x.vtt", {}), doctest::Contains("x.vtt:4:1: expected a cue timing"),
                       ParseError);
}

TEST_CASE("plain transcripts: names, roles, continuation lines, start times") {
  auto in = data("call.txt");
  const auto turns = read_plain(in, "call.txt", RoleMap{.staff = {"Piotr"}});
  REQUIRE(turns.size() == 3);
  CHECK(turns[0].role == SpeakerRole::agent);
  CHECK(turns[0].start_ms == 1000);
  CHECK(turns[1].role == SpeakerRole::client);
  CHECK(turns[1].text == "Paczka nie doszła.\nTo już drugi raz.");
  CHECK(turns[2].start_ms == 9000);
  std::istringstream headless("hello there\nA: hi\n");
  CHECK_THROWS_WITH_AS(read_plain(headless, "t.txt", {}), doctest::Contains("t.txt:1:1: expected 'Name: text'"),
                       ParseError);
  std::istringstream clock("Agent: Meet at 10:30, ok?\n");
  CHECK(read_plain(clock, "t", {}).front().text == "Meet at 10:30, ok?");
}

TEST_CASE("JSON Lines: fields, roles, ids; malformed lines named by line") {
  std::istringstream ok(
      "{\"id\": \"a-1\", \"lang\": \"en\", \"turns\": [{\"speaker\": \"client\", \"text\": \"hi\"}, "
      "{\"speaker\": \"agent\", \"text\": \"hello\", \"start_ms\": 10, \"end_ms\": 20}], \"markers\": "
      "[\"gratitude\"]}\n"
      "\n"
      "{\"id\": 7, \"turns\": [{\"speaker\": \"Olena\", \"text\": \"x\"}]}\n");
  const auto cs = read_jsonl(ok, "in.jsonl", RoleMap{.staff = {"Olena"}});
  REQUIRE(cs.size() == 2);
  CHECK(cs[0].id == "a-1");
  CHECK(cs[0].lang == "en");
  CHECK(cs[0].turns[1].role == SpeakerRole::agent);
  CHECK(cs[0].turns[1].end_ms == 20);
  CHECK(cs[0].markers == std::vector<std::string>{"gratitude"});
  CHECK(cs[1].id == "7");
  CHECK(cs[1].turns[0].role == SpeakerRole::agent);

  std::istringstream truncated("{\"turns\": []}\n{\"turns\": [{\"speaker\": \"client\", \"text\": \"hi\"\n");
  CHECK_THROWS_WITH_AS(read_jsonl(truncated, "in.jsonl"), doctest::Contains("in.jsonl:2:"), ParseError);
  std::istringstream no_turns("{\"id\": 1}\n");
  CHECK_THROWS_WITH_AS(read_jsonl(no_turns, "in.jsonl"), doctest::Contains("missing \"turns\""), ParseError);
  std::istringstream bad_time("{\"turns\": [{\"speaker\": \"client\", \"text\": \"a\", \"start_ms\": -5}]}\n");
  CHECK_THROWS_WITH_AS(read_jsonl(bad_time, "in.jsonl"), doctest::Contains("non-negative integer"), ParseError);
  std::istringstream backwards(
      "{\"turns\": [{\"speaker\": \"client\", \"text\": \"a\", \"start_ms\": 50, \"end_ms\": 5}]}\n");
  CHECK_THROWS_WITH_AS(read_jsonl(backwards, "in.jsonl"), doctest::Contains("end_ms 5 is before start_ms 50"),
                       ParseError);
}
