// SearchIndex: finds peers, facts, 1:1s (notes and agenda), commitments, projects, previews, rituals and
// journal entries by the words they contain, as you type. An inverted index of folded words
// (core/search/text_fold.h), built from a notebook and kept up to date from each command's after images,
// so a query never scans the notebook's text. A large notebook can be indexed in steps (indexSome) across
// idle frames; the index answers from what it has read so far meanwhile.
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

namespace search {
struct Document;
}

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
    // Moved, never copied: documents and the word table point at the posting map's keys.
    SearchIndex(SearchIndex&&) = default;
    SearchIndex& operator=(SearchIndex&&) = default;
    SearchIndex(const SearchIndex&) = delete;
    SearchIndex& operator=(const SearchIndex&) = delete;

    // An index with all of nb still to read: indexSome() reads it in steps (peers first, then facts,
    // commitments, projects, previews, rituals, journal entries, 1:1s, each in id order).
    static SearchIndex toBuild(const Notebook& nb);
    // Reads up to `maxEntities` more entities of nb (the notebook as it is now: changes made since the
    // build started are fed to update() as usual, and an entity not reached yet is read as it is now).
    // Returns true once every entity is in.
    bool indexSome(const Notebook& nb, size_t maxEntities);
    bool ready() const { return m_buildKind >= kBuildKinds; }
    // How far the build is, 0..1 (1 once ready).
    double readiness(const Notebook& nb) const;

    // Brings the index up to date after `applied` went into nb (nb is the notebook after it). An undo is
    // the inverted command. Peer renames re-index that peer's entries (they carry the name).
    void update(const Notebook& nb, const Command& applied);

    // Entries whose words contain every word of the query, the last one as a prefix ("mar ki" finds
    // "Maria: kids Léa and Tom"). Case and Latin accents are ignored. Best first: entries whose title
    // holds the words, then the most recent. Empty for a blank query.
    std::vector<SearchHit> search(std::string_view query, size_t limit) const;

    size_t size() const { return m_slotOf.size(); }

private:
    static constexpr size_t kBuildKinds = 8;
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
    void put(search::Document&& source);
    void remove(EntityId id);
    // The entry of a word in m_postings, found through m_wordAt (a hash lookup, not a tree descent).
    PostingMap::value_type* find(std::string_view word) const;
    PostingMap::value_type& intern(std::string_view word);
    template <class T>
    bool indexTable(const Notebook& nb, size_t& budget);
    // Marks (with a new stamp) the slots holding a word that starts with `prefix`, in their title
    // only when `titles`, appending newly marked slots to `collected` if given; returns the stamp.
    uint32_t stampPrefix(const std::string& prefix, bool titles, std::vector<uint32_t>* collected) const;
    std::string snippetOf(const Doc& doc, const std::vector<std::string>& queryWords) const;

    std::vector<Doc> m_docs;     // by slot; a free slot has id kNoId
    std::vector<RankKey> m_rank;  // by slot, like m_docs
    std::vector<uint32_t> m_freeSlots;
    std::unordered_map<EntityId, uint32_t> m_slotOf;
    PostingMap m_postings;  // word -> where it occurs, in word order (prefixes are ranges)
    std::unordered_map<std::string_view, PostingMap::value_type*> m_wordAt;  // the same, hashed
    // The step-wise build: the kind being read (kBuildKinds when done), the next id to read in it, how
    // many entities were read; and the folded text and words of the entity being indexed (reused).
    size_t m_buildKind = kBuildKinds;
    EntityId m_buildFrom = kNoId;
    size_t m_buildRead = 0;
    bool m_updatedWhileBuilding = false;  // then an entity reached by the build may be in already
    std::string m_folded;
    std::vector<std::string_view> m_scratchWords;
    mutable std::vector<uint32_t> m_seen;  // per slot, the stamp of the last prefix that marked it
    mutable uint32_t m_stamp = 0;
};

}  // namespace rapport
