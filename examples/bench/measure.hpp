#pragma once

// Timing and memory helpers of rapport-bench: best-of-N wall time, resident
// memory from /proc. Times are compared as ratios within one run, never
// against fixed numbers (the machines are shared and noisy).
#include <chrono>
#include <cstdio>
#include <fstream>
#include <functional>
#include <string>

namespace bench {

/// Seconds of the fastest of `repeats` runs of `body`.
inline double best_seconds(int repeats, const std::function<void()>& body) {
  double best = 1e300;
  for (int i = 0; i < repeats; ++i) {
    const auto t0 = std::chrono::steady_clock::now();
    body();
    const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (s < best) best = s;
  }
  return best;
}

/// The process's resident set size in MiB (VmRSS), 0 where /proc is not available.
inline double rss_mib() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("VmRSS:", 0) == 0) return std::stod(line.substr(6)) / 1024.0;
  }
  return 0;
}

/// Keeps a value alive so the optimiser cannot drop the work that made it.
template <class T>
inline void keep(const T& value) {
  asm volatile("" : : "g"(&value) : "memory");
}

}  // namespace bench
