// Connection suggestions: interests from my profile that show up in what I know about a peer, and the
// commitments made in a given 1:1.
#pragma once

#include <string>
#include <vector>

#include "core/model/notebook.h"

namespace rapport {

struct ConnectionSuggestion {
    std::string interest;  // from Settings::myInterests
    EntityId factId = kNoId;  // the fact that mentions it
};

// My interests (case-insensitive) found in a peer's facts, except those already recorded as connections
// with this peer. Empty for an unknown peer.
std::vector<ConnectionSuggestion> suggestConnections(const Notebook& nb, EntityId peerId);

// Commitments whose origin is this 1:1 meeting, in id order.
std::vector<const Commitment*> commitmentsMadeIn(const Notebook& nb, EntityId meetingId);

}  // namespace rapport
