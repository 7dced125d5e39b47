// The strict RFC 4180 reader and the writer.
#include <doctest/doctest.h>

#include <sstream>

#include "rapport/error.hpp"
#include "rapport/io/csv.hpp"

using namespace rapport;

namespace {

std::vector<io::CsvRecord> csv(const std::string& text) {
  std::istringstream in(text);
  return io::read_csv(in, "t.csv");
}

}  // namespace

TEST_CASE("CSV: quoted commas, doubled quotes, line breaks inside quotes, CRLF, BOM, empty fields") {
  const auto r =
      csv("\xEF\xBB\xBF"
          "a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n,,\n\"\",z,\n");
  REQUIRE(r.size() == 4);
  CHECK(r[0].fields == std::vector<std::string>{"a", "b", "c"});
  CHECK(r[1].line == 2);
  CHECK(r[1].fields == std::vector<std::string>{"x, y", "say \"hi\"", "two\nlines"});
  CHECK(r[2].line == 4);  // the record above spans lines 2 and 3
  CHECK(r[2].fields == std::vector<std::string>{"", "", ""});
  CHECK(r[3].fields == std::vector<std::string>{"", "z", ""});
  CHECK(csv("").empty());
  CHECK(csv("\n\n").empty());
  CHECK(csv("last,line").size() == 1);
}

TEST_CASE("CSV: an unclosed quote is an error at the line and column where the field opened") {
  std::string text = "h\n";
  for (int i = 2; i < 50'000; ++i) text += "row" + std::to_string(i) + "\n";
  text += "\"never closed\nmore\n";
  CHECK_THROWS_WITH_AS(csv(text), "t.csv:50000:1: quoted field is never closed", ParseError);
  CHECK_THROWS_WITH_AS(csv("a,b\nx,y\"z\n"), "t.csv:2:4: a quote inside an unquoted field (quote the whole field)",
                       ParseError);
  CHECK_THROWS_WITH_AS(csv("\"a\"b,c\n"), "t.csv:1:4: unexpected text after a closing quote", ParseError);
}

TEST_CASE("CSV: what the writer writes, the reader reads back") {
  const std::vector<std::string> fields{"plain", "com,ma", "quo\"te", "line\r\nbreak", "", "Łódź ș"};
  std::ostringstream out;
  io::write_csv_record(out, fields);
  io::write_csv_record(out, {"second"});
  CHECK(out.str() == "plain,\"com,ma\",\"quo\"\"te\",\"line\r\nbreak\",,Łódź ș\r\nsecond\r\n");
  const auto back = csv(out.str());
  REQUIRE(back.size() == 2);
  CHECK(back[0].fields == fields);
  CHECK(back[1].line == 3);
}
