// Full-text search and its query sanitiser.
#include <doctest/doctest.h>

#include "test_database.hpp"

using namespace rapport;

TEST_CASE("the sanitiser turns any text into quoted terms") {
  CHECK(store::fts5_query("anna kowalska") == R"("anna" "kowalska")");
  CHECK(store::fts5_query("Kowal*") == R"("Kowal"*)");
  CHECK(store::fts5_query(R"(say "hi")") == R"("say" """hi""")");
  CHECK(store::fts5_query("a NEAR(b c) OR -d") == R"x("a" "NEAR(b" "c)" "OR" "-d")x");
  CHECK(store::fts5_query(" * - ( ) \" ").empty());
  CHECK(store::fts5_query("").empty());
  CHECK(store::fts5_query("x*") == R"("x")");
}

TEST_CASE("search finds clients, notes and transcripts, diacritics-insensitive") {
  test::TestDatabase db;
  Crm crm = Crm::open(db.location());
  const auto anna = crm.clients().add(test::client("Anna Łukasiewicz", "anna@example.pl"));
  const auto ion = crm.clients().add(test::client("Ion Ștefănescu"));
  crm.clients().add_note({.client = ion.id, .body = "Wants the invoice in Romanian."});
  crm.interactions().add(test::call(anna.id, 1'700'000'000'000, "Mój ekspres do kawy przeciekał."));

  auto hits = crm.search("Łukasiewicz");
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].kind == store::HitKind::client);
  CHECK(hits[0].client == anna.id);
  CHECK(hits[0].snippet.find("[Łukasiewicz]") != std::string::npos);

  CHECK(crm.search("lukasiewicz").size() == 1);  // ł has no Unicode decomposition: the folded column finds it
  CHECK(crm.search("stefanescu").size() == 1);
  hits = crm.search("invoice");
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].kind == store::HitKind::note);
  CHECK(hits[0].client == ion.id);
  hits = crm.search("przeciekal");
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].kind == store::HitKind::interaction);
  CHECK(hits[0].client == anna.id);
  CHECK(crm.search("przeciek*").size() == 1);
  CHECK(crm.search("example.pl").size() == 1);
}

TEST_CASE("hostile search strings neither throw nor match everything") {
  test::TestDatabase db;
  Crm crm = Crm::open(db.location());
  const auto c = crm.clients().add(test::client("Plain Name"));
  crm.interactions().add(test::call(c.id));
  for (const char* text :
       {"\"", "\"unbalanced", "*", "NEAR(", "a OR", "-minus", "name:Plain", "'); DROP TABLE clients;--", "^start",
        "(((", "AND", "NOT", "{col}", "\xC2\xA9", "x\"y\"z"}) {
    CAPTURE(text);
    CHECK_NOTHROW(crm.search(text));
  }
  CHECK(crm.search("'); DROP TABLE clients;--").empty());
  CHECK(crm.clients().find(c.id).has_value());
  CHECK(crm.search("name:Plain").empty());
  CHECK(crm.search("Plain OR nothing").empty());  // OR is a word here, and no text holds it
  CHECK(crm.search("Plain").size() == 1);
}
