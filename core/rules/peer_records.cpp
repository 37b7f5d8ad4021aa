// One peer's records through the notebook's referrer index.
#include "core/rules/peer_records.h"

namespace rapport {

std::vector<const Fact*> factsOf(const Notebook& nb, EntityId peerId) { return recordsOf<Fact>(nb, peerId); }

std::vector<const Connection*> connectionsOf(const Notebook& nb, EntityId peerId) {
    return recordsOf<Connection>(nb, peerId);
}

std::vector<const BanterTopic*> banterOf(const Notebook& nb, EntityId peerId) { return recordsOf<BanterTopic>(nb, peerId); }

std::vector<const Commitment*> commitmentsOf(const Notebook& nb, EntityId peerId, CommitmentDirection direction) {
    std::vector<const Commitment*> out;
    for (const Commitment* c : recordsOf<Commitment>(nb, peerId)) {
        if (c->direction == direction) out.push_back(c);
    }
    return out;
}

std::vector<const OneOnOneSeries*> seriesOf(const Notebook& nb, EntityId peerId) {
    return recordsOf<OneOnOneSeries>(nb, peerId);
}

std::vector<const JointProject*> projectsOf(const Notebook& nb, EntityId peerId) {
    return recordsOf<JointProject>(nb, peerId);
}

std::vector<const Ritual*> ritualsOf(const Notebook& nb, EntityId peerId) { return recordsOf<Ritual>(nb, peerId); }

}  // namespace rapport
