// Connection suggestions and per-meeting commitments.
#include "core/rules/connections.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace rapport {
namespace {

std::string lower(const std::string& s) {
    std::string out = s;
    for (char& c : out) c = char(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

}  // namespace

std::vector<ConnectionSuggestion> suggestConnections(const Notebook& nb, EntityId peerId) {
    std::vector<ConnectionSuggestion> out;
    if (!nb.findPeer(peerId)) return out;
    std::set<std::string> known;
    for (const auto& [id, c] : nb.all<Connection>()) {
        if (c.peerId == peerId) known.insert(lower(c.interest));
    }
    for (const std::string& interest : nb.settings().myInterests) {
        const std::string key = lower(interest);
        if (key.empty() || known.count(key)) continue;
        for (const auto& [id, f] : nb.all<Fact>()) {
            if (f.peerId == peerId && lower(f.text).find(key) != std::string::npos) {
                out.push_back({interest, id});
                known.insert(key);
                break;
            }
        }
    }
    return out;
}

std::vector<const Commitment*> commitmentsMadeIn(const Notebook& nb, EntityId meetingId) {
    std::vector<const Commitment*> out;
    for (const auto& [id, c] : nb.all<Commitment>()) {
        if (c.origin == CommitmentOrigin::OneOnOne && c.originId == meetingId) out.push_back(&c);
    }
    return out;
}

}  // namespace rapport
