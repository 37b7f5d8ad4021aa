// One peer's records, as the peer page lists them: facts, connections, banter topics, commitments,
// series, projects and rituals. Read from the notebook's per-entity index (Notebook::referrersOf), so
// a query costs the peer's own records, not a scan of whole tables.
#pragma once

#include <vector>

#include "core/model/notebook.h"

namespace rapport {

// The records of type T that refer to peerId, in id order (the order they were created in); empty for
// an unknown peer. Pointers stay valid until the notebook next changes.
template <class T>
std::vector<const T*> recordsOf(const Notebook& nb, EntityId peerId) {
    std::vector<const T*> out;
    for (EntityId id : nb.referrersOf(peerId)) {
        if (const T* record = nb.find<T>(id)) out.push_back(record);
    }
    return out;
}

// A peer's get-to-know facts (important dates included), connections and banter topics.
std::vector<const Fact*> factsOf(const Notebook& nb, EntityId peerId);
std::vector<const Connection*> connectionsOf(const Notebook& nb, EntityId peerId);
std::vector<const BanterTopic*> banterOf(const Notebook& nb, EntityId peerId);
// The commitments between me and the peer that go one way (what I owe them, or they owe me).
std::vector<const Commitment*> commitmentsOf(const Notebook& nb, EntityId peerId, CommitmentDirection direction);
// The 1:1 series with the peer, the joint projects and the rituals they take part in.
std::vector<const OneOnOneSeries*> seriesOf(const Notebook& nb, EntityId peerId);
std::vector<const JointProject*> projectsOf(const Notebook& nb, EntityId peerId);
std::vector<const Ritual*> ritualsOf(const Notebook& nb, EntityId peerId);

}  // namespace rapport
