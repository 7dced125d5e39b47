// The Crm facade: owns the store and the services that sit on it.
#include "rapport/crm.hpp"

#include "rapport/error.hpp"
#include "services/limits.hpp"

namespace rapport {

// Services hold references into State, which lives on the heap, so moving a
// Crm moves only the pointer and the references stay valid.
struct Crm::State {
  State(std::unique_ptr<store::Store> s, CrmOptions o)
      : options(std::move(o)),
        store(std::move(s)),
        clients(*store, options.validation),
        staff(*store),
        interactions(*store) {}

  CrmOptions options;
  std::unique_ptr<store::Store> store;
  ClientService clients;
  StaffService staff;
  InteractionService interactions;
};

Crm Crm::open(const std::string& location, CrmOptions options) {
  auto store = store::open_sqlite(location, options.store);
  return Crm(std::move(store), std::move(options));
}

Crm::Crm(std::unique_ptr<store::Store> store, CrmOptions options) {
  if (!store) throw InvalidArgument("Crm needs a store, got a null pointer");
  state_ = std::make_unique<State>(std::move(store), std::move(options));
}

Crm::Crm(Crm&&) noexcept = default;
Crm& Crm::operator=(Crm&&) noexcept = default;
Crm::~Crm() = default;

ClientService& Crm::clients() { return state_->clients; }
StaffService& Crm::staff() { return state_->staff; }
InteractionService& Crm::interactions() { return state_->interactions; }
store::Store& Crm::store() { return *state_->store; }

std::vector<store::SearchHit> Crm::search(std::string_view text, std::size_t limit) {
  return state_->store->search(text, detail::checked_limit(limit));
}

std::vector<store::AuditEntry> Crm::audit_log(const store::AuditFilter& filter) {
  return state_->store->audit_log(filter);
}

}  // namespace rapport
