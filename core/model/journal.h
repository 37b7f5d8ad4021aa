// Reflection journal entries and logged interactions ("talked today"): the dated record of contact.
#pragma once

#include <string>
#include <tuple>
#include <vector>

#include "core/model/enums.h"
#include "core/model/ids.h"
#include "core/util/civil_date.h"

namespace rapport {

struct JournalEntry {
    EntityId id = kNoId;
    CivilDate date;
    std::string prompt;  // optional
    std::string text;
    std::vector<EntityId> peerIds;

    auto tie() const { return std::tie(id, date, prompt, text, peerIds); }
    bool operator==(const JournalEntry& o) const { return tie() == o.tie(); }
    bool operator!=(const JournalEntry& o) const { return !(*this == o); }
};

// A contact with a peer that is not a 1:1 meeting record: last interaction is derived from these,
// held meetings and rituals done, never typed by hand.
struct Interaction {
    EntityId id = kNoId;
    EntityId peerId = kNoId;
    CivilDate date;
    InteractionKind kind = InteractionKind::TalkedToday;
    std::string note;

    auto tie() const { return std::tie(id, peerId, date, kind, note); }
    bool operator==(const Interaction& o) const { return tie() == o.tie(); }
    bool operator!=(const Interaction& o) const { return !(*this == o); }
};

}  // namespace rapport
