// The strict references of every entity type: the peers, series and other records an entity names,
// which must exist when a command applies (precheck) and when a notebook is checked.
#include "core/model/checker.h"

namespace rapport {
namespace {

void addPeers(std::vector<Reference>& out, const std::vector<EntityId>& ids) {
    for (EntityId id : ids) {
        if (id != kNoId) out.push_back({EntityKind::Peer, id});
    }
}

}  // namespace

std::vector<Reference> referencesOf(const Entity& e) {
    std::vector<Reference> out;
    std::visit(
        [&](const auto& x) {
            using T = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<T, Fact> || std::is_same_v<T, Connection> || std::is_same_v<T, BanterTopic> ||
                          std::is_same_v<T, Commitment> || std::is_same_v<T, Interaction> ||
                          std::is_same_v<T, OneOnOneSeries> || std::is_same_v<T, FollowUp>) {
                addPeers(out, {x.peerId});
            } else if constexpr (std::is_same_v<T, JointProject>) {
                addPeers(out, x.peerIds);
                for (const auto& o : x.observations) {
                    // An observation's peer must be one of the project's (checked as a reference too).
                    if (o.peerId != kNoId) out.push_back({EntityKind::Peer, o.peerId});
                }
            } else if constexpr (std::is_same_v<T, Ritual>) {
                addPeers(out, x.participants);
            } else if constexpr (std::is_same_v<T, Meeting>) {
                addPeers(out, {x.peerId});
                if (x.seriesId != kNoId) out.push_back({EntityKind::OneOnOneSeries, x.seriesId});
            } else if constexpr (std::is_same_v<T, ExecPreview>) {
                for (const auto& p : x.peers) addPeers(out, {p.peerId});
            } else if constexpr (std::is_same_v<T, JournalEntry>) {
                addPeers(out, x.peerIds);
            }
        },
        e);
    return out;
}

}  // namespace rapport
