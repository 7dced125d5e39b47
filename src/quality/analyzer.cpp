// Analyzer and Session: the public face of the quality engine.
#include "rapport/quality/analyzer.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>

#include "builtin_lexicons.hpp"
#include "compiled.hpp"
#include "rapport/error.hpp"
#include "turn_analysis.hpp"

namespace rapport::quality {
namespace {

void add_file(const detail::RuleFile& file, std::string_view lang, std::vector<detail::RuleSpec>& rules,
              LanguageTable& languages) {
  rules.insert(rules.end(), file.rules.begin(), file.rules.end());
  auto& words = languages[std::string(lang)];
  words.negators.insert(file.negators.begin(), file.negators.end());
  words.complementizers.insert(file.complementizers.begin(), file.complementizers.end());
}

void check_config(const AnalyzerConfig& c) {
  if (c.adversarial_threshold < 0 || c.adversarial_threshold > 100) {
    throw InvalidArgument("adversarial_threshold " + std::to_string(c.adversarial_threshold) +
                          " is out of range 0..100");
  }
  if (c.high_severity < 1 || c.high_severity > 3) {
    throw InvalidArgument("high_severity " + std::to_string(c.high_severity) + " is out of range 1..3");
  }
  for (const auto& d : c.detectors) {
    if (!d.detect) throw InvalidArgument("custom detector '" + d.marker.id + "' has no function");
    if (d.marker.id.empty()) throw InvalidArgument("a custom detector needs a marker id");
  }
}

void check_lang(std::string_view lang) {
  const bool ok = lang.size() >= 2 && lang.size() <= 8 &&
                  std::all_of(lang.begin(), lang.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; });
  if (!ok) throw InvalidArgument("language '" + std::string(lang) + "' is not a code such as 'en' or 'pt-br'");
}

// Workspaces outlive the sessions that use them: a thread's next session
// takes the last one's back, its buffers grown and its cache of automaton
// moves warm. Analysing one turn at a time would otherwise pay for building
// both again on every call.
class WorkspaceLease {
 public:
  WorkspaceLease() {
    auto* pool = thread_pool();
    if (pool != nullptr && !pool->empty()) {
      workspace_ = std::move(pool->back());
      pool->pop_back();
    } else {
      workspace_ = std::make_unique<detail::Workspace>();
    }
  }
  WorkspaceLease(WorkspaceLease&&) noexcept = default;
  WorkspaceLease& operator=(WorkspaceLease&&) noexcept = default;
  ~WorkspaceLease() {
    auto* pool = thread_pool();
    if (workspace_ && pool != nullptr && pool->size() < kKept) pool->push_back(std::move(workspace_));
  }

  detail::Workspace& operator*() const noexcept { return *workspace_; }

 private:
  using Pool = std::vector<std::unique_ptr<detail::Workspace>>;
  static constexpr std::size_t kKept = 2;  // per thread: an analysis, and a session or a nested analysis

  // The calling thread's pool; null while the thread is being torn down (a
  // session destroyed by another thread-local or static object's destructor).
  static Pool* thread_pool() {
    thread_local bool gone = false;  // trivially destructible: still readable after `owner` is gone
    struct Owner {
      Pool pool;
      ~Owner() { gone = true; }
    };
    if (gone) return nullptr;
    thread_local Owner owner;
    return &owner.pool;
  }

  std::unique_ptr<detail::Workspace> workspace_;
};

// The report of a conversation from the flags of its turns: monologues and
// custom detectors added, flags ordered, scores computed.
QualityReport conclude(const Compiled& compiled, std::span<const Turn> turns, std::span<const detail::TurnNotes> notes,
                       std::vector<Flag> flags) {
  QualityReport report;
  report.rules_version = compiled.fingerprint;
  report.flags = std::move(flags);
  auto monologues = detail::monologue_flags(compiled.config.structural, turns, notes);
  report.flags.insert(report.flags.end(), monologues.begin(), monologues.end());
  for (const auto& detector : compiled.config.detectors) {
    for (Flag f : detector.detect(turns)) {
      if (f.turn >= turns.size() || f.begin > f.end || f.end > turns[f.turn].text.size()) {
        throw InvalidArgument("custom detector '" + detector.marker.id + "' returned a flag outside the turns (turn " +
                              std::to_string(f.turn) + ", bytes " + std::to_string(f.begin) + ".." +
                              std::to_string(f.end) + ")");
      }
      f.marker = detector.marker.id;
      if (f.evidence.empty()) f.evidence = turns[f.turn].text.substr(f.begin, f.end - f.begin);
      f.severity = std::clamp(f.severity, 1, 3);
      report.flags.push_back(std::move(f));
    }
  }
  std::stable_sort(report.flags.begin(), report.flags.end(), [](const Flag& a, const Flag& b) {
    if (a.turn != b.turn) return a.turn < b.turn;
    if (a.begin != b.begin) return a.begin < b.begin;
    return a.marker < b.marker;
  });
  detail::score(compiled, turns, notes, report);
  return report;
}

}  // namespace

struct Analyzer::State {
  AnalyzerConfig config;
  mutable std::mutex mutex;  // guards `compiled` (the pointer, not what it points to)
  std::shared_ptr<const Compiled> compiled;
};

Analyzer::Analyzer(AnalyzerConfig config) : state_(std::make_unique<State>()) {
  check_config(config);
  std::vector<detail::RuleSpec> rules;
  LanguageTable languages;
  if (config.builtin_rules) {
    for (const auto& lexicon : detail::builtin_lexicons()) {
      const auto file = detail::parse_rule_text(lexicon.lang, lexicon.text, std::string(lexicon.lang) + ".rules");
      add_file(file, lexicon.lang, rules, languages);
    }
  }
  state_->config = config;
  state_->compiled = std::make_shared<const Compiled>(std::move(config), std::move(rules), std::move(languages));
}

Analyzer::Analyzer(const Analyzer& other) : state_(std::make_unique<State>()) {
  state_->config = other.state_->config;
  state_->compiled = other.snapshot();
}

Analyzer& Analyzer::operator=(const Analyzer& other) {
  if (this != &other) {
    auto compiled = other.snapshot();
    std::lock_guard lock(state_->mutex);
    state_->config = other.state_->config;
    state_->compiled = std::move(compiled);
  }
  return *this;
}

Analyzer::Analyzer(Analyzer&&) noexcept = default;
Analyzer& Analyzer::operator=(Analyzer&&) noexcept = default;
Analyzer::~Analyzer() = default;

std::shared_ptr<const Compiled> Analyzer::snapshot() const {
  std::lock_guard lock(state_->mutex);
  return state_->compiled;
}

QualityReport Analyzer::analyze(std::span<const Turn> turns) const {
  // Session::add and finish, without copying the turns or the flags.
  const auto compiled = snapshot();
  WorkspaceLease work;
  std::vector<detail::TurnNotes> notes(turns.size());
  std::vector<Flag> flags;
  const bool want_stems = detail::demands_comparable(turns);
  for (std::size_t i = 0; i < turns.size(); ++i) {
    detail::lexical_flags(*compiled, turns[i], i, *work, notes[i], want_stems, flags);
    detail::structural_flags(*compiled, turns, notes, i, flags);
  }
  return conclude(*compiled, turns, notes, std::move(flags));
}

QualityReport Analyzer::analyze(const Interaction& interaction) const { return analyze(interaction.turns); }

void Analyzer::add_rule(std::string_view lang, std::string_view line) {
  check_lang(lang);
  if (line.find('\n') != std::string_view::npos) throw InvalidArgument("add_rule takes one line; use load_rules_text");
  load_rules_text(lang, line, "<rule>");
}

void Analyzer::load_rules(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InvalidArgument("cannot read rule file '" + path + "'");
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string lang = std::filesystem::path(path).stem().string();
  check_lang(lang);
  load_rules_text(lang, buffer.str(), path);
}

void Analyzer::load_rules_text(std::string_view lang, std::string_view text, const std::string& source) {
  check_lang(lang);
  // Parse and compile outside the lock; publish the new rule set all at once.
  const auto file = detail::parse_rule_text(lang, text, source);
  std::lock_guard lock(state_->mutex);
  std::vector<detail::RuleSpec> rules = state_->compiled->rules;
  LanguageTable languages = state_->compiled->languages;
  add_file(file, lang, rules, languages);
  state_->compiled = std::make_shared<const Compiled>(state_->config, std::move(rules), std::move(languages));
}

std::size_t Analyzer::rule_count() const { return snapshot()->rules.size(); }
std::string Analyzer::rules_version() const { return snapshot()->fingerprint; }
const AnalyzerConfig& Analyzer::config() const { return state_->config; }

// ---------------------------------------------------------------------------

struct Session::State {
  std::shared_ptr<const Compiled> compiled;
  std::vector<Turn> turns;
  std::vector<detail::TurnNotes> notes;
  std::vector<Flag> flags;
  WorkspaceLease work;
};

Session Analyzer::start() const {
  auto state = std::make_unique<Session::State>();
  state->compiled = snapshot();
  return Session(std::move(state));
}

Session::Session(std::unique_ptr<State> state) : state_(std::move(state)) {}
Session::Session(Session&&) noexcept = default;
Session& Session::operator=(Session&&) noexcept = default;
Session::~Session() = default;

std::size_t Session::size() const noexcept { return state_->turns.size(); }

std::vector<Flag> Session::add(const Turn& turn) {
  State& s = *state_;
  const std::size_t index = s.turns.size();
  s.turns.push_back(turn);
  s.notes.emplace_back();
  std::vector<Flag> fresh;
  // Later turns are unknown: a client turn keeps its stems for them.
  detail::lexical_flags(*s.compiled, turn, index, *s.work, s.notes.back(), true, fresh);
  detail::structural_flags(*s.compiled, s.turns, s.notes, index, fresh);
  s.flags.insert(s.flags.end(), fresh.begin(), fresh.end());
  return fresh;
}

QualityReport Session::finish() const {
  const State& s = *state_;
  return conclude(*s.compiled, s.turns, s.notes, s.flags);
}

}  // namespace rapport::quality
