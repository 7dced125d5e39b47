// rapport-bench: rapport's speed and memory as ratios against baselines measured
// in the same run (docs/performance.md). Deterministic data; `--quick` runs the
// same code on small sizes; `--json` prints one JSON object; `--store URI` runs
// the ingest and report sections on PostgreSQL, in schemas of the run's own.
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <random>
#include <string_view>

#include "corpus.hpp"
#include "measure.hpp"
#include "rapport/rapport.hpp"
#include "rapport/report/reports.hpp"
#include "raw_postgres.hpp"
#include "raw_sqlite.hpp"

using nlohmann::json;

namespace {

struct Sizes {
  std::size_t analyzer_turns, naive_turns, ingest_interactions, clients, staff;
  std::vector<std::size_t> report_steps;  // interactions at which at-risk is timed; the last is the report size
  int repeats;
  std::size_t concurrent_interactions;  // each process's share in the concurrency section
};

const Sizes kFull{20'000, 2'000, 2'000, 10'000, 50, {10'000, 100'000, 1'000'000}, 3, 600};
const Sizes kQuick{1'000, 100, 100, 500, 10, {2'000, 10'000}, 1, 40};

std::size_t bytes_of(const std::vector<rapport::Turn>& turns) {
  std::size_t n = 0;
  for (const auto& t : turns) n += t.text.size();
  return n;
}

double mb(std::size_t bytes) { return static_cast<double>(bytes) / 1e6; }

// ---- analyzer ---------------------------------------------------------------

json bench_analyzer(const Sizes& z, const std::string& lexicon_dir) {
  const double rss_before = bench::rss_mib();
  const rapport::quality::Analyzer analyzer;
  const double rss_after = bench::rss_mib();
  const auto turns = bench::make_turns(z.analyzer_turns, 7);
  const std::size_t bytes = bytes_of(turns);

  // Each turn analysed as a one-turn conversation: lexical rules and structural detectors all run.
  const double rss_before_analysis = bench::rss_mib();
  std::size_t flags = 0;
  const double t_analyzer = bench::best_seconds(z.repeats, [&] {
    flags = 0;
    for (const auto& t : turns) flags += analyzer.analyze(std::span(&t, 1)).flags.size();
  });
  bench::keep(flags);
  // The thread's reused workspace (buffers, cached automaton moves) grows while it analyses.
  const double workspace_mib = bench::rss_mib() - rss_before_analysis;

  // The memory-speed floor: one pass over the same bytes, counting spaces.
  std::size_t spaces = 0;
  const double t_bytes = bench::best_seconds(z.repeats * 5, [&] {
    spaces = 0;
    for (const auto& t : turns) {
      for (const char ch : t.text) spaces += ch == ' ';
    }
    bench::keep(spaces);
  });

  // The obvious hand-written alternative: lower-case, then find() every rule phrase.
  const auto phrases = bench::rule_phrases(lexicon_dir);
  const std::vector<rapport::Turn> naive_turns(
      turns.begin(), turns.begin() + static_cast<std::ptrdiff_t>(std::min(z.naive_turns, turns.size())));
  std::size_t hits = 0;
  const double t_naive = bench::best_seconds(1, [&] {
    hits = 0;
    for (const auto& t : naive_turns) {
      std::string lower = t.text;
      for (auto& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      const std::string_view view(lower);
      for (const auto& p : phrases) hits += view.find(p) != std::string_view::npos;
    }
  });
  bench::keep(hits);

  const double analyzer_mbs = mb(bytes) / t_analyzer;
  const double naive_mbs = mb(bytes_of(naive_turns)) / t_naive;
  const double byte_mbs = mb(bytes) / t_bytes;
  return json{{"mb_per_s", analyzer_mbs},
              {"turns_per_s", static_cast<double>(turns.size()) / t_analyzer},
              {"rules", analyzer.rule_count()},
              {"naive_phrases", phrases.size()},
              {"naive_mb_per_s", naive_mbs},
              {"ratio_vs_naive", analyzer_mbs / naive_mbs},
              {"byte_pass_mb_per_s", byte_mbs},
              {"ratio_vs_byte_pass", analyzer_mbs / byte_mbs},
              {"rss_mib", rss_after - rss_before},
              {"workspace_mib", workspace_mib},
              {"corpus_mb", mb(bytes)}};
}

json analyzer_by_size(const Sizes& z) {
  const rapport::quality::Analyzer analyzer;
  json by = json::object();
  for (std::size_t size : {20, 200, 2000}) {
    const auto turns = bench::make_turns(std::max<std::size_t>(50, z.analyzer_turns * 200 / size / 10), 11, size);
    std::size_t flags = 0;
    const double t = bench::best_seconds(z.repeats, [&] {
      for (const auto& turn : turns) flags += analyzer.analyze(std::span(&turn, 1)).flags.size();
    });
    bench::keep(flags);
    by[std::to_string(size)] = mb(bytes_of(turns)) / t;
  }
  return by;
}

// ---- databases ---------------------------------------------------------------

// Where the ingest and report sections keep their databases: SQLite files in
// a directory, or (with --store) schemas on a PostgreSQL server.
struct Target {
  std::filesystem::path dir;  // SQLite files
  std::string server;         // PostgreSQL connection string; empty for SQLite
  bool keep = false;          // leave the databases for profiling
  [[nodiscard]] bool postgres() const noexcept { return !server.empty(); }
};

// One benchmark database, `name` ("ingest-raw"): the file DIR/name.db, or the
// schema rapport_bench_<pid>_name (dropped when this goes, unless --keep).
// Writes with the raw baseline of its store.
class BenchDb {
 public:
  BenchDb(const Target& target, const std::string& name) {
    if (target.postgres()) {
      std::string schema = "rapport_bench_" + std::to_string(::getpid()) + "_" + name;
      std::replace(schema.begin(), schema.end(), '-', '_');
      schema_ = std::make_unique<bench::pg::Schema>(target.server, schema, target.keep);
      location_ = schema_->location();
      keep_ = target.keep;
    } else {
      location_ = (target.dir / (name + ".db")).string();
    }
  }
  BenchDb(const BenchDb&) = delete;
  BenchDb& operator=(const BenchDb&) = delete;
  ~BenchDb() {
    if (schema_ && keep_ && created_) std::fprintf(stderr, "rapport-bench: kept schema %s\n", schema_->name().c_str());
  }

  // Where Crm::open finds it.
  [[nodiscard]] const std::string& location() const noexcept { return location_; }

  // Empties it, lets rapport create its schema, and connects the raw writer.
  void recreate() {
    sqlite_.reset();
    pg_.reset();
    if (schema_) {
      schema_->recreate();
      created_ = true;
    } else {
      for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(location_ + suffix);
    }
    { rapport::Crm::open(location_); }
    if (schema_)
      pg_ = bench::pg::open_raw(location_);
    else
      sqlite_.emplace(bench::open_raw(location_));
  }
  // Closes the raw writer's connection, so rapport runs alone on the database.
  void close_raw() {
    sqlite_.reset();
    pg_.reset();
  }
  void insert_people(std::size_t clients, std::size_t staff, std::int64_t created_ms) {
    if (pg_)
      bench::pg::insert_people(pg_.get(), clients, staff, created_ms);
    else
      bench::insert_people(*sqlite_, clients, staff, created_ms);
  }
  void insert_raw(const std::vector<bench::RawInteraction>& items) {
    if (pg_)
      bench::pg::insert_raw(pg_.get(), items);
    else
      bench::insert_raw(*sqlite_, items);
  }
  // After a bulk fill: PostgreSQL plans by table statistics, which autovacuum
  // would gather a little later; gather them now so the first report is
  // planned as in a running system. (SQLite's store plans without them.)
  void after_fill() {
    if (pg_) bench::pg::exec(pg_.get(), "ANALYZE");
  }

 private:
  std::unique_ptr<bench::pg::Schema> schema_;  // first: dropped after the connections close
  std::string location_;
  std::optional<SQLite::Database> sqlite_;
  bench::pg::Connection pg_;
  bool keep_ = false, created_ = false;
};

// ---- ingest -----------------------------------------------------------------

json bench_ingest(const Sizes& z, const Target& target) {
  const auto conversations = bench::make_conversations(z.ingest_interactions, 6, 23);
  const auto base = rapport::parse_iso8601("2026-01-01");
  auto interaction = [&](std::size_t k) {
    rapport::Interaction in;
    in.client = rapport::ClientId{static_cast<std::int64_t>(k % 100) + 1};
    in.staff = rapport::StaffId{static_cast<std::int64_t>(k % 10) + 1};
    in.started_at = base + std::chrono::minutes{static_cast<std::int64_t>(k)};
    in.duration = std::chrono::minutes{5};
    in.turns = conversations[k];
    return in;
  };
  std::vector<rapport::Interaction> items;
  for (std::size_t k = 0; k < conversations.size(); ++k) items.push_back(interaction(k));

  // A fresh database per run, with 100 clients and 10 staff.
  auto fresh = [&](BenchDb& db) {
    db.recreate();
    db.insert_people(100, 10, rapport::to_unix_ms(base));
  };

  double t_rapport = 1e300;
  BenchDb rapport_db(target, "ingest-rapport");
  for (int r = 0; r < z.repeats; ++r) {
    fresh(rapport_db);
    rapport_db.close_raw();
    rapport::Crm crm = rapport::Crm::open(rapport_db.location());
    t_rapport = std::min(t_rapport, bench::best_seconds(1, [&] { crm.log_interactions(items); }));
  }
  // The baseline writes the same rows (analysis computed outside the timing).
  const rapport::quality::Analyzer analyzer;
  std::vector<rapport::quality::QualityReport> reports;
  for (const auto& in : items) reports.push_back(analyzer.analyze(in));
  std::vector<bench::RawInteraction> raw;
  for (std::size_t k = 0; k < items.size(); ++k) {
    raw.push_back({items[k].client.value, items[k].staff->value, "call", rapport::to_unix_ms(items[k].started_at),
                   300'000, 0, &items[k].turns, &reports[k], 0.0});
  }
  double t_raw = 1e300;
  BenchDb raw_db(target, "ingest-raw");
  for (int r = 0; r < z.repeats; ++r) {
    fresh(raw_db);
    t_raw = std::min(t_raw, bench::best_seconds(1, [&] { raw_db.insert_raw(raw); }));
  }
  const double n = static_cast<double>(items.size());
  return json{{"interactions_per_s", n / t_rapport},
              {target.postgres() ? "raw_postgres_interactions_per_s" : "raw_sqlite_interactions_per_s", n / t_raw},
              {"ratio_vs_raw", t_raw / t_rapport},
              {"interactions", items.size()}};
}

// ---- concurrency -------------------------------------------------------------

// Several processes logging at once on one database, as several application
// servers (or workers) would: each logs its share in batches of 20 through its
// own Crm. Throughput of 1, 2 and 4 processes; the ratio against one process
// says how far the store lets writers add up (SQLite: one writer at a time
// with WAL; PostgreSQL: row locks only).
json bench_concurrency(const Sizes& z, const Target& target) {
  constexpr std::size_t kBatch = 20;
  const std::size_t each = z.concurrent_interactions;
  const auto conversations = bench::make_conversations(4 * each, 6, 29);
  const auto base = rapport::parse_iso8601("2026-01-01");
  BenchDb db(target, "concurrency");
  json by = json::object();
  double single = 0, four = 0;
  for (const int processes : {1, 2, 4}) {
    db.recreate();
    db.insert_people(100, 10, rapport::to_unix_ms(base));
    db.close_raw();
    // Opening (building the analyzer) is not timed: each process says when it
    // is ready on one pipe and waits for the start on another.
    int ready[2], go[2];
    if (pipe(ready) != 0 || pipe(go) != 0) throw std::runtime_error("pipe failed");
    std::vector<pid_t> children;
    for (int p = 0; p < processes; ++p) {
      const pid_t child = fork();
      if (child < 0) throw std::runtime_error("fork failed");
      if (child == 0) {
        int code = 0;
        try {
          rapport::Crm crm = rapport::Crm::open(db.location());
          char byte = 'r';
          if (write(ready[1], &byte, 1) != 1 || read(go[0], &byte, 1) != 1) throw std::runtime_error("no start signal");
          for (std::size_t k = 0; k < each; k += kBatch) {
            std::vector<rapport::Interaction> batch;
            for (std::size_t j = k; j < std::min(each, k + kBatch); ++j) {
              const std::size_t n = static_cast<std::size_t>(p) * each + j;
              rapport::Interaction in;
              in.client = rapport::ClientId{static_cast<std::int64_t>(n % 100) + 1};
              in.staff = rapport::StaffId{static_cast<std::int64_t>(n % 10) + 1};
              in.started_at = base + std::chrono::minutes{static_cast<std::int64_t>(n)};
              in.duration = std::chrono::minutes{5};
              in.turns = conversations[n];
              batch.push_back(std::move(in));
            }
            crm.log_interactions(batch);
          }
        } catch (const std::exception& e) {
          std::fprintf(stderr, "rapport-bench: concurrency process %d: %s\n", p, e.what());
          code = 1;
        }
        _exit(code);
      }
      children.push_back(child);
    }
    close(ready[1]);
    close(go[0]);
    int arrived = 0;
    for (char byte = 0; arrived < processes && read(ready[0], &byte, 1) == 1;) ++arrived;
    const auto started = std::chrono::steady_clock::now();
    for (int p = 0; p < processes; ++p) {
      const char byte = 'g';
      if (write(go[1], &byte, 1) != 1) break;
    }
    close(ready[0]);
    close(go[1]);
    bool failed = arrived != processes;
    for (const pid_t child : children) {
      int status = 0;
      failed |= waitpid(child, &status, 0) != child || !WIFEXITED(status) || WEXITSTATUS(status) != 0;
    }
    if (failed) throw std::runtime_error("a concurrency process failed");
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    const double rate = static_cast<double>(each) * processes / seconds;
    by[std::to_string(processes)] = rate;
    if (processes == 1) single = rate;
    if (processes == 4) four = rate;
  }
  return json{{"interactions_per_s_by_processes", by},
              {"ratio_4_vs_1", four / single},
              {"per_process", each},
              {"batch", kBatch}};
}

// ---- reports ----------------------------------------------------------------

double millis(double seconds) { return seconds * 1000.0; }

json bench_reports(const Sizes& z, const Target& target, json& scaling) {
  const auto now = rapport::parse_iso8601("2026-11-20");
  const std::int64_t year_ms = 365LL * 86'400'000;
  BenchDb db(target, "reports");
  const std::string& path = db.location();
  db.recreate();
  // The fill (people, interactions, statistics) is timed to show what a million rows cost to load.
  double fill_s =
      bench::best_seconds(1, [&] { db.insert_people(z.clients, z.staff, rapport::to_unix_ms(now) - 2 * year_ms); });

  // Synthetic analyses: 8% adversarial with two blame flags, 5% with a client insult.
  std::mt19937_64 rng(5);
  rapport::quality::QualityReport calm, fight, abuse;
  calm.stance = 70;
  fight.stance = 20;
  fight.adversarial = true;
  fight.flags = {{"blame", rapport::quality::Side::agent, 1, 0, 10, "your fault", "en", 2},
                 {"argue", rapport::quality::Side::agent, 1, 12, 20, "that is wrong", "en", 2}};
  abuse.conduct = 40;
  abuse.flags = {{"insult", rapport::quality::Side::client, 0, 0, 5, "idiot", "en", 2}};
  static const char* kChannels[] = {"call", "chat", "email"};

  std::size_t inserted = 0;
  json at_risk_by = json::object();
  double at_risk_ms = 0;
  rapport::CrmOptions options;
  options.store.clock = [now] { return now; };
  for (const std::size_t step : z.report_steps) {
    std::vector<bench::RawInteraction> batch;
    const auto fill_start = std::chrono::steady_clock::now();
    while (inserted < step) {
      const auto r = rng();
      const auto when =
          rng() % static_cast<std::uint64_t>(year_ms);  // its own draw: r's spare bits span days, not a year
      const auto kind = r % 100;
      const auto* report = kind < 8 ? &fight : kind < 13 ? &abuse : &calm;
      batch.push_back({static_cast<std::int64_t>((r >> 8) % z.clients) + 1,
                       static_cast<std::int64_t>((r >> 24) % z.staff) + 1, kChannels[(r >> 32) % 3],
                       rapport::to_unix_ms(now) - static_cast<std::int64_t>(when), 300'000,
                       (r >> 40) % 5 == 0 ? static_cast<int>((r >> 44) % 5) + 1 : 0, nullptr, report,
                       report == &abuse ? 2.0 : 0.0});
      ++inserted;
      if (batch.size() == 50'000) {
        db.insert_raw(batch);
        batch.clear();
      }
    }
    db.insert_raw(batch);
    db.after_fill();
    fill_s += std::chrono::duration<double>(std::chrono::steady_clock::now() - fill_start).count();
    rapport::Crm crm = rapport::Crm::open(path, options);
    std::size_t rows = 0;
    const double t = bench::best_seconds(z.repeats, [&] { rows = rapport::report::at_risk(crm, now).size(); });
    bench::keep(rows);
    at_risk_by[std::to_string(step)] = millis(t);
    at_risk_ms = millis(t);
  }
  scaling["at_risk_ms_by_interactions"] = at_risk_by;

  rapport::Crm crm = rapport::Crm::open(path, options);
  // A pipeline to report on: 2,000 deals (quick: 200) moved along.
  const std::size_t deals = std::min<std::size_t>(2'000, z.clients);
  for (std::size_t k = 0; k < deals; ++k) {
    rapport::Deal d;
    d.client = rapport::ClientId{static_cast<std::int64_t>(k % z.clients) + 1};
    d.title = "Deal";
    d.value = rapport::Money{"EUR", 10'000};
    const auto id = crm.deals().create(d).id;
    if (k % 2) crm.deals().move(id, "qualified");
    if (k % 4 == 1) crm.deals().win(id, "fit");
    if (k % 8 == 3) crm.deals().lose(id, "price");
  }
  const auto month = rapport::report::last_days(now, 30);
  std::size_t rows = 0;
  const double t_scorecard =
      bench::best_seconds(z.repeats, [&] { rows = rapport::report::agent_scorecard(crm, month).size(); });
  const auto all = rapport::report::parse_period("all", now);
  const double t_funnel =
      bench::best_seconds(z.repeats, [&] { rows = rapport::report::pipeline_funnel(crm, all).stages.size(); });
  bench::keep(rows);
  const int lookups = 2'000;
  const double t_latest = bench::best_seconds(z.repeats, [&] {
    for (int k = 0; k < lookups; ++k) {
      const auto page =
          crm.interactions().list(rapport::ClientId{(k * 7919) % static_cast<int>(z.clients) + 1}, std::nullopt, 20);
      rows += page.items.size();
    }
  });
  bench::keep(rows);
  return json{{"interactions", inserted},
              {"clients", z.clients},
              {"fill_s", fill_s},
              {"at_risk_top20_ms", at_risk_ms},
              {"agent_scorecard_ms", millis(t_scorecard)},
              {"funnel_ms", millis(t_funnel)},
              {"client_latest20_us", t_latest / lookups * 1e6}};
}

void print_table(const json& r) {
  const auto& a = r["analyzer"];
  const auto& i = r["ingest"];
  const auto& p = r["reports"];
  const bool pg = r["store"] == "postgresql";
  std::printf("rapport-bench%s\n",
              r["quick"].get<bool>() ? " --quick (small sizes: figures are not representative)" : "");
  std::printf("store: %s%s\n\n", pg ? "" : "SQLite files in ", r["location"].get<std::string>().c_str());
  std::printf("analyzer   %8.1f MB/s  %9.0f turns/s  %zu rules, corpus %.1f MB\n", a["mb_per_s"].get<double>(),
              a["turns_per_s"].get<double>(), a["rules"].get<std::size_t>(), a["corpus_mb"].get<double>());
  std::printf("  naive    %8.2f MB/s  -> %.0fx faster than lower-case + find() over %zu phrases\n",
              a["naive_mb_per_s"].get<double>(), a["ratio_vs_naive"].get<double>(),
              a["naive_phrases"].get<std::size_t>());
  std::printf("  byte pass%8.0f MB/s  -> analyzer at %.3fx the memory-speed floor\n",
              a["byte_pass_mb_per_s"].get<double>(), a["ratio_vs_byte_pass"].get<double>());
  std::printf("  memory   %8.1f MiB resident for the analyzer with all rules, +%.1f MiB its thread workspace grew\n",
              a["rss_mib"].get<double>(), a["workspace_mib"].get<double>());
  std::printf("ingest     %8.0f interactions/s (6 turns, analysed, flags, FTS); raw %s %.0f/s -> %.2fx\n",
              i["interactions_per_s"].get<double>(), pg ? "PostgreSQL (COPY)" : "SQLite",
              i[pg ? "raw_postgres_interactions_per_s" : "raw_sqlite_interactions_per_s"].get<double>(),
              i["ratio_vs_raw"].get<double>());
  const auto& c = r["concurrency"]["interactions_per_s_by_processes"];
  std::printf("concurrent %8.0f / %.0f / %.0f interactions/s with 1 / 2 / 4 processes -> %.2fx\n", c["1"].get<double>(),
              c["2"].get<double>(), c["4"].get<double>(), r["concurrency"]["ratio_4_vs_1"].get<double>());
  std::printf("reports on %zu interactions, %zu clients (raw fill %.1f s):\n", p["interactions"].get<std::size_t>(),
              p["clients"].get<std::size_t>(), p["fill_s"].get<double>());
  std::printf(
      "  at-risk top 20 %9.1f ms\n  agent scorecard%9.1f ms (one month)\n  funnel         %9.1f ms\n"
      "  latest 20      %9.1f us (one client)\n",
      p["at_risk_top20_ms"].get<double>(), p["agent_scorecard_ms"].get<double>(), p["funnel_ms"].get<double>(),
      p["client_latest20_us"].get<double>());
  std::printf("scaling:\n  analyzer MB/s by turn bytes:");
  for (const auto& [k, v] : r["scaling"]["analyzer_mb_per_s_by_turn_bytes"].items())
    std::printf("  %s: %.1f", k.c_str(), v.get<double>());
  std::printf("\n  at-risk ms by interactions:  ");
  for (const auto& [k, v] : r["scaling"]["at_risk_ms_by_interactions"].items())
    std::printf("  %s: %.1f", k.c_str(), v.get<double>());
  std::printf("\n");
}

// "--report-steps 10000,100000": ascending interaction counts, or nullopt.
std::optional<std::vector<std::size_t>> parse_steps(const std::string& text) {
  std::vector<std::size_t> steps;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    const std::size_t comma = std::min(text.find(',', pos), text.size());
    const std::string word = text.substr(pos, comma - pos);
    if (word.empty() || word.size() > 12 || word.find_first_not_of("0123456789") != std::string::npos)
      return std::nullopt;
    const std::size_t n = std::stoull(word);
    if (n == 0 || (!steps.empty() && n <= steps.back())) return std::nullopt;
    steps.push_back(n);
    pos = comma + 1;
  }
  return steps;
}

}  // namespace

int main(int argc, char** argv) try {
  bool quick = false, as_json = false, keep_files = false;
  std::string only;  // one section for profiling: analyzer, ingest, concurrency or reports
  std::string dir = std::filesystem::temp_directory_path() / "rapport-bench";
  std::string store;  // PostgreSQL connection string; empty: SQLite files in dir
  std::optional<std::vector<std::size_t>> steps;
  static const char* kUsage =
      "usage: rapport-bench [--quick] [--json] [--dir DIR] [--keep] [--only analyzer|ingest|concurrency|reports]\n"
      "                     [--store sqlite|POSTGRESQL-URI|KEY=VALUE...] [--report-steps N,N,...]\n";
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    const bool takes_value = a == "--dir" || a == "--only" || a == "--store" || a == "--report-steps";
    if (takes_value && i + 1 >= argc) {
      std::fprintf(stderr, "%srapport-bench: %s needs a value\n", kUsage, a.c_str());
      return 1;
    }
    if (a == "--quick") {
      quick = true;
    } else if (a == "--json") {
      as_json = true;
    } else if (a == "--keep") {
      keep_files = true;
    } else if (a == "--dir") {
      dir = argv[++i];
    } else if (a == "--only") {
      only = argv[++i];
      if (only != "analyzer" && only != "ingest" && only != "reports" && only != "concurrency") {
        std::fprintf(stderr, "rapport-bench: --only takes analyzer, ingest, concurrency or reports, not '%s'\n",
                     only.c_str());
        return 1;
      }
    } else if (a == "--store") {
      // The value is never echoed: it may hold a password.
      store = argv[++i];
      if (store == "sqlite") {
        store.clear();
      } else if (!rapport::store::is_postgres_location(store)) {
        std::fprintf(stderr,
                     "rapport-bench: --store takes 'sqlite' or a PostgreSQL connection string "
                     "(postgresql://user@host:port/db or key=value pairs such as 'host=... dbname=...'); "
                     "the value given is neither\n");
        return 1;
      } else {
        try {
          rapport::store::describe_location(store);
        } catch (const std::exception& e) {
          std::fprintf(stderr, "rapport-bench: --store: %s\n", e.what());
          return 1;
        }
      }
    } else if (a == "--report-steps") {
      steps = parse_steps(argv[++i]);
      if (!steps) {
        std::fprintf(stderr,
                     "rapport-bench: --report-steps takes ascending positive counts such as 10000,100000, "
                     "not '%s'\n",
                     argv[i]);
        return 1;
      }
    } else {
      std::fprintf(stderr, "%s%s", kUsage,
                   a == "--help" || a == "-h" ? "" : ("rapport-bench: unknown argument '" + a + "'\n").c_str());
      return a == "--help" || a == "-h" ? 0 : 1;
    }
  }
  const Target target{dir, store, keep_files};
  Sizes z = quick ? kQuick : kFull;
  if (steps) z.report_steps = *steps;
  json result;
  result["quick"] = quick;
  if (target.postgres()) {
    // Fail before the analyzer section when the server cannot be used.
    bench::pg::open_raw(store);
    result["store"] = "postgresql";
    result["location"] = rapport::store::describe_location(store);
  } else {
    std::filesystem::create_directories(dir);
    result["store"] = "sqlite";
    result["location"] = dir;
  }
  json scaling = json::object();
  if (only.empty() || only == "analyzer") {
    result["analyzer"] = bench_analyzer(z, RAPPORT_LEXICON_DIR);
    scaling["analyzer_mb_per_s_by_turn_bytes"] = analyzer_by_size(z);
  }
  if (only.empty() || only == "ingest") result["ingest"] = bench_ingest(z, target);
  if (only.empty() || only == "concurrency") result["concurrency"] = bench_concurrency(z, target);
  if (only.empty() || only == "reports") result["reports"] = bench_reports(z, target, scaling);
  result["scaling"] = scaling;
  if (as_json || !only.empty())  // the table needs every section
    std::cout << result.dump() << "\n";
  else
    print_table(result);
  // --keep leaves the databases in DIR (the schemas on PostgreSQL) for
  // profiling (EXPLAIN QUERY PLAN, perf); without it the schemas are dropped
  // by their BenchDb.
  for (const char* f : {"ingest-rapport.db", "ingest-raw.db", "concurrency.db", "reports.db"}) {
    if (keep_files || target.postgres()) break;
    for (const char* suffix : {"", "-wal", "-shm"})
      std::filesystem::remove(std::filesystem::path(dir) / (std::string(f) + suffix));
  }
  return 0;
} catch (const std::exception& e) {
  std::fprintf(stderr, "rapport-bench: %s\n", e.what());
  return 2;
}
