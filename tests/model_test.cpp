#include <doctest/doctest.h>

#include <unordered_set>

#include "rapport/rapport.hpp"

using namespace rapport;

TEST_CASE("ids are distinct types that compare and hash by value") {
  static_assert(!std::is_convertible_v<ClientId, StaffId>);
  const ClientId a{1}, b{2};
  CHECK(a < b);
  CHECK(a == ClientId{1});
  CHECK_FALSE(ClientId{}.valid());
  std::unordered_set<ClientId> set{a, b, ClientId{1}};
  CHECK(set.size() == 2);
}

TEST_CASE("timestamps round-trip through UTC milliseconds and ISO 8601") {
  const Timestamp t = from_unix_ms(1'700'000'123'456);
  CHECK(to_unix_ms(t) == 1'700'000'123'456);
  CHECK(to_iso8601(t) == "2023-11-14T22:15:23.456Z");
  CHECK(parse_iso8601("2023-11-14T22:15:23.456Z") == t);
  CHECK(to_unix_ms(parse_iso8601("1970-01-02")) == 86'400'000);
  CHECK_THROWS_WITH_AS(parse_iso8601("2023-02-30"), doctest::Contains("'2023-02-30'"), InvalidArgument);
  CHECK_THROWS_AS(parse_iso8601("yesterday"), InvalidArgument);
  CHECK_THROWS_AS(parse_iso8601("2023-11-14T25:00"), InvalidArgument);
}

TEST_CASE("money adds in minor units and refuses mixed currencies and overflow") {
  CHECK(add(Money{"EUR", 1050}, Money{"EUR", -50}) == Money{"EUR", 1000});
  CHECK(to_string(Money{"PLN", 12345}) == "123.45 PLN");
  CHECK(to_string(Money{"EUR", -5}) == "-0.05 EUR");
  CHECK_THROWS_WITH_AS(add(Money{"EUR", 1}, Money{"PLN", 1}), doctest::Contains("different currencies"),
                       InvalidArgument);
  CHECK_THROWS_WITH_AS(add(Money{"EUR", INT64_MAX}, Money{"EUR", 1}), doctest::Contains("overflows"), InvalidArgument);
  CHECK_THROWS_WITH_AS(validate(Money{"euro", 1}), doctest::Contains("'euro'"), InvalidArgument);
}

TEST_CASE("enum names round-trip and unknown names are named in the error") {
  for (auto c : {Channel::call, Channel::chat, Channel::email, Channel::meeting, Channel::visit, Channel::message}) {
    CHECK(parse_channel(to_string(c)) == c);
  }
  CHECK(parse_lifecycle_stage("former") == LifecycleStage::former);
  CHECK(parse_staff_role("supervisor") == StaffRole::supervisor);
  CHECK_THROWS_WITH_AS(parse_channel("fax"), doctest::Contains("'fax'"), InvalidArgument);
}

TEST_CASE("emails are normalised and malformed ones rejected by name") {
  CHECK(normalize_email("  Anna.K@Example.PL ") == "anna.k@example.pl");
  for (const char* bad : {"", "anna", "anna@", "@example.com", "anna@example", "an na@example.com", "a@b@example.com",
                          "anna@.example.com", "anna@example..com"}) {
    CAPTURE(bad);
    CHECK_THROWS_WITH_AS(normalize_email(bad), doctest::Contains("is malformed"), InvalidArgument);
  }
}

TEST_CASE("phones are normalised to E.164 by libphonenumber") {
  CHECK(normalize_phone("+48 601 234 567") == "+48601234567");
  CHECK(normalize_phone("(601) 234-567", "PL") == "+48601234567");
  CHECK(normalize_phone("+44 20 7946 0958") == "+442079460958");
  CHECK(normalize_phone("0722 123 456", "RO") == "+40722123456");
  CHECK_THROWS_WITH_AS(normalize_phone("601 234 567"), doctest::Contains("'601 234 567'"), InvalidArgument);
  CHECK_THROWS_WITH_AS(normalize_phone("call me maybe"), doctest::Contains("cannot be parsed"), InvalidArgument);
  CHECK_THROWS_WITH_AS(normalize_phone("+48 12"), doctest::Contains("not a valid number"), InvalidArgument);
}

TEST_CASE("UTF-8 validation catches every malformed form") {
  CHECK(is_valid_utf8("plain"));
  CHECK(is_valid_utf8("Łódź, Брашов, ș ț, 😀"));
  CHECK_FALSE(is_valid_utf8("\xC3"));              // truncated
  CHECK_FALSE(is_valid_utf8("\xC0\xAF"));          // overlong
  CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));      // surrogate
  CHECK_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));  // past U+10FFFF
  CHECK_FALSE(is_valid_utf8("\xFF"));
}

TEST_CASE("client validation normalises and rejects bad fields") {
  ValidationOptions options{.default_region = "PL"};
  Client c;
  c.name = "  Anna Kowalska ";
  c.emails = {"ANNA@example.pl", "anna@example.pl"};
  c.phones = {"601 234 567", "+48601234567"};
  c.tags = {"vip", "b2c", "vip"};
  c.language = "PL";
  validate(c, options);
  CHECK(c.name == "Anna Kowalska");
  CHECK(c.emails == std::vector<std::string>{"anna@example.pl"});
  CHECK(c.phones == std::vector<std::string>{"+48601234567"});
  CHECK(c.tags == std::vector<std::string>{"b2c", "vip"});
  CHECK(c.language == "pl");

  SUBCASE("empty name") {
    Client e;
    e.name = "   ";
    CHECK_THROWS_WITH_AS(validate(e, options), "client name must not be empty", InvalidArgument);
  }
  SUBCASE("invalid UTF-8 in the name") {
    Client e;
    e.name = "Ann\xC3";
    CHECK_THROWS_WITH_AS(validate(e, options), doctest::Contains("not valid UTF-8"), InvalidArgument);
  }
  SUBCASE("bad language") {
    Client e;
    e.name = "X";
    e.language = "english";
    CHECK_THROWS_WITH_AS(validate(e, options), doctest::Contains("'english'"), InvalidArgument);
  }
  SUBCASE("bad custom field date") {
    Client e;
    e.name = "X";
    e.fields["birthday"] =
        std::chrono::year_month_day{std::chrono::year{2020}, std::chrono::month{2}, std::chrono::day{30}};
    CHECK_THROWS_WITH_AS(validate(e, options), doctest::Contains("'birthday'"), InvalidArgument);
  }
}

TEST_CASE("interaction validation names the bad turn, time or score") {
  Interaction in;
  in.client = ClientId{1};
  in.turns = {{SpeakerRole::client, "", "hi", 0, 1000}, {SpeakerRole::agent, "", "hello", 2000, 1500}};
  CHECK_THROWS_WITH_AS(validate(in), "turn 1: end_ms 1500 is before start_ms 2000", InvalidArgument);
  in.turns[1].end_ms = 2500;
  CHECK_NOTHROW(validate(in));
  in.csat = 6;
  CHECK_THROWS_WITH_AS(validate(in), "csat 6 is out of range 1..5", InvalidArgument);
  in.csat = 5;
  in.turns[0].text = "bad \xFF byte";
  CHECK_THROWS_WITH_AS(validate(in), doctest::Contains("turn 0 text"), InvalidArgument);
  in.turns[0].text = "ok";
  in.duration = std::chrono::milliseconds(-1);
  CHECK_THROWS_WITH_AS(validate(in), doctest::Contains("negative"), InvalidArgument);
}
