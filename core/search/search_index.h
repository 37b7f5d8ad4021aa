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
    // Sorted slots of the documents holding a word, and of those holding it in their title.
    struct Posting {
        std::vector<uint32_t> slots, titleSlots;
    };
    // What ranking needs of a slot, packed apart from the Doc so that ranking thousands of matches
    // reads one small array instead of thousands of scattered Docs.
    struct RankKey {
        int32_t day = 0;
        EntityId id = kNoId;
    };
    using PostingMap = std::map<std::string, Posting, std::less<>>;

    void put(const Notebook& nb, const Entity& entity);
    void remove(EntityId id);
    Word intern(const std::string& word, uint32_t slot);
    // Marks (with a new stamp) the slots holding a word that starts with `prefix`, in their title
    // only when `titles`, appending newly marked slots to `collected` if given; returns the stamp.
    uint32_t stampPrefix(const std::string& prefix, bool titles, std::vector<uint32_t>* collected) const;
    std::string snippetOf(const Doc& doc, const std::vector<std::string>& queryWords) const;

    std::vector<Doc> m_docs;     // by slot; a free slot has id kNoId
    std::vector<RankKey> m_rank;  // by slot, like m_docs
    std::vector<uint32_t> m_freeSlots;
    std::unordered_map<EntityId, uint32_t> m_slotOf;
    PostingMap m_postings;  // word -> where it occurs
    mutable std::vector<uint32_t> m_seen;  // per slot, the stamp of the last prefix that marked it
    mutable uint32_t m_stamp = 0;
};

}  // namespace rapport
