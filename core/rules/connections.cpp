// Connection suggestions and per-meeting commitments.
#include "core/rules/connections.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "core/rules/peer_records.h"

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
    for (const Connection* c : connectionsOf(nb, peerId)) known.insert(lower(c->interest));
    const std::vector<const Fact*> facts = factsOf(nb, peerId);
    for (const std::string& interest : nb.settings().myInterests) {
        const std::string key = lower(interest);
        if (key.empty() || known.count(key)) continue;
        for (const Fact* f : facts) {
            if (lower(f->text).find(key) != std::string::npos) {
                out.push_back({interest, f->id});
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
