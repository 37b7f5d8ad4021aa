// SearchIndex: finds peers, facts, 1:1s (notes and agenda), commitments, projects, previews, rituals and
// journal entries by the words they contain, as you type. An inverted index of folded words
// (core/search/text_fold.h), built from a notebook and kept up to date from each command's after images,
// so a query never scans the notebook's text.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/model/command.h"
#include "core/model/entity.h"
#include "core/model/notebook.h"

namespace rapport {

struct SearchHit {
    EntityKind kind = EntityKind::Peer;
    EntityId id = kNoId;
    EntityId peerId = kNoId;  // the peer it belongs to (kNoId for projects with several, journal...)
    std::string title;        // the name, fact, commitment or project title; "1:1 with Ana, 2025-11-24"
    std::string snippet;      // the line that matched, or what the hit is (peer's role, fact's peer...)
};

class SearchIndex {
public:
    SearchIndex() = default;
    // Indexes every searchable entity of nb.
    explicit SearchIndex(const Notebook& nb);

    // Brings the index up to date after `applied` went into nb (nb is the notebook after it). An undo is
    // the inverted command. Peer renames re-index that peer's entries (they carry the name).
    void update(const Notebook& nb, const Command& applied);

    // Entries whose words contain every word of the query, the last one as a prefix ("mar ki" finds
    // "Maria: kids Léa and Tom"). Case and Latin accents are ignored. Best first: entries whose title
    // holds the words, then the most recent. Empty for a blank query.
    std::vector<SearchHit> search(std::string_view query, size_t limit) const;

    size_t size() const { return m_slotOf.size(); }

private:
    using Word = const std::string*;  // a key of m_postings (stable: std::map nodes never move)
    struct Doc {
        EntityKind kind = EntityKind::Peer;
        EntityId id = kNoId;
        EntityId peerId = kNoId;
        int32_t day = 0;  // recency; peers rank as "now"
        std::string title, subtitle;
        std::vector<std::string> lines;  // the text, field by field, for snippets
        std::vector<Word> words;         // every word, sorted by text, unique
        std::vector<Word> titleWords;    // the title's words, sorted by text, unique
    };

    void put(const Notebook& nb, const Entity& entity);
    void remove(EntityId id);
    bool matches(const std::vector<Word>& words, const std::vector<std::string>& exact, const std::string& prefix) const;
    std::string snippetOf(const Doc& doc, const std::vector<std::string>& queryWords) const;
    Word intern(const std::string& word, uint32_t slot);

    std::vector<Doc> m_docs;  // by slot; a free slot has id kNoId
    std::vector<uint32_t> m_freeSlots;
    std::unordered_map<EntityId, uint32_t> m_slotOf;
    std::map<std::string, std::vector<uint32_t>, std::less<>> m_postings;  // word -> sorted slots
    mutable std::vector<uint32_t> m_seen;  // per slot, the query stamp that last collected it
    mutable uint32_t m_stamp = 0;
};

}  // namespace rapport
