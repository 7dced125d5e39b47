// Duplicate detection and merging.
#include <doctest/doctest.h>

#include "test_database.hpp"

using namespace rapport;

namespace {

bool has_pair(const std::vector<store::DuplicatePair>& pairs, ClientId a, ClientId b, store::DuplicateReason why) {
  return std::any_of(pairs.begin(), pairs.end(), [&](const store::DuplicatePair& p) {
    return p.a == std::min(a, b) && p.b == std::max(a, b) &&
           std::find(p.reasons.begin(), p.reasons.end(), why) != p.reasons.end();
  });
}

}  // namespace

TEST_CASE("duplicates by email variant, phone and near-identical name") {
  test::TestDatabase db;
  Crm crm = Crm::open(db.location());
  const auto a = crm.clients().add(test::client("Anna Kowalska", "anna.kowalska@gmail.com"));
  const auto b = crm.clients().add(test::client("A. K.", "annakowalska+shop@googlemail.com"));
  auto with_phone = test::client("Piotr Zieliński");
  with_phone.phones = {"+48 601 234 567"};
  const auto c = crm.clients().add(with_phone);
  with_phone.name = "P. Z.";
  with_phone.phones = {"+48601234567"};
  const auto d = crm.clients().add(with_phone);
  const auto e = crm.clients().add(test::client("Kowalska,  anna"));
  const auto f = crm.clients().add(test::client("Ana Kowalska"));
  const auto g = crm.clients().add(test::client("Stefan Popescu"));
  const auto h = crm.clients().add(test::client("ŞTEFAN POPESCU"));
  const auto unrelated = crm.clients().add(test::client("Anton Kowalczyk"));

  const auto all = crm.clients().duplicates();
  CHECK(has_pair(all, a.id, b.id, store::DuplicateReason::email));
  CHECK(has_pair(all, c.id, d.id, store::DuplicateReason::phone));
  CHECK(has_pair(all, a.id, e.id, store::DuplicateReason::name));
  CHECK(has_pair(all, a.id, f.id, store::DuplicateReason::name));
  CHECK(has_pair(all, g.id, h.id, store::DuplicateReason::name));
  for (const auto& p : all) {
    CHECK(p.a != unrelated.id);
    CHECK(p.b != unrelated.id);
  }
  const auto of_a = crm.clients().duplicates(a.id);
  CHECK(has_pair(of_a, a.id, b.id, store::DuplicateReason::email));
  CHECK(has_pair(of_a, a.id, e.id, store::DuplicateReason::name));
  CHECK_FALSE(has_pair(of_a, g.id, h.id, store::DuplicateReason::name));
  CHECK_THROWS_AS(crm.clients().duplicates(ClientId{999}), NotFound);
}

TEST_CASE("merge moves everything to the kept client in one step") {
  test::TestDatabase db;
  Crm crm = Crm::open(db.location());
  const auto bob = crm.staff().add(test::staff("Bob", "bob@example.com"));
  auto keep_c = test::client("Anna Kowalska", "anna@example.pl");
  keep_c.tags = {"vip"};
  keep_c.fields = {{"segment", std::string("retail")}};
  const auto keep = crm.clients().add(keep_c);
  auto drop_c = test::client("Ana Kowalska", "anna.k@example.pl");
  drop_c.tags = {"newsletter", "vip"};
  drop_c.phones = {"+48601234567"};
  drop_c.fields = {{"segment", std::string("wholesale")}, {"city", std::string("Kraków")}};
  const auto drop = crm.clients().add(drop_c);
  const auto in = crm.interactions().add(test::call(drop.id));
  crm.clients().add_note({.client = drop.id, .body = "note on the duplicate"});
  crm.clients().add_task({.client = drop.id, .title = "call back", .due = system_now()});

  const auto merged = crm.clients().merge(keep.id, drop.id, Actor::by(bob.id));
  CHECK(merged.emails == std::vector<std::string>{"anna@example.pl", "anna.k@example.pl"});
  CHECK(merged.phones == std::vector<std::string>{"+48601234567"});
  CHECK(merged.tags == std::vector<std::string>{"newsletter", "vip"});
  CHECK(std::get<std::string>(merged.fields.at("segment")) == "retail");
  CHECK(std::get<std::string>(merged.fields.at("city")) == "Kraków");
  CHECK(crm.interactions().get(in.id).client == keep.id);
  CHECK(crm.clients().notes(keep.id).size() == 1);
  CHECK(crm.clients().tasks(keep.id).size() == 1);
  CHECK_FALSE(crm.clients().find(drop.id).has_value());
  CHECK(crm.clients().find_by_email("anna.k@example.pl")->id == keep.id);
  CHECK(crm.search("Ana").empty());

  const auto log = crm.audit_log({.entity = "client", .entity_id = keep.id.value});
  const bool recorded = std::any_of(log.begin(), log.end(), [&](const store::AuditEntry& e) {
    return e.action == "merge" && e.field == "merged_from" && e.actor == "staff:" + to_string(bob.id) &&
           e.new_value->find("Ana Kowalska") != std::string::npos;
  });
  CHECK(recorded);
}

TEST_CASE("a merge that cannot happen changes nothing") {
  test::TestDatabase db;
  Crm crm = Crm::open(db.location());
  const auto a = crm.clients().add(test::client("A", "a@example.com"));
  CHECK_THROWS_WITH_AS(crm.clients().merge(a.id, a.id), doctest::Contains("into itself"), Conflict);
  CHECK_THROWS_WITH_AS(crm.clients().merge(a.id, ClientId{50}), doctest::Contains("client 50"), NotFound);
  CHECK_THROWS_WITH_AS(crm.clients().merge(ClientId{50}, a.id), doctest::Contains("client 50"), NotFound);
  CHECK(crm.clients().get(a.id).emails.size() == 1);
}

TEST_CASE("the audit log records who changed which field from what to what") {
  test::ManualClock clock;
  test::TestDatabase db;
  Crm crm = Crm::open(db.location(), test::options_with(clock));
  const auto olena = crm.staff().add(test::staff("Olena", "olena@example.com"));
  auto c = crm.clients().add(test::client("Jan Nowak", "jan@example.pl"), Actor::by(olena.id));
  clock.advance(5000);
  c.stage = LifecycleStage::customer;
  c.name = "Jan Nowak-Kowalski";
  crm.clients().update(c);
  crm.clients().remove(c.id);

  const auto log = crm.audit_log({.entity = "client", .entity_id = c.id.value});
  const auto find = [&](const std::string& action, const std::string& field) {
    return std::find_if(log.begin(), log.end(),
                        [&](const store::AuditEntry& e) { return e.action == action && e.field == field; });
  };
  const auto created = find("create", "name");
  REQUIRE(created != log.end());
  CHECK(created->actor == "staff:" + to_string(olena.id));
  CHECK_FALSE(created->old_value.has_value());
  CHECK(created->new_value == "Jan Nowak");
  const auto stage = find("update", "stage");
  REQUIRE(stage != log.end());
  CHECK(stage->actor == "system");
  CHECK(stage->old_value == "lead");
  CHECK(stage->new_value == "customer");
  CHECK(to_unix_ms(stage->at) == to_unix_ms(created->at) + 5000);
  CHECK(find("update", "emails") == log.end());  // unchanged fields are not logged
  const auto deleted = find("delete", "emails");
  REQUIRE(deleted != log.end());
  CHECK(deleted->old_value == "jan@example.pl");
  CHECK_FALSE(deleted->new_value.has_value());
}
