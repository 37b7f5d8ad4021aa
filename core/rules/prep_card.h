// The prep card for a peer before a 1:1: what to remember, what is owed both ways, what carries over,
// how the last meeting went, rituals and previews due, and topics that fit the trust level.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/model/notebook.h"
#include "core/rules/commitments.h"
#include "core/rules/connections.h"
#include "core/rules/important_dates.h"
#include "core/rules/relationships.h"
#include "core/rules/topics.h"

namespace rapport {

struct PrepCard {
    const Peer* peer = nullptr;
    TrustTier tier = TrustTier::Low;
    std::optional<CivilDate> lastInteraction;
    std::vector<const Fact*> facts;            // by category, then most recently learned
    std::vector<ComingUpDate> upcomingDates;   // important dates within 30 days
    std::vector<const Connection*> connections;
    std::vector<ConnectionSuggestion> interestMatches;  // my interests found in their facts, not yet connections
    std::vector<const BanterTopic*> banter;    // least recently used first (never used first of all)
    std::vector<const Commitment*> iOwe;       // open, soonest due first (undated last)
    std::vector<const Commitment*> theyOwe;
    KeptRatio myRecord;                        // me -> them
    KeptRatio theirRecord;                     // them -> me
    std::vector<AgendaItem> carriedOver;       // undiscussed items waiting for this 1:1
    const Meeting* lastMeeting = nullptr;      // latest held 1:1 on or before today
    const Meeting* nextMeeting = nullptr;      // earliest prepared, not held, on or after today
    std::vector<const Ritual*> ritualsDue;     // next due within 14 days (or overdue)
    std::vector<const ExecPreview*> previews;  // staff meeting today or later, this peer not yet previewed
    std::vector<const JointProject*> projects; // active, with this peer
    std::vector<TopicSuggestion> topics;
};

// The prep card for a peer as of today. Pointers stay valid until the notebook next changes.
// Fails for an unknown peer.
Result<PrepCard> prepCard(const Notebook& nb, EntityId peerId, CivilDate today);

}  // namespace rapport
