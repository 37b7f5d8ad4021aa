// Topic suggestions from the bank: topics that fit the current trust with a peer, plus the next rung up
// as a stretch. Never a topic two rungs above (no high-trust topic to a low-trust relationship).
#pragma once

#include <vector>

#include "core/model/notebook.h"

namespace rapport {

struct TopicSuggestion {
    const BankTopic* topic = nullptr;
    bool stretch = false;  // one rung above the current trust
};

// Up to `max` suggestions for a peer: fitting topics first, then stretch ones; topics already on one of
// the peer's last three meetings' agendas are left out. Empty for an unknown peer.
std::vector<TopicSuggestion> suggestTopics(const Notebook& nb, EntityId peerId, size_t max = 6);

}  // namespace rapport
