// Names are compared folded (core/search/text_fold.h), so "lea" finds "Léa".
#include "core/capture/capture_words.h"

#include <algorithm>
#include <cctype>

#include "core/search/text_fold.h"

namespace rapport::capture {

namespace {

bool hasWord(const std::vector<std::string>& words, std::initializer_list<const char*> any) {
    for (const char* w : any) {
        if (std::find(words.begin(), words.end(), w) != words.end()) return true;
    }
    return false;
}

// Byte spans of the space-separated words of a text.
std::vector<std::pair<size_t, size_t>> wordSpans(std::string_view text) {
    std::vector<std::pair<size_t, size_t>> spans;
    size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && text[i] == ' ') ++i;
        const size_t begin = i;
        while (i < text.size() && text[i] != ' ') ++i;
        if (i > begin) spans.emplace_back(begin, i);
    }
    return spans;
}

std::string firstWord(const std::string& name) {
    const auto words = foldedWords(name);
    return words.empty() ? std::string() : words.front();
}

// Peers in name order, so a choice between them is listed the same way every time.
std::vector<EntityId> byName(const Notebook& nb, std::vector<EntityId> ids) {
    std::stable_sort(ids.begin(), ids.end(), [&](EntityId a, EntityId b) {
        return foldText(nb.findPeer(a)->name) < foldText(nb.findPeer(b)->name);
    });
    return ids;
}

}  // namespace

std::string trim(std::string_view text) {
    const size_t begin = text.find_first_not_of(" \t");
    if (begin == std::string_view::npos) return "";
    return std::string(text.substr(begin, text.find_last_not_of(" \t") - begin + 1));
}

std::string lowerAscii(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = char(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

bool startsWith(const std::string& text, std::string_view prefix) { return text.compare(0, prefix.size(), prefix) == 0; }

std::vector<EntityId> matchPeers(const Notebook& nb, std::string_view namePart) {
    const std::string needle = trim(foldText(namePart));
    std::vector<EntityId> exact, starts;
    if (needle.empty()) return {};
    for (const auto& [id, peer] : nb.peers()) {
        if (peer.archived) continue;
        const std::string name = foldText(peer.name);
        if (name == needle) exact.push_back(id);
        else if (name.rfind(needle, 0) == 0) starts.push_back(id);
        else {
            for (const std::string& word : foldedWords(peer.name)) {
                if (word.rfind(needle, 0) == 0) {
                    starts.push_back(id);
                    break;
                }
            }
        }
    }
    return byName(nb, exact.empty() ? starts : exact);
}

std::vector<EntityId> peersNamed(const Notebook& nb, std::string_view name) {
    const std::string needle = trim(foldText(name));
    std::vector<EntityId> out;
    if (needle.empty()) return out;
    for (const auto& [id, peer] : nb.peers()) {
        if (!peer.archived && (foldText(peer.name) == needle || firstWord(peer.name) == needle)) out.push_back(id);
    }
    return byName(nb, out);
}

std::vector<EntityId> peersWhoseFactsName(const Notebook& nb, std::string_view name) {
    const std::string needle = trim(foldText(name));
    std::vector<EntityId> out;
    if (needle.empty()) return out;
    for (const auto& [id, fact] : nb.all<Fact>()) {
        const Peer* peer = nb.findPeer(fact.peerId);
        if (!peer || peer->archived || std::find(out.begin(), out.end(), fact.peerId) != out.end()) continue;
        const auto words = foldedWords(fact.text);
        if (std::find(words.begin(), words.end(), needle) != words.end()) out.push_back(fact.peerId);
    }
    return byName(nb, out);
}

NameAtStart nameAtStart(const Notebook& nb, std::string_view text) {
    const auto spans = wordSpans(text);
    NameAtStart best;
    size_t bestWords = 0;
    for (const auto& [id, peer] : nb.peers()) {
        if (peer.archived) continue;
        const size_t n = foldedWords(peer.name).size();
        size_t matched = 0;
        if (n > 0 && n <= spans.size() && foldText(text.substr(0, spans[n - 1].second)) == foldText(peer.name)) {
            matched = n;
        } else if (!spans.empty() && foldText(text.substr(0, spans[0].second)) == firstWord(peer.name)) {
            matched = 1;
        }
        if (matched == 0 || matched < bestWords) continue;
        if (matched > bestWords) best.peers.clear();
        bestWords = matched;
        best.peers.push_back(id);
        best.end = spans[matched - 1].second;
    }
    best.peers = byName(nb, best.peers);
    return best;
}

FactCategory guessCategory(std::string_view text) {
    const std::vector<std::string> words = foldedWords(text);
    if (hasWord(words, {"kid", "kids", "son", "daughter", "wife", "husband", "partner", "children", "baby", "family",
                        "mother", "father", "mum", "mom", "dad", "brother", "sister"})) {
        return FactCategory::Family;
    }
    if (hasWord(words, {"dog", "cat", "pet", "puppy", "horse"})) return FactCategory::Pets;
    if (hasWord(words, {"band", "music", "concert", "jazz", "guitar", "piano", "song"})) return FactCategory::Music;
    if (hasWord(words, {"football", "soccer", "tennis", "runs", "running", "marathon", "cycling", "golf", "match",
                        "team", "ski", "skiing", "swim", "swimming", "yoga"})) {
        return FactCategory::Sport;
    }
    if (hasWord(words, {"food", "cook", "cooking", "vegan", "vegetarian", "wine", "coffee", "restaurant"})) {
        return FactCategory::Food;
    }
    if (hasWord(words, {"trip", "travel", "vacation", "holiday", "flight"})) return FactCategory::Travel;
    if (hasWord(words, {"hobby", "reads", "reading", "paints", "garden", "gardening", "chess"})) return FactCategory::Hobbies;
    return FactCategory::Other;
}

}  // namespace rapport::capture
