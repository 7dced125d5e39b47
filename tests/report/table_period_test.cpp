// Report tables in three formats, and report periods.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "rapport/error.hpp"
#include "rapport/report/period.hpp"
#include "rapport/report/table.hpp"

using namespace rapport;
using namespace rapport::report;

namespace {

Table sample() {
  Table t;
  t.title = "Sample";
  t.columns = {"name", "count", "rate", "note"};
  t.rows = {{std::string("Łukasz"), std::int64_t{12}, 0.5, Cell{}},
            {std::string("Ana, \"the\" boss"), std::int64_t{3}, 12.345, std::string("line1\nline2")}};
  return t;
}

}  // namespace

TEST_CASE("text tables align columns by characters, numbers to the right") {
  const auto text = format_text(sample());
  CHECK(text ==
        "Sample\n"
        "name             count   rate  note\n"
        "Łukasz              12   0.50\n"
        "Ana, \"the\" boss      3  12.35  line1 line2\n");
  Table empty;
  empty.columns = {"a"};
  CHECK(format_text(empty) == "a\n(no rows)\n");
}

TEST_CASE("JSON tables are arrays of objects; empty cells are null") {
  const auto j = nlohmann::json::parse(format_json(sample()));
  REQUIRE(j.size() == 2);
  CHECK(j[0]["name"] == "Łukasz");
  CHECK(j[0]["count"] == 12);
  CHECK(j[0]["rate"] == 0.5);
  CHECK(j[0]["note"].is_null());
  CHECK(j[1]["note"] == "line1\nline2");
}

TEST_CASE("CSV tables quote commas, quotes and line breaks") {
  CHECK(format_csv(sample()) ==
        "name,count,rate,note\r\n"
        "Łukasz,12,0.50,\r\n"
        "\"Ana, \"\"the\"\" boss\",3,12.35,\"line1\nline2\"\r\n");
}

TEST_CASE("periods: months, inclusive date ranges, trailing days, all") {
  const auto now = parse_iso8601("2026-11-23T15:30:00Z");
  CHECK(parse_period("2026-11", now) == Period{parse_iso8601("2026-11-01"), parse_iso8601("2026-12-01")});
  CHECK(parse_period("2026-12", now).to == parse_iso8601("2027-01-01"));
  CHECK(parse_period("2026-11-01..2026-11-07", now) ==
        Period{parse_iso8601("2026-11-01"), parse_iso8601("2026-11-08")});
  CHECK(parse_period("7d", now) == Period{parse_iso8601("2026-11-17"), parse_iso8601("2026-11-24")});
  CHECK(parse_period("all", now).from == from_unix_ms(0));
  CHECK(parse_period("2026-11", now).to_string() == "2026-11-01..2026-12-01");
  CHECK(parse_period("2026-11", now).previous() ==
        Period{parse_iso8601("2026-10-02"), parse_iso8601("2026-11-01")});  // same length, just before
  CHECK(month_of(now) == parse_period("2026-11", now));
}

TEST_CASE("bad periods are refused by name") {
  const auto now = parse_iso8601("2026-11-23");
  for (const char* bad : {"", "november", "2026-13", "0d", "-5d", "99999999d", "2026-11-10..2026-11-01", "2026-11-01..",
                          "2026-11-01T10:00:00Z..2026-11-02", "d", "12dd"}) {
    CAPTURE(bad);
    CHECK_THROWS_WITH_AS(parse_period(bad, now), doctest::Contains(("period '" + std::string(bad) + "'").c_str()),
                         InvalidArgument);
  }
}
