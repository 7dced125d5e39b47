// The registry of in-process write mutexes, one per database file.
#include "write_lock.hpp"

#include <sys/stat.h>

#include <map>
#include <utility>

namespace rapport::store::sqlite {

std::shared_ptr<std::mutex> write_lock_for(const std::string& path) {
  struct stat file {};
  if (path.empty() || path == ":memory:" || stat(path.c_str(), &file) != 0) return std::make_shared<std::mutex>();
  // Device and inode, not the path: two spellings of one file share the lock.
  using Key = std::pair<dev_t, ino_t>;
  static std::mutex registry_mutex;
  static std::map<Key, std::weak_ptr<std::mutex>> registry;
  std::lock_guard guard(registry_mutex);
  for (auto it = registry.begin(); it != registry.end();) it = it->second.expired() ? registry.erase(it) : ++it;
  auto& slot = registry[Key{file.st_dev, file.st_ino}];
  auto lock = slot.lock();
  if (!lock) {
    lock = std::make_shared<std::mutex>();
    slot = lock;
  }
  return lock;
}

}  // namespace rapport::store::sqlite
