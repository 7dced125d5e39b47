// Raw COPY writes to PostgreSQL: the baseline rapport's ingest is compared with.
#include "raw_postgres.hpp"

#include <charconv>
#include <stdexcept>
#include <string_view>
#include <utility>

#include "rapport/store/store.hpp"
#include "text/fold.hpp"

namespace bench::pg {
namespace {

// libpq's messages end with a newline; ours do not.
std::string trimmed(const char* message) {
  std::string s = message ? message : "";
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  return s;
}

// The server for messages, from the live connection: user@host:port/db, no password.
std::string where(PGconn* conn) {
  return std::string("PostgreSQL ") + PQuser(conn) + "@" + PQhost(conn) + ":" + PQport(conn) + "/" + PQdb(conn);
}

[[noreturn]] void fail(PGconn* conn, const std::string& what, const char* message) {
  throw std::runtime_error(where(conn) + ": " + what + ": " + trimmed(message));
}

// A result that must be a command or query success.
struct Result {
  PGresult* r;
  Result(PGconn* conn, PGresult* raw, const std::string& what) : r(raw) {
    const auto status = raw ? PQresultStatus(raw) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) return;
    const std::string message = raw ? PQresultErrorMessage(raw) : PQerrorMessage(conn);
    PQclear(raw);
    fail(conn, what, message.c_str());
  }
  ~Result() { PQclear(r); }
  Result(const Result&) = delete;
  Result& operator=(const Result&) = delete;
};

std::int64_t query_int64(PGconn* conn, const std::string& sql) {
  const Result res(conn, PQexec(conn, sql.c_str()), sql);
  std::int64_t value = 0;
  const char* text = PQgetvalue(res.r, 0, 0);
  std::from_chars(text, text + PQgetlength(res.r, 0, 0), value);
  return value;
}

// One COPY ... FROM STDIN in text format: fields tab-separated, rows
// newline-terminated, \N for NULL, backslash escapes for the four special
// bytes. Rows are buffered and sent in chunks of about a megabyte.
class Copy {
 public:
  Copy(PGconn* conn, std::string sql) : conn_(conn), sql_(std::move(sql)) {
    PGresult* r = PQexec(conn_, sql_.c_str());
    const bool ready = r && PQresultStatus(r) == PGRES_COPY_IN;
    const std::string message = r ? PQresultErrorMessage(r) : PQerrorMessage(conn_);
    PQclear(r);
    if (!ready) fail(conn_, sql_, message.c_str());
    buffer_.reserve(kChunk + 4096);
  }
  Copy(const Copy&) = delete;
  Copy& operator=(const Copy&) = delete;

  Copy& text(std::string_view s) {
    for (const char c : s) {
      switch (c) {
        case '\\':
          buffer_ += "\\\\";
          break;
        case '\t':
          buffer_ += "\\t";
          break;
        case '\n':
          buffer_ += "\\n";
          break;
        case '\r':
          buffer_ += "\\r";
          break;
        default:
          buffer_ += c;
      }
    }
    buffer_ += '\t';
    return *this;
  }
  Copy& integer(std::int64_t v) {
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, v).ptr;
    buffer_.append(digits, end);
    buffer_ += '\t';
    return *this;
  }
  Copy& real(double v) {
    char digits[32];
    const auto end = std::to_chars(digits, digits + sizeof digits, v).ptr;
    buffer_.append(digits, end);
    buffer_ += '\t';
    return *this;
  }
  Copy& boolean(bool v) { return text(v ? "t" : "f"); }
  Copy& null() {
    buffer_ += "\\N\t";
    return *this;
  }
  void end_row() {
    buffer_.back() = '\n';
    if (buffer_.size() >= kChunk) flush();
  }
  // Sends the rest and ends the COPY; throws if the server refused any row.
  void finish() {
    flush();
    if (PQputCopyEnd(conn_, nullptr) != 1) fail(conn_, sql_, PQerrorMessage(conn_));
    // Every result is read before checking, so the connection is free for the ROLLBACK.
    PGresult* outcome = PQgetResult(conn_);
    while (PGresult* extra = PQgetResult(conn_)) PQclear(extra);
    const Result done(conn_, outcome, sql_);
  }

 private:
  static constexpr std::size_t kChunk = 1 << 20;
  void flush() {
    if (buffer_.empty()) return;
    if (PQputCopyData(conn_, buffer_.data(), static_cast<int>(buffer_.size())) != 1)
      fail(conn_, sql_, PQerrorMessage(conn_));
    buffer_.clear();
  }
  PGconn* conn_;
  std::string sql_;
  std::string buffer_;
};

// Runs `body` inside BEGIN/COMMIT, rolling back when it throws.
template <class Body>
void in_transaction(PGconn* conn, Body&& body) {
  exec(conn, "BEGIN");
  try {
    body();
    exec(conn, "COMMIT");
  } catch (...) {
    PQclear(PQexec(conn, "ROLLBACK"));
    throw;
  }
}

}  // namespace

Connection open_raw(const std::string& conninfo) {
  const std::string server = rapport::store::describe_location(conninfo);  // throws on an unparsable string
  Connection conn(PQconnectdb(conninfo.c_str()));
  if (!conn) throw std::runtime_error("cannot connect to " + server + ": out of memory");
  if (PQstatus(conn.get()) != CONNECTION_OK)
    throw std::runtime_error("cannot connect to " + server + ": " + trimmed(PQerrorMessage(conn.get())));
  PQsetNoticeProcessor(
      conn.get(), [](void*, const char*) {}, nullptr);  // "drop cascades to ..." and the like
  exec(conn.get(), "SET client_encoding = 'UTF8'");
  return conn;
}

void exec(PGconn* conn, const std::string& sql) { const Result res(conn, PQexec(conn, sql.c_str()), sql); }

void insert_raw(PGconn* conn, const std::vector<RawInteraction>& items) {
  if (items.empty()) return;
  in_transaction(conn, [&] {
    // Reserve the ids in one step: the next value, then move the sequence past the batch.
    const std::int64_t first = query_int64(conn, "SELECT nextval(pg_get_serial_sequence('interactions', 'id'))");
    const auto n = static_cast<std::int64_t>(items.size());
    exec(conn, "SELECT setval(pg_get_serial_sequence('interactions', 'id'), " + std::to_string(first + n - 1) + ")");

    Copy interactions(conn,
                      "COPY interactions (id, client_id, staff_id, channel, direction, started_ms, duration_ms, "
                      "subject, outcome, csat, created_ms) FROM STDIN");
    for (std::int64_t k = 0; k < n; ++k) {
      const auto& it = items[static_cast<std::size_t>(k)];
      interactions.integer(first + k).integer(it.client);
      if (it.staff)
        interactions.integer(it.staff);
      else
        interactions.null();
      interactions.text(it.channel).text("inbound").integer(it.started_ms).integer(it.duration_ms).text("").text("");
      if (it.csat)
        interactions.integer(it.csat);
      else
        interactions.null();
      interactions.integer(it.started_ms).end_row();
    }
    interactions.finish();

    bool any_turns = false, any_report = false;
    for (const auto& it : items) {
      any_turns = any_turns || it.turns;
      any_report = any_report || it.report;
    }
    if (any_turns) {
      Copy turns(conn, "COPY turns (interaction_id, idx, role, speaker, text) FROM STDIN");
      for (std::int64_t k = 0; k < n; ++k) {
        const auto* list = items[static_cast<std::size_t>(k)].turns;
        if (!list) continue;
        for (std::size_t i = 0; i < list->size(); ++i) {
          const auto& t = (*list)[i];
          turns.integer(first + k)
              .integer(static_cast<std::int64_t>(i))
              .text(t.role == rapport::SpeakerRole::agent ? "agent" : "client")
              .text(t.speaker)
              .text(t.text)
              .end_row();
        }
      }
      turns.finish();
      Copy fts(conn, "COPY interaction_fts (interaction_id, subject, body, folded) FROM STDIN");
      // The body and folded text as the store writes them (an empty subject).
      std::string body;
      for (std::int64_t k = 0; k < n; ++k) {
        const auto* list = items[static_cast<std::size_t>(k)].turns;
        if (!list) continue;
        body.clear();
        for (const auto& t : *list) {
          if (!body.empty()) body += '\n';
          body += t.text;
        }
        fts.integer(first + k).text("").text(body).text(rapport::text::search_fold("\n" + body)).end_row();
      }
      fts.finish();
    }
    if (any_report) {
      Copy quality(conn,
                   "COPY interaction_quality (interaction_id, rules_version, stance, conduct, adversarial, strain, "
                   "metrics, analyzed_ms, agent_markers, talk_share) FROM STDIN");
      for (std::int64_t k = 0; k < n; ++k) {
        const auto& it = items[static_cast<std::size_t>(k)];
        if (!it.report) continue;
        quality.integer(first + k)
            .text("bench")
            .integer(it.report->stance)
            .integer(it.report->conduct)
            .boolean(it.report->adversarial)
            .real(it.strain)
            .text(kRawMetrics)
            .integer(it.started_ms)
            .text(agent_markers(*it.report))
            .real(kRawTalkShare)
            .end_row();
      }
      quality.finish();
      Copy flags(conn,
                 "COPY quality_flags (interaction_id, marker, side, turn, begin_byte, end_byte, evidence, lang, "
                 "severity) FROM STDIN");
      for (std::int64_t k = 0; k < n; ++k) {
        const auto& it = items[static_cast<std::size_t>(k)];
        if (!it.report) continue;
        for (const auto& f : it.report->flags) {
          flags.integer(first + k)
              .text(f.marker)
              .text(f.side == rapport::quality::Side::agent ? "agent" : "client")
              .integer(static_cast<std::int64_t>(f.turn))
              .integer(static_cast<std::int64_t>(f.begin))
              .integer(static_cast<std::int64_t>(f.end))
              .text(f.evidence)
              .text(f.lang)
              .integer(f.severity)
              .end_row();
        }
      }
      flags.finish();
    }
  });
}

void insert_people(PGconn* conn, std::size_t clients, std::size_t staff, std::int64_t created_ms) {
  in_transaction(conn, [&] {
    Copy s(conn, "COPY staff (name, email, role, active) FROM STDIN");
    for (std::size_t i = 1; i <= staff; ++i) {
      s.text("Agent " + std::to_string(i))
          .text("agent" + std::to_string(i) + "@example.com")
          .text("agent")
          .boolean(true)
          .end_row();
    }
    s.finish();
    Copy c(conn,
           "COPY clients (kind, name, name_key, language, stage, marketing_consent, created_ms, updated_ms) FROM "
           "STDIN");
    static const char* kStages[] = {"lead", "prospect", "customer", "customer"};
    for (std::size_t i = 1; i <= clients; ++i) {
      c.text("person")
          .text("Client " + std::to_string(i))
          .text("client " + std::to_string(i))
          .text("en")
          .text(kStages[i % 4])
          .boolean(false)
          .integer(created_ms)
          .integer(created_ms)
          .end_row();
    }
    c.finish();
  });
}

std::string in_schema(const std::string& conninfo, const std::string& schema) {
  if (conninfo.starts_with("postgresql://") || conninfo.starts_with("postgres://"))
    return conninfo + (conninfo.find('?') == std::string::npos ? "?" : "&") + "options=-csearch_path%3D" + schema +
           "%2Cpublic";
  return conninfo + " options='-csearch_path=" + schema + ",public'";
}

Schema::Schema(std::string server, std::string name, bool keep)
    : server_(std::move(server)), name_(std::move(name)), location_(in_schema(server_, name_)), keep_(keep) {}

Schema::~Schema() {
  if (keep_ || !created_) return;
  // Best effort: a destructor must not throw, and a leftover schema is dropped by the next recreate().
  try {
    exec(open_raw(server_).get(), "DROP SCHEMA IF EXISTS " + name_ + " CASCADE");
  } catch (const std::exception&) {
  }
}

void Schema::recreate() {
  const auto conn = open_raw(server_);
  exec(conn.get(), "DROP SCHEMA IF EXISTS " + name_ + " CASCADE");
  exec(conn.get(), "CREATE SCHEMA " + name_);
  created_ = true;
}

}  // namespace bench::pg
