#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace rapport::quality::detail {

/// The rule automaton determinised lazily, one move at a time. A
/// configuration is the ordered list of partial matches alive after a token
/// (automaton state, and how many tokens ago its match began); the next one
/// depends only on it and on the token's atom list. Text repeats the same few
/// configurations, so once a move has been computed a token costs one look-up
/// instead of a step of every partial match. Order is kept exactly, so the
/// matches come out as the step-by-step simulation gives them.
///
/// Bounded: when it outgrows its memory budget it starts over. Not shared
/// between threads: each Automaton::Scratch holds one.
class MoveCache {
 public:
  /// A partial match: automaton state, and tokens since the match began.
  struct Live {
    std::uint32_t state = 0;
    std::uint32_t age = 0;
    bool operator==(const Live&) const = default;
  };
  /// A rule that completes in a configuration, and its match's age.
  struct Accept {
    std::uint32_t rule = 0;
    std::uint32_t age = 0;
  };

  static constexpr std::uint32_t kStart = 0;  ///< nothing alive: a sentence's start
  static constexpr std::uint32_t kUnknown = 0xFFFFFFFFu;

  MoveCache() { clear(); }

  /// Forgets everything but the start configuration.
  void clear();

  /// The configuration after `from` reads a token with atom list `list`, or kUnknown if not computed yet.
  [[nodiscard]] std::uint32_t move(std::uint32_t from, std::uint32_t list) const noexcept {
    if (list == 0) return configs_[from].on_no_atoms;
    if (moves_.empty()) return kUnknown;
    const std::uint64_t key = move_key(from, list);
    for (std::size_t slot = mix(key) & (moves_.size() - 1);; slot = (slot + 1) & (moves_.size() - 1)) {
      if (moves_[slot].key == key) return moves_[slot].target;
      if (moves_[slot].key == kEmptyKey) return kUnknown;
    }
  }

  /// The partial matches alive in `config`.
  [[nodiscard]] std::span<const Live> live(std::uint32_t config) const noexcept {
    const Config& c = configs_[config];
    return std::span(live_).subspan(c.live_begin, c.live_count);
  }
  /// The rules completing in `config`, in match order.
  [[nodiscard]] std::span<const Accept> accepts(std::uint32_t config) const noexcept {
    const Config& c = configs_[config];
    return std::span(accepts_).subspan(c.accept_begin, c.accept_count);
  }

  /// Records that `from` reading atom list `list` leads to the configuration
  /// `live` completing `accepts`; returns that configuration's id. May start
  /// over first (then `from` and every id given before are void).
  std::uint32_t add(std::uint32_t from, std::uint32_t list, std::span<const Live> live,
                    std::span<const Accept> accepts);

 private:
  struct Config {
    std::uint32_t live_begin = 0;
    std::uint32_t live_count = 0;
    std::uint32_t accept_begin = 0;
    std::uint32_t accept_count = 0;
    std::uint32_t on_no_atoms = kUnknown;  // the move on a token no rule word names: the common case
    std::uint32_t hash = 0;
  };
  struct Move {
    std::uint64_t key = kEmptyKey;
    std::uint32_t target = kUnknown;
  };

  static constexpr std::uint64_t kEmptyKey = ~std::uint64_t{0};
  // Enough for the configurations of a large, varied corpus; a few MiB per scratch.
  static constexpr std::size_t kBudgetBytes = std::size_t{8} << 20;

  static std::uint64_t move_key(std::uint32_t from, std::uint32_t list) noexcept {
    return (std::uint64_t{from} << 32) | list;
  }
  static std::size_t mix(std::uint64_t x) noexcept {
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return static_cast<std::size_t>(x);
  }
  static std::uint32_t hash_of(std::span<const Live> live) noexcept;

  std::uint32_t intern(std::span<const Live> live, std::span<const Accept> accepts);
  void insert_move(std::uint64_t key, std::uint32_t target);
  void grow_configs_index();
  [[nodiscard]] std::size_t bytes() const noexcept;

  std::vector<Config> configs_;
  std::vector<Live> live_;
  std::vector<Accept> accepts_;
  std::vector<std::uint32_t> index_;  // open addressing: config ids by hash of their live list
  std::vector<Move> moves_;           // open addressing: moves on tokens with atoms
  std::size_t move_count_ = 0;
};

// ---- implementation ----------------------------------------------------------

inline void MoveCache::clear() {
  configs_.assign(1, Config{});  // kStart: nothing alive, nothing accepted
  configs_[kStart].hash = hash_of({});
  live_.clear();
  accepts_.clear();
  index_.assign(64, kUnknown);
  index_[configs_[kStart].hash & (index_.size() - 1)] = kStart;
  moves_.clear();
  move_count_ = 0;
}

inline std::uint32_t MoveCache::hash_of(std::span<const Live> live) noexcept {
  std::uint64_t h = 0x9E3779B97F4A7C15ULL ^ live.size();
  for (const Live& l : live) h = mix(h ^ ((std::uint64_t{l.state} << 32) | l.age)) + 0x9E3779B97F4A7C15ULL;
  return static_cast<std::uint32_t>(mix(h));
}

inline std::size_t MoveCache::bytes() const noexcept {
  return configs_.size() * sizeof(Config) + live_.size() * sizeof(Live) + accepts_.size() * sizeof(Accept) +
         index_.size() * sizeof(std::uint32_t) + moves_.size() * sizeof(Move);
}

inline void MoveCache::grow_configs_index() {
  index_.assign(index_.size() * 2, kUnknown);
  const std::size_t mask = index_.size() - 1;
  for (std::uint32_t id = 0; id < configs_.size(); ++id) {
    std::size_t slot = configs_[id].hash & mask;
    while (index_[slot] != kUnknown) slot = (slot + 1) & mask;
    index_[slot] = id;
  }
}

inline std::uint32_t MoveCache::intern(std::span<const Live> live, std::span<const Accept> accepts) {
  const std::uint32_t hash = hash_of(live);
  const std::size_t mask = index_.size() - 1;
  std::size_t slot = hash & mask;
  for (; index_[slot] != kUnknown; slot = (slot + 1) & mask) {
    const Config& c = configs_[index_[slot]];
    if (c.hash == hash && std::ranges::equal(this->live(index_[slot]), live)) return index_[slot];
  }
  Config c;
  c.live_begin = static_cast<std::uint32_t>(live_.size());
  c.live_count = static_cast<std::uint32_t>(live.size());
  c.accept_begin = static_cast<std::uint32_t>(accepts_.size());
  c.accept_count = static_cast<std::uint32_t>(accepts.size());
  c.hash = hash;
  live_.insert(live_.end(), live.begin(), live.end());
  accepts_.insert(accepts_.end(), accepts.begin(), accepts.end());
  const auto id = static_cast<std::uint32_t>(configs_.size());
  configs_.push_back(c);
  index_[slot] = id;
  if (configs_.size() * 2 > index_.size()) grow_configs_index();
  return id;
}

inline void MoveCache::insert_move(std::uint64_t key, std::uint32_t target) {
  if ((move_count_ + 1) * 2 > moves_.size()) {
    std::vector<Move> old(std::max<std::size_t>(64, moves_.size() * 2));
    old.swap(moves_);
    for (const Move& m : old) {
      if (m.key != kEmptyKey) {
        std::size_t slot = mix(m.key) & (moves_.size() - 1);
        while (moves_[slot].key != kEmptyKey) slot = (slot + 1) & (moves_.size() - 1);
        moves_[slot] = m;
      }
    }
  }
  std::size_t slot = mix(key) & (moves_.size() - 1);
  while (moves_[slot].key != kEmptyKey) slot = (slot + 1) & (moves_.size() - 1);
  moves_[slot] = Move{key, target};
  ++move_count_;
}

inline std::uint32_t MoveCache::add(std::uint32_t from, std::uint32_t list, std::span<const Live> live,
                                    std::span<const Accept> accepts) {
  if (bytes() > kBudgetBytes) {
    clear();  // `from` is gone with the rest; only the new configuration is kept
    return intern(live, accepts);
  }
  const std::uint32_t to = intern(live, accepts);
  if (list == 0)
    configs_[from].on_no_atoms = to;
  else
    insert_move(move_key(from, list), to);
  return to;
}

}  // namespace rapport::quality::detail
