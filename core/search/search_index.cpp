// The index keeps, for every folded word, the sorted slots of the documents holding it (and of those
// holding it in their title). A query starts from the rarest of its complete words, checks the others
// in their posting lists, marks the documents with a word starting with its last word, and ranks only
// the documents found from packed per-slot keys: the cost follows the matches, not the size of the
// notebook, and touches few scattered documents.
#include "core/search/search_index.h"

#include <algorithm>
#include <tuple>

#include "core/search/search_documents.h"
#include "core/search/text_fold.h"

namespace rapport {
namespace {

bool startsWith(const std::string& text, const std::string& prefix) {
    return text.size() >= prefix.size() && text.compare(0, prefix.size(), prefix) == 0;
}

bool wordLess(const std::string* a, const std::string& b) { return *a < b; }

void insertSorted(std::vector<uint32_t>& slots, uint32_t slot) {
    slots.insert(std::lower_bound(slots.begin(), slots.end(), slot), slot);
}

void eraseSorted(std::vector<uint32_t>& slots, uint32_t slot) {
    const auto it = std::lower_bound(slots.begin(), slots.end(), slot);
    if (it != slots.end() && *it == slot) slots.erase(it);
}

bool holds(const std::vector<uint32_t>& slots, uint32_t slot) {
    return std::binary_search(slots.begin(), slots.end(), slot);
}

// Marking a prefix's postings costs their total length; checking each candidate's own sorted words
// costs a few string comparisons in scattered memory. Past this ratio the check is cheaper.
constexpr size_t kStampOverCheck = 8;

constexpr size_t kSnippetBytes = 120;

}  // namespace

SearchIndex::SearchIndex(const Notebook& nb) {
    m_docs.reserve(nb.size());
    for (const Entity& entity : nb.entities()) put(nb, entity);
}

void SearchIndex::update(const Notebook& nb, const Command& applied) {
    std::vector<EntityId> renamedPeers;
    for (const EntityChange& change : applied.changes) {
        if (change.after) {
            put(nb, *change.after);
            const Peer* before = change.before ? std::get_if<Peer>(&*change.before) : nullptr;
            const Peer* after = std::get_if<Peer>(&*change.after);
            if (before && after && before->name != after->name) renamedPeers.push_back(after->id);
        } else if (change.before) {
            remove(entityId(*change.before));
        }
    }
    if (renamedPeers.empty()) return;
    // A rename is rare: finding the peer's entries by a scan keeps every other update cheap.
    std::vector<EntityId> stale;
    for (const Doc& doc : m_docs) {
        if (doc.id == kNoId || !search::carriesPeerName(doc.kind)) continue;
        for (EntityId peerId : renamedPeers) {
            if (doc.peerId == peerId || doc.peerId == kNoId) stale.push_back(doc.id);
        }
    }
    for (EntityId id : stale) {
        if (auto entity = nb.findEntity(id)) put(nb, *entity);
    }
}

SearchIndex::Word SearchIndex::intern(const std::string& word, uint32_t slot) {
    auto it = m_postings.try_emplace(word).first;
    insertSorted(it->second.slots, slot);
    return &it->first;
}

void SearchIndex::put(const Notebook& nb, const Entity& entity) {
    remove(entityId(entity));
    std::optional<search::Document> source = search::documentOf(nb, entity);
    if (!source) return;
    uint32_t slot = 0;
    if (!m_freeSlots.empty()) {
        slot = m_freeSlots.back();
        m_freeSlots.pop_back();
    } else {
        slot = static_cast<uint32_t>(m_docs.size());
        m_docs.emplace_back();
        m_rank.emplace_back();
    }
    Doc& doc = m_docs[slot];
    doc = Doc{source->kind, source->id, source->peerId, source->day, std::move(source->title),
              std::move(source->subtitle), std::move(source->lines), {}, {}};
    std::vector<std::string> titleWords = foldedWords(doc.title);
    std::vector<std::string> words = titleWords;
    for (const std::string& line : doc.lines) {
        for (std::string& w : foldedWords(line)) words.push_back(std::move(w));
    }
    for (std::string& w : foldedWords(source->alsoFoundBy)) words.push_back(std::move(w));
    for (auto* list : {&words, &titleWords}) {
        std::sort(list->begin(), list->end());
        list->erase(std::unique(list->begin(), list->end()), list->end());
    }
    doc.words.reserve(words.size());
    for (const std::string& w : words) doc.words.push_back(intern(w, slot));
    // Title words are among the words: point at the same interned keys (both lists are sorted).
    for (const std::string& w : titleWords) {
        const Word word = *std::lower_bound(doc.words.begin(), doc.words.end(), w, wordLess);
        doc.titleWords.push_back(word);
        insertSorted(m_postings.find(*word)->second.titleSlots, slot);
    }
    m_rank[slot] = RankKey{doc.day, doc.id};
    m_slotOf[doc.id] = slot;
}

void SearchIndex::remove(EntityId id) {
    const auto found = m_slotOf.find(id);
    if (found == m_slotOf.end()) return;
    const uint32_t slot = found->second;
    m_slotOf.erase(found);
    Doc& doc = m_docs[slot];
    for (Word word : doc.titleWords) eraseSorted(m_postings.find(*word)->second.titleSlots, slot);
    for (Word word : doc.words) {
        auto posting = m_postings.find(*word);
        eraseSorted(posting->second.slots, slot);
        if (posting->second.slots.empty()) m_postings.erase(posting);
    }
    doc = Doc{};
    m_rank[slot] = RankKey{};
    m_freeSlots.push_back(slot);
}

uint32_t SearchIndex::stampPrefix(const std::string& prefix, bool titles, std::vector<uint32_t>* collected) const {
    m_seen.resize(m_docs.size(), 0);
    if (++m_stamp == 0) {  // wrapped: forget every old stamp
        std::fill(m_seen.begin(), m_seen.end(), 0);
        m_stamp = 1;
    }
    for (auto it = m_postings.lower_bound(prefix); it != m_postings.end() && startsWith(it->first, prefix); ++it) {
        for (uint32_t slot : titles ? it->second.titleSlots : it->second.slots) {
            if (m_seen[slot] == m_stamp) continue;
            m_seen[slot] = m_stamp;
            if (collected) collected->push_back(slot);
        }
    }
    return m_stamp;
}

std::vector<SearchHit> SearchIndex::search(std::string_view query, size_t limit) const {
    std::vector<std::string> exact = foldedWords(query);
    if (exact.empty() || limit == 0) return {};
    const std::string prefix = exact.back();
    exact.pop_back();

    // The complete words' postings, rarest first: every match is among the rarest's documents.
    std::vector<const Posting*> exactPostings;
    for (const std::string& e : exact) {
        const auto it = m_postings.find(e);
        if (it == m_postings.end()) return {};
        exactPostings.push_back(&it->second);
    }
    std::sort(exactPostings.begin(), exactPostings.end(),
              [](const Posting* a, const Posting* b) { return a->slots.size() < b->slots.size(); });

    std::vector<uint32_t> candidates;
    if (exactPostings.empty()) {
        stampPrefix(prefix, false, &candidates);
    } else {
        const std::vector<uint32_t>& rarest = exactPostings.front()->slots;
        size_t prefixPostings = 0;
        for (auto it = m_postings.lower_bound(prefix);
             it != m_postings.end() && startsWith(it->first, prefix) && prefixPostings <= kStampOverCheck * rarest.size();
             ++it) {
            prefixPostings += it->second.slots.size();
        }
        const bool stamped = prefixPostings <= kStampOverCheck * rarest.size();
        const uint32_t stamp = stamped ? stampPrefix(prefix, false, nullptr) : 0;
        for (uint32_t slot : rarest) {
            bool match = true;
            for (size_t i = 1; match && i < exactPostings.size(); ++i) match = holds(exactPostings[i]->slots, slot);
            if (!match) continue;
            if (stamped) {
                match = m_seen[slot] == stamp;
            } else {
                const std::vector<Word>& words = m_docs[slot].words;
                const auto it = std::lower_bound(words.begin(), words.end(), prefix, wordLess);
                match = it != words.end() && startsWith(**it, prefix);
            }
            if (match) candidates.push_back(slot);
        }
    }

    // A title hit holds every word in its title: the complete words in their title postings, the last
    // word marked from the title postings of the words it starts.
    const uint32_t titleStamp = stampPrefix(prefix, true, nullptr);
    struct Ranked {
        bool titleHit;
        RankKey key;
        uint32_t slot;
    };
    std::vector<Ranked> ranked;
    ranked.reserve(candidates.size());
    for (uint32_t slot : candidates) {
        bool titleHit = m_seen[slot] == titleStamp;
        for (size_t i = 0; titleHit && i < exactPostings.size(); ++i) titleHit = holds(exactPostings[i]->titleSlots, slot);
        ranked.push_back({titleHit, m_rank[slot], slot});
    }
    const auto better = [](const Ranked& a, const Ranked& b) {
        return std::make_tuple(!a.titleHit, -int64_t(a.key.day), a.key.id) <
               std::make_tuple(!b.titleHit, -int64_t(b.key.day), b.key.id);
    };
    const size_t count = std::min(limit, ranked.size());
    std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(count), ranked.end(), better);

    std::vector<std::string> queryWords = exact;
    queryWords.push_back(prefix);
    std::vector<SearchHit> hits;
    hits.reserve(count);
    for (size_t i = 0; i < count; ++i) {
        const Doc& doc = m_docs[ranked[i].slot];
        hits.push_back(SearchHit{doc.kind, doc.id, doc.peerId, doc.title,
                                 ranked[i].titleHit ? doc.subtitle : snippetOf(doc, queryWords)});
    }
    return hits;
}

std::string SearchIndex::snippetOf(const Doc& doc, const std::vector<std::string>& queryWords) const {
    // The first line holding one of the query's words (the last as a prefix), cut to one line's length.
    for (const std::string& line : doc.lines) {
        for (const std::string& word : foldedWords(line)) {
            for (size_t q = 0; q < queryWords.size(); ++q) {
                const bool last = q + 1 == queryWords.size();
                if (last ? startsWith(word, queryWords[q]) : word == queryWords[q]) {
                    return clipText(line, kSnippetBytes);
                }
            }
        }
    }
    return doc.subtitle;
}

}  // namespace rapport
