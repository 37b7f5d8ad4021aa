// A peer's timeline: everything logged with them (1:1s, contacts, facts learned, commitments made,
// trust changes), newest first, in the words the Timeline tab shows.
#pragma once

#include <string>
#include <vector>

#include "core/model/notebook.h"

namespace rapport {

struct TimelineEvent {
    CivilDate date;
    std::string text;  // "1:1 held", "Coffee talked about the offsite", "Learned: ...", "Trust 4/5 ..."
    EntityId contactId = kNoId;  // a logged contact (Interaction): the page lets it be corrected there
};

// The peer's events, newest first; events of one day keep the order above (1:1s, contacts, facts,
// commitments, trust). Empty for an unknown peer.
std::vector<TimelineEvent> timelineOf(const Notebook& nb, EntityId peerId);

}  // namespace rapport
