// Full-text search over the three FTS5 tables.
#include "sqlite_store.hpp"

namespace rapport::store::sqlite {

std::vector<SearchHit> SqliteStore::search(std::string_view query, std::size_t limit) {
  const std::string match = fts5_query(query);
  if (match.empty()) return {};
  std::lock_guard lock(mutex_);
  try {
    auto st = prepare(
        "SELECT 0, rowid, rowid, snippet(client_fts, -1, '[', ']', '...', 12), bm25(client_fts) "
        "FROM client_fts WHERE client_fts MATCH ?1 "
        "UNION ALL SELECT 1, note_fts.rowid, notes.client_id, snippet(note_fts, -1, '[', ']', '...', 12), "
        "bm25(note_fts) FROM note_fts JOIN notes ON notes.id = note_fts.rowid WHERE note_fts MATCH ?1 "
        "UNION ALL SELECT 2, interaction_fts.rowid, interactions.client_id, "
        "snippet(interaction_fts, -1, '[', ']', '...', 12), bm25(interaction_fts) "
        "FROM interaction_fts JOIN interactions ON interactions.id = interaction_fts.rowid "
        "WHERE interaction_fts MATCH ?1 "
        "ORDER BY 5, 1, 2 LIMIT ?2");
    st->bind(1, match);
    st->bind(2, static_cast<int64_t>(limit));
    std::vector<SearchHit> hits;
    while (st->executeStep()) {
      SearchHit h;
      h.kind = static_cast<HitKind>(st->getColumn(0).getInt());
      h.id = st->getColumn(1).getInt64();
      h.client = ClientId{st->getColumn(2).getInt64()};
      h.snippet = st->getColumn(3).getString();
      h.rank = st->getColumn(4).getDouble();
      hits.push_back(std::move(h));
    }
    return hits;
  } catch (const std::exception& e) {
    fail(e, "search for '" + std::string(query) + "'");
  }
}

}  // namespace rapport::store::sqlite
