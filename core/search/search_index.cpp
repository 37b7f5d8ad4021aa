// The index keeps, for every folded word, the sorted slots of the documents holding it (and of those
// holding it in their title). A query starts from the rarest of its complete words, checks the others
// in their posting lists, marks the documents with a word starting with its last word, and ranks only
// the documents found from packed per-slot keys: the cost follows the matches, not the size of the
// notebook, and touches few scattered documents.
#include "core/search/search_index.h"

#include <algorithm>
#include <cstdint>
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
    if (slots.empty() || slots.back() < slot) return slots.push_back(slot);  // a build appends: no search
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

SearchIndex::SearchIndex(const Notebook& nb) : SearchIndex(toBuild(nb)) { indexSome(nb, SIZE_MAX); }

SearchIndex SearchIndex::toBuild(const Notebook& nb) {
    SearchIndex index;
    index.m_buildKind = 0;
    index.m_docs.reserve(nb.size());
    index.m_rank.reserve(nb.size());
    index.m_slotOf.reserve(nb.size());
    return index;
}

// Reads one table from m_buildFrom on; false when the budget ran out inside it.
template <class T>
bool SearchIndex::indexTable(const Notebook& nb, size_t& budget) {
    const Table<T>& table = nb.all<T>();
    for (auto it = table.lower_bound(m_buildFrom); it != table.end(); ++it) {
        if (budget == 0) {
            m_buildFrom = it->first;
            return false;
        }
        --budget;
        ++m_buildRead;
        if (m_updatedWhileBuilding) remove(it->first);  // an edit during the build may have put it in first
        put(search::documentOf(nb, it->second));
    }
    return true;
}

bool SearchIndex::indexSome(const Notebook& nb, size_t maxEntities) {
    size_t budget = maxEntities;
    while (m_buildKind < kBuildKinds) {
        bool finished = false;
        switch (m_buildKind) {
            case 0: finished = indexTable<Peer>(nb, budget); break;
            case 1: finished = indexTable<Fact>(nb, budget); break;
            case 2: finished = indexTable<Commitment>(nb, budget); break;
            case 3: finished = indexTable<JointProject>(nb, budget); break;
            case 4: finished = indexTable<ExecPreview>(nb, budget); break;
            case 5: finished = indexTable<Ritual>(nb, budget); break;
            case 6: finished = indexTable<JournalEntry>(nb, budget); break;
            default: finished = indexTable<Meeting>(nb, budget); break;
        }
        if (!finished) return false;
        ++m_buildKind;
        m_buildFrom = kNoId;
    }
    if (m_folded.capacity() > 4096) m_folded = std::string();  // the build's scratch is not kept
    return true;
}

double SearchIndex::readiness(const Notebook& nb) const {
    if (ready()) return 1.0;
    const size_t total = nb.all<Peer>().size() + nb.all<Fact>().size() + nb.all<Commitment>().size() +
                         nb.all<JointProject>().size() + nb.all<ExecPreview>().size() + nb.all<Ritual>().size() +
                         nb.all<JournalEntry>().size() + nb.all<Meeting>().size();
    return total == 0 ? 0.99 : std::min(0.99, static_cast<double>(m_buildRead) / static_cast<double>(total));
}

void SearchIndex::update(const Notebook& nb, const Command& applied) {
    m_updatedWhileBuilding = m_updatedWhileBuilding || !ready();
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

SearchIndex::PostingMap::value_type* SearchIndex::find(std::string_view word) const {
    const auto it = m_wordAt.find(word);
    return it == m_wordAt.end() ? nullptr : it->second;
}

SearchIndex::PostingMap::value_type& SearchIndex::intern(std::string_view word) {
    if (PostingMap::value_type* entry = find(word)) return *entry;
    PostingMap::value_type& entry = *m_postings.emplace(std::string(word), Posting{}).first;
    m_wordAt.emplace(entry.first, &entry);
    return entry;
}

void SearchIndex::put(const Notebook& nb, const Entity& entity) {
    remove(entityId(entity));
    if (std::optional<search::Document> source = search::documentOf(nb, entity)) put(std::move(*source));
}

void SearchIndex::put(search::Document&& source) {
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
    doc = Doc{source.kind, source.id, source.peerId, source.day, std::move(source.title),
              std::move(source.subtitle), std::move(source.lines), {}, {}};
    // Fold the whole entity once into one buffer, then take its words as views: no string per word.
    m_folded.clear();
    appendFolded(m_folded, doc.title);
    const size_t titleEnd = m_folded.size();
    for (const std::string& line : doc.lines) {
        m_folded += ' ';
        appendFolded(m_folded, line);
    }
    m_folded += ' ';
    appendFolded(m_folded, source.alsoFoundBy);
    std::vector<std::string_view>& words = m_scratchWords;
    words.clear();
    const std::string_view folded(m_folded);
    appendWords(folded.substr(0, titleEnd), words);
    const auto titleCount = static_cast<std::ptrdiff_t>(words.size());
    appendWords(folded.substr(titleEnd), words);
    std::sort(words.begin(), words.begin() + titleCount);
    const auto titleUnique = std::unique(words.begin(), words.begin() + titleCount);
    // Title words are among the words: mark their postings' title slots while interning them.
    doc.titleWords.reserve(static_cast<size_t>(titleUnique - words.begin()));
    for (auto w = words.begin(); w != titleUnique; ++w) {
        PostingMap::value_type& entry = intern(*w);
        insertSorted(entry.second.titleSlots, slot);
        doc.titleWords.push_back(&entry.first);
    }
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    doc.words.reserve(words.size());
    for (std::string_view w : words) {
        PostingMap::value_type& entry = intern(w);
        insertSorted(entry.second.slots, slot);
        doc.words.push_back(&entry.first);
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
    for (Word word : doc.titleWords) eraseSorted(find(*word)->second.titleSlots, slot);
    for (Word word : doc.words) {
        PostingMap::value_type* entry = find(*word);
        eraseSorted(entry->second.slots, slot);
        if (entry->second.slots.empty()) {
            m_wordAt.erase(std::string_view(entry->first));
            m_postings.erase(m_postings.find(entry->first));
        }
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
        const PostingMap::value_type* entry = find(e);
        if (!entry) return {};
        exactPostings.push_back(&entry->second);
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
    std::string folded;
    std::vector<std::string_view> words;
    for (const std::string& line : doc.lines) {
        folded.clear();
        words.clear();
        appendFolded(folded, line);
        appendWords(folded, words);
        for (const std::string_view word : words) {
            for (size_t q = 0; q < queryWords.size(); ++q) {
                const bool last = q + 1 == queryWords.size();
                if (last ? word.substr(0, queryWords[q].size()) == queryWords[q] : word == queryWords[q]) {
                    return clipText(line, kSnippetBytes);
                }
            }
        }
    }
    return doc.subtitle;
}

}  // namespace rapport
