// Export and import of clients and interactions: round trips in both formats,
// and all-or-nothing imports whose errors name file and line.
#include <doctest/doctest.h>

#include <sstream>

#include "../test_database.hpp"
#include "rapport/io/exchange.hpp"

using namespace rapport;

namespace {

// A data set with the awkward values: quotes, separators, line breaks, diacritics, custom fields.
void fill(Crm& crm) {
  crm.staff().add(test::staff("Someone Who Left", "left@example.com"));  // so staff ids differ from positions
  auto olena = crm.staff().add(test::staff("Olena Shevchenko", "olena@example.com"));
  Client anna = test::client("Anna \"Ania\" Kowalska, PhD", "anna@example.pl");
  anna.tags = {"a;b", "back\\slash", "vip"};
  anna.language = "pl";
  anna.phones = {"+48 601 234 567"};
  anna.fields = {{"budget", 1250.5},
                 {"newsletter", true},
                 {"note", std::string("line1\nline2, \"quoted\"")},
                 {"renewal", std::chrono::year{2027} / 3 / 1}};
  anna.consent.marketing = true;
  anna.owner = olena.id;
  const auto a = crm.clients().add(anna);
  auto firm = test::client("Ștefan & Fiii SRL");
  firm.kind = ClientKind::company;
  firm.stage = LifecycleStage::customer;
  const auto f = crm.clients().add(firm);
  auto in = test::call(a.id, 1'790'000'000'000, "My order is late,\nand the \"tracking\" page is blank.");
  in.csat = 2;
  in.channel = Channel::chat;
  in.outcome = "refund, partial";
  in.staff = olena.id;
  crm.log_interaction(in);
  crm.log_interaction(test::call(f.id, 1'790'000'100'000, "Dzień dobry, faktura jest błędna."));
}

enum class What { staff, clients, interactions };

std::string exported(Crm& crm, What what, io::ExchangeFormat format) {
  std::ostringstream out;
  if (what == What::staff) io::export_staff(crm, out, format);
  if (what == What::clients) io::export_clients(crm, out, format);
  if (what == What::interactions) io::export_interactions(crm, out, format);
  return out.str();
}

}  // namespace

TEST_CASE("export then import into an empty database gives the same export, in CSV and in JSON Lines") {
  for (auto format : {io::ExchangeFormat::csv, io::ExchangeFormat::jsonl}) {
    CAPTURE(static_cast<int>(format));
    test::TestDatabase source_db, copy_db, empty_db;
    Crm source = Crm::open(source_db.location());
    fill(source);
    const auto staff = exported(source, What::staff, format);
    const auto clients = exported(source, What::clients, format);
    const auto interactions = exported(source, What::interactions, format);

    Crm copy = Crm::open(copy_db.location());
    copy.staff().add(test::staff("Already here", "here@example.com"));  // the copy numbers staff differently
    std::istringstream sin(staff), cin(clients), iin(interactions);
    const io::ImportInput si{&sin, "staff", format}, ci{&cin, "clients", format}, ii{&iin, "interactions", format};
    std::size_t last_progress = 0;
    const auto summary = io::import_records(copy, {&si, &ci, &ii}, [&](std::size_t done, std::size_t total) {
      CHECK(total == 2);
      last_progress = done;
    });
    CHECK(summary.staff == 2);
    CHECK(summary.clients == 2);
    CHECK(summary.interactions == 2);
    CHECK(last_progress == 2);
    CHECK(exported(copy, What::clients, format).size() == clients.size());  // same shape, staff ids +1
    // Owners and handlers follow the staff's new ids.
    const auto olena = copy.staff().get(StaffId{3});
    CHECK(olena.name == "Olena Shevchenko");
    CHECK(copy.clients().get(ClientId{1}).owner == olena.id);
    CHECK(copy.interactions().get(InteractionId{1}).staff == olena.id);

    // Into an empty database the round trip is exact, byte for byte.
    Crm empty = Crm::open(empty_db.location());
    std::istringstream sin2(staff), cin2(clients), iin2(interactions);
    const io::ImportInput si2{&sin2, "staff", format}, ci2{&cin2, "clients", format},
        ii2{&iin2, "interactions", format};
    io::import_records(empty, {&si2, &ci2, &ii2});
    CHECK(exported(empty, What::staff, format) == staff);
    CHECK(exported(empty, What::clients, format) == clients);
    CHECK(exported(empty, What::interactions, format) == interactions);
    // The imported interactions were analysed and their scores stored.
    CHECK(copy.quality().report(InteractionId{1}));
    const auto anna = copy.clients().get(ClientId{1});
    CHECK(anna.fields.at("renewal") == FieldValue{std::chrono::year_month_day{std::chrono::year{2027} / 3 / 1}});
    CHECK(anna.tags == std::vector<std::string>{"a;b", "back\\slash", "vip"});
  }
}

TEST_CASE("imported interactions follow their clients' new ids") {
  test::TestDatabase db;
  Crm crm = Crm::open(db.location());
  crm.clients().add(test::client("Already here"));  // takes id 1 in the target
  std::istringstream clients("id,name\n1,Ion Popa\n");
  std::istringstream interactions(
      "client_id,started_at,turns\n1,2026-11-02T10:00:00Z,\"[{\"\"role\"\":\"\"client\"\",\"\"text\"\":\"\"Hi\"\"}]"
      "\"\n");
  const io::ImportInput ci{&clients, "c.csv", io::ExchangeFormat::csv};
  const io::ImportInput ii{&interactions, "i.csv", io::ExchangeFormat::csv};
  io::import_records(crm, {.clients = &ci, .interactions = &ii});
  CHECK(crm.interactions().list(ClientId{2}).items.size() == 1);  // Ion Popa is client 2 here
  CHECK(crm.interactions().list(ClientId{1}).items.empty());
}

TEST_CASE("a bad record anywhere stops the import with its line, and nothing is stored") {
  test::TestDatabase db;
  Crm crm = Crm::open(db.location());
  crm.clients().add(test::client("Existing", "taken@example.com"));
  auto attempt = [&](const std::string& clients, const std::string& interactions = {}) {
    std::istringstream cin(clients), iin(interactions);
    const io::ImportInput ci{&cin, "c.csv", io::ExchangeFormat::csv};
    const io::ImportInput ii{&iin, "i.csv", io::ExchangeFormat::csv};
    io::import_records(crm, {.clients = &ci, .interactions = interactions.empty() ? nullptr : &ii});
  };
  std::string many = "name,emails\n";
  for (int i = 2; i < 50'000; ++i) many += "Client " + std::to_string(i) + ",c" + std::to_string(i) + "@example.com\n";
  CHECK_THROWS_WITH_AS(attempt(many + "\"Broken,x\n"), "c.csv:50000:1: quoted field is never closed", ParseError);
  CHECK_THROWS_WITH_AS(attempt("name,emails\nA,a@example.com\nB,not-an-email\n"),
                       doctest::Contains("c.csv:3:1: email 'not-an-email'"), ParseError);
  CHECK_THROWS_WITH_AS(attempt("name,stage\nA,vip\n"), doctest::Contains("c.csv:2:1:"), ParseError);
  CHECK_THROWS_WITH_AS(attempt("name,colour\nA,red\n"), doctest::Contains("unknown column 'colour'"), ParseError);
  CHECK_THROWS_WITH_AS(attempt("name,emails\nA\n"), "c.csv:2:1: 1 fields, the header has 2", ParseError);
  CHECK_THROWS_WITH_AS(attempt("id,name\n5,A\n5,B\n"), doctest::Contains("c.csv:3:1: client id 5 appears twice"),
                       ParseError);
  // Valid records, but the database refuses one: the error names where it came from.
  CHECK_THROWS_WITH_AS(attempt("name,emails\nA,a@example.com\nB,TAKEN@example.com\n"), doctest::Contains("c.csv:3: "),
                       Conflict);
  CHECK_THROWS_WITH_AS(attempt("id,name\n1,A\n", "client_id,started_at\n1,2026-01-01\n77,2026-01-02\n"),
                       doctest::Contains("i.csv:3: "), NotFound);
  CHECK_THROWS_WITH_AS(attempt("name\nA\n", "client_id,started_at,csat\n1,2026-01-01,9\n"),
                       doctest::Contains("i.csv:2:1:"), ParseError);
  CHECK_THROWS_WITH_AS(attempt("name\nA\n", "client_id,started_at\n1,yesterday\n"), doctest::Contains("'yesterday'"),
                       ParseError);
  CHECK_THROWS_WITH_AS(attempt("name\nA\n", "client_id,started_at,turns\n1,2026-01-01,[oops\n"),
                       doctest::Contains("turns is not valid JSON"), ParseError);

  std::istringstream jsonl("{\"name\": \"A\"}\n{\"name\": \"B\", \"emails\": [\"b@example.com\"\n");
  const io::ImportInput ji{&jsonl, "c.jsonl", io::ExchangeFormat::jsonl};
  CHECK_THROWS_WITH_AS(io::import_records(crm, {.clients = &ji}), doctest::Contains("c.jsonl:2:"), ParseError);

  CHECK(crm.clients().list().items.size() == 1);  // only "Existing"
  CHECK_THROWS_WITH_AS(io::exchange_format_of("clients.xlsx"), doctest::Contains("'clients.xlsx'"), InvalidArgument);
}
