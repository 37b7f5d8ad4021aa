// 1:1 meeting: one held (or prepared) one-on-one, with its agenda, notes, insights and conflicts.
#pragma once

#include <cstdint>
#include <string>
#include <tuple>
#include <vector>

#include "core/model/enums.h"
#include "core/model/ids.h"
#include "core/util/civil_date.h"

namespace rapport {

struct AgendaItem {
    std::string text;
    TrustTier trust = TrustTier::Low;
    AgendaKind kind = AgendaKind::Update;
    AgendaStatus status = AgendaStatus::Pending;
    EntityId carriedFrom = kNoId;  // the meeting it was carried over from
    EntityId previewId = kNoId;    // the exec-staff preview it presents

    auto tie() const { return std::tie(text, trust, kind, status, carriedFrom, previewId); }
    bool operator==(const AgendaItem& o) const { return tie() == o.tie(); }
    bool operator!=(const AgendaItem& o) const { return !(*this == o); }
};

// "What I believed" versus "what really happened": the record that corrects my assumptions.
struct Insight {
    std::string believed;
    std::string happened;

    auto tie() const { return std::tie(believed, happened); }
    bool operator==(const Insight& o) const { return tie() == o.tie(); }
    bool operator!=(const Insight& o) const { return !(*this == o); }
};

struct Conflict {
    std::string issue;
    std::string myPosition;
    std::string theirPosition;
    std::string resolution;
    ConflictStatus status = ConflictStatus::Open;

    auto tie() const { return std::tie(issue, myPosition, theirPosition, resolution, status); }
    bool operator==(const Conflict& o) const { return tie() == o.tie(); }
    bool operator!=(const Conflict& o) const { return !(*this == o); }
};

struct Meeting {
    EntityId id = kNoId;
    EntityId seriesId = kNoId;  // kNoId: an ad-hoc 1:1
    EntityId peerId = kNoId;
    CivilDate date;
    bool held = false;  // set by finishMeeting; a prepared meeting is not an interaction yet
    std::vector<AgendaItem> agenda;
    std::string notes;
    std::vector<Insight> insights;
    std::vector<Conflict> conflicts;
    uint8_t energy = 0;  // 1..5, 0 = not noted
    std::string mood;

    auto tie() const {
        return std::tie(id, seriesId, peerId, date, held, agenda, notes, insights, conflicts, energy, mood);
    }
    bool operator==(const Meeting& o) const { return tie() == o.tie(); }
    bool operator!=(const Meeting& o) const { return !(*this == o); }
};

}  // namespace rapport
