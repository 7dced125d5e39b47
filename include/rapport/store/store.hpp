#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "rapport/model/actor.hpp"
#include "rapport/model/client.hpp"
#include "rapport/model/interaction.hpp"
#include "rapport/model/note.hpp"
#include "rapport/model/staff.hpp"
#include "rapport/model/time.hpp"
#include "rapport/store/report_store.hpp"
#include "rapport/store/workflow_store.hpp"

namespace rapport::store {

/// Filters for listing clients; empty members do not filter.
struct ClientFilter {
  std::optional<std::string> tag{};           ///< has this tag
  std::optional<LifecycleStage> stage{};      ///< in this stage
  std::optional<StaffId> owner{};             ///< owned by this staff member
  std::optional<std::string> language{};      ///< speaks this language
  std::optional<Timestamp> created_from{};    ///< created at or after
  std::optional<Timestamp> created_before{};  ///< created strictly before
};

/// One page of a keyset-paginated listing, and where the next page starts.
template <class T, class Cursor>
struct Page {
  std::vector<T> items{};        ///< at most the requested limit
  std::optional<Cursor> next{};  ///< pass as `after` for the next page; empty on the last page
};

/// Where an interaction listing resumes: after this (started_at, id), newest first.
struct InteractionCursor {
  Timestamp started_at{};  ///< the last item's start
  InteractionId id{};      ///< the last item's id
};

/// What a full-text search hit refers to.
enum class HitKind { client, note, interaction };

/// A full-text search result.
struct SearchHit {
  HitKind kind = HitKind::client;  ///< which table the hit is in
  std::int64_t id = 0;             ///< the client, note or interaction id
  ClientId client{};               ///< the client it concerns
  std::string snippet{};           ///< the matching text with hits in [brackets]
  double rank = 0;                 ///< bm25 rank; lower is better
};

/// Why two clients look like the same one.
enum class DuplicateReason { email, phone, name };

/// A pair of clients that probably are one.
struct DuplicatePair {
  ClientId a{};                            ///< the older client (lower id)
  ClientId b{};                            ///< the newer client
  std::vector<DuplicateReason> reasons{};  ///< every reason that applies
  std::string detail{};                    ///< the shared email/phone or the two names
};

/// One field change recorded in the audit log.
struct AuditEntry {
  std::int64_t id = 0;                     ///< sequence number
  Timestamp at{};                          ///< when
  std::string actor{};                     ///< "system" or "staff:<id>"
  std::string entity{};                    ///< "client", "staff", "interaction", "note", "task"
  std::int64_t entity_id = 0;              ///< the entity's id
  std::string action{};                    ///< "create", "update", "delete", "merge"
  std::string field{};                     ///< the field that changed ("*" for the whole entity)
  std::optional<std::string> old_value{};  ///< before (empty on create)
  std::optional<std::string> new_value{};  ///< after (empty on delete)
};

/// Filter for reading the audit log.
struct AuditFilter {
  std::optional<std::string> entity{};      ///< e.g. "client"
  std::optional<std::int64_t> entity_id{};  ///< one entity
  std::size_t limit = 1000;                 ///< newest entries first
};

/// Options common to every store.
struct StoreOptions {
  Clock clock = system_now;    ///< "now" for created/updated stamps and the audit log
  bool read_only = false;      ///< open without write access; writes throw StorageError
  int busy_timeout_ms = 5000;  ///< how long a writer waits for another process's lock
  int cache_mib = 32;          ///< SQLite page cache per connection, in MiB
  int mmap_mib = 256;          ///< SQLite memory-mapped I/O window, in MiB (0: plain reads)
};

/// The persistence interface. Only stores speak SQL; the rest of rapport talks to
/// this interface, so SQLite and (later) PostgreSQL pass the same tests.
///
/// Contract for implementers and callers:
/// - Inputs are already validated and normalised (the services call
///   rapport::validate); the store enforces referential and uniqueness rules.
/// - Every write is one transaction: it commits whole or leaves no trace, and
///   writes audit entries in the same transaction.
/// - Methods are safe to call from several threads at once.
/// - Failures throw NotFound (unknown id), Conflict (uniqueness) or StorageError.
class Store : public WorkflowStore, public ReportStore {
 public:
  ~Store() override = default;

  /// Stores a new client; returns it with id and timestamps set.
  virtual Client create_client(Client client, const Actor& actor) = 0;
  /// Replaces a stored client's data (id must exist); returns the stored version.
  virtual Client update_client(Client client, const Actor& actor) = 0;
  /// Deletes a client with its interactions, notes and tasks.
  virtual void remove_client(ClientId id, const Actor& actor) = 0;
  /// The client with this id, if any.
  virtual std::optional<Client> find_client(ClientId id) = 0;
  /// The client owning this (normalised) email, if any.
  virtual std::optional<Client> find_client_by_email(std::string_view email) = 0;
  /// Clients matching `filter` in id order, starting after `after`.
  virtual Page<Client, ClientId> list_clients(const ClientFilter& filter, std::optional<ClientId> after,
                                              std::size_t limit) = 0;
  /// Likely duplicates among all clients, or of one client when `of` is set.
  virtual std::vector<DuplicatePair> find_duplicates(std::optional<ClientId> of) = 0;
  /// Moves `drop`'s interactions, notes, tasks, tags, emails, phones and missing
  /// fields to `keep`, then deletes `drop`; returns the merged client.
  virtual Client merge_clients(ClientId keep, ClientId drop, const Actor& actor) = 0;

  /// Stores a new staff member.
  virtual Staff create_staff(Staff staff, const Actor& actor) = 0;
  /// Replaces a stored staff member's data.
  virtual Staff update_staff(Staff staff, const Actor& actor) = 0;
  /// The staff member with this id, if any.
  virtual std::optional<Staff> find_staff(StaffId id) = 0;
  /// All staff in id order.
  virtual std::vector<Staff> list_staff() = 0;

  /// Stores interactions with their turns, all or none; returns them with ids set.
  virtual std::vector<Interaction> create_interactions(std::span<const Interaction> interactions,
                                                       const Actor& actor) = 0;
  /// The interaction with its turns, if any.
  virtual std::optional<Interaction> find_interaction(InteractionId id) = 0;
  /// A client's interactions, newest first, resuming after `after`.
  virtual Page<Interaction, InteractionCursor> list_interactions(ClientId client,
                                                                 std::optional<InteractionCursor> after,
                                                                 std::size_t limit) = 0;
  /// Deletes an interaction and its turns.
  virtual void remove_interaction(InteractionId id, const Actor& actor) = 0;

  /// Stores a note.
  virtual Note create_note(Note note, const Actor& actor) = 0;
  /// A client's notes, oldest first.
  virtual std::vector<Note> list_notes(ClientId client) = 0;
  /// Stores a task.
  virtual Task create_task(Task task, const Actor& actor) = 0;
  /// Replaces a stored task (e.g. to mark it done).
  virtual Task update_task(Task task, const Actor& actor) = 0;
  /// A client's tasks by due date.
  virtual std::vector<Task> list_tasks(ClientId client) = 0;
  /// Open tasks due strictly before `before`, by due date.
  virtual std::vector<Task> due_tasks(Timestamp before) = 0;

  /// Full-text search over client names and emails, notes and interaction text.
  /// Any user string is safe: it is turned into plain terms, never FTS syntax.
  virtual std::vector<SearchHit> search(std::string_view query, std::size_t limit) = 0;

  /// Audit entries, newest first.
  virtual std::vector<AuditEntry> audit_log(const AuditFilter& filter) = 0;

  /// The schema version the database is at.
  virtual int schema_version() = 0;

  /// Sends `payload` to the listeners of `channel` on the database server
  /// (PostgreSQL NOTIFY, delivered once committed: the event relay,
  /// rapport/relay.hpp). The SQLite store has no server: StorageError.
  virtual void notify(std::string_view channel, std::string_view payload) = 0;

  /// Copies the whole database, as one consistent snapshot, to the new file
  /// `path` while other threads and processes go on writing (SQLite's online
  /// backup API); the copy is a database Crm::open opens. Throws
  /// InvalidArgument naming `path` when it exists already (nothing is
  /// overwritten) and StorageError when it cannot be written, leaving no
  /// partial file at `path`. PostgreSQL: StorageError (use pg_dump).
  virtual void backup(const std::string& path) = 0;
};

/// The schema version this library writes and understands (SQLite store).
int sqlite_schema_version() noexcept;

/// Opens (creating if needed) a SQLite database at `path` (":memory:" for a
/// private in-memory one), applying migrations. Throws StorageError naming the
/// path when the file is not a SQLite database, is read-only and needs
/// migrating, or has a newer schema than this library knows.
std::unique_ptr<Store> open_sqlite(const std::string& path, const StoreOptions& options = {});

/// The schema version this library writes and understands (PostgreSQL store).
int postgres_schema_version() noexcept;

/// Connects to a PostgreSQL database (a libpq URI such as
/// "postgresql://user@host:5432/db" or a "key=value" string) and migrates it;
/// Crm::open does this for such a location. Throws StorageError naming
/// user@host:port/db (never the password) when the server is unreachable,
/// refuses the login, or has a newer schema (docs/storage.md, docs/scaling.md).
std::unique_ptr<Store> open_postgres(const std::string& conninfo, const StoreOptions& options = {});

/// True for a PostgreSQL location: a postgresql:// or postgres:// URI, or a
/// libpq "key=value" string (starting with a lower-case keyword and '=', such
/// as "host=/var/run/postgresql dbname=crm"). Anything else is a SQLite path.
bool is_postgres_location(std::string_view location) noexcept;

/// A database location for messages: the SQLite path as given, or "PostgreSQL
/// user@host:port/db" without the password (InvalidArgument when unparsable).
std::string describe_location(const std::string& location);

/// Text name of a hit kind ("client", "note", "interaction").
std::string_view to_string(HitKind kind) noexcept;
/// Text name of a duplicate reason ("email", "phone", "name").
std::string_view to_string(DuplicateReason reason) noexcept;

/// The FTS5 query rapport runs for a user's search text: each word becomes a
/// quoted term (a trailing `*` on a word of 2+ characters keeps prefix search),
/// so quotes, `NEAR`, `-`, `:` and other syntax are plain text. Empty when the
/// text has no searchable word.
std::string fts5_query(std::string_view user_text);

}  // namespace rapport::store
