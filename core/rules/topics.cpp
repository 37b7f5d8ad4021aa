// Topic suggestions.
#include "core/rules/topics.h"

#include <set>
#include <string>

namespace rapport {

std::vector<TopicSuggestion> suggestTopics(const Notebook& nb, EntityId peerId, size_t max) {
    std::vector<TopicSuggestion> out;
    const Peer* p = nb.findPeer(peerId);
    if (!p) return out;
    const TrustTier tier = tierOf(p->trustLevel());
    const bool hasNext = tier != TrustTier::High;
    const TrustTier next = hasNext ? TrustTier(uint8_t(tier) + 1) : tier;
    std::set<std::string> recent;
    const DatedIds& meetings = nb.meetingsOfPeer(peerId);
    int n = 0;
    for (auto it = meetings.rbegin(); it != meetings.rend() && n < 3; ++it, ++n) {
        if (const Meeting* m = nb.findMeeting(it->second)) {
            for (const AgendaItem& a : m->agenda) recent.insert(a.text);
        }
    }
    std::vector<TopicSuggestion> stretch;
    for (const auto& [id, t] : nb.all<BankTopic>()) {
        if (recent.count(t.text)) continue;
        if (t.trust == tier) out.push_back({&t, false});
        else if (hasNext && t.trust == next) stretch.push_back({&t, true});
    }
    // Keep at least one stretch topic in view when there is one: the point is to offer the next rung.
    const size_t fitting = stretch.empty() ? max : (max > 0 ? max - 1 : 0);
    if (out.size() > fitting) out.resize(fitting);
    for (const auto& s : stretch) {
        if (out.size() >= max) break;
        out.push_back(s);
    }
    return out;
}

}  // namespace rapport
