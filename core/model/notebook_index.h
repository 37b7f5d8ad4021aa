// Date- and peer-keyed indexes for the rules (week plan, prep card, drifting, load guard): kept by the
// Notebook as each entity goes in or out, so a rule reads the few entries it needs instead of scanning
// whole tables. Built in the same pass as the notebook's other indexes when a snapshot loads.
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <unordered_map>
#include <utility>

#include "core/model/entity.h"

namespace rapport {

// What the week plan shows of a meeting, so a week's 1:1s need no lookup of each meeting.
struct MeetingDay {
    EntityId peerId = kNoId;
    EntityId seriesId = kNoId;
    bool held = false;
};

// (day number, id) -> the meeting's peer, series and whether it was held.
using MeetingsByDate = std::map<std::pair<int32_t, EntityId>, MeetingDay>;
// (day number or month-day key, id), ordered.
using DayKeyedIds = std::set<std::pair<int32_t, EntityId>>;

class NotebookIndex {
public:
    // Adds (add) or removes the entity's entries; a removal is given the entity exactly as it was added.
    void update(const Entity& e, bool add);

    // Every meeting, by date then id.
    const MeetingsByDate& meetingsByDate() const { return m_meetingsByDate; }
    // Open commitments with a due date, by due date then id.
    const DayKeyedIds& openCommitmentsByDue() const { return m_openByDue; }
    // Facts in the important-date category with a date, by annualKey(month, day) then id.
    const DayKeyedIds& importantDatesByDay() const { return m_importantDates; }
    static constexpr int32_t annualKey(int32_t month, int32_t day) { return month * 32 + day; }

    // Days of contact with a peer: held 1:1s, logged interactions, and rituals done with them (the
    // ritual's last done date, once per listing of the peer). Empty when none.
    const std::multiset<int32_t>& contactDaysOf(EntityId peerId) const;
    // The cadence (days) of each of the peer's active series, smallest first. Empty when none.
    const std::multiset<int32_t>& activeCadencesOf(EntityId peerId) const;
    // True when the peer exists and is not archived.
    bool isActivePeer(EntityId peerId) const;

private:
    struct PeerDigest {
        bool exists = false;
        bool archived = false;
        std::multiset<int32_t> contactDays;
        std::multiset<int32_t> cadences;
    };
    const PeerDigest* digestOf(EntityId peerId) const;
    static void change(std::multiset<int32_t>& days, int32_t day, bool add);
    static void change(DayKeyedIds& ids, std::pair<int32_t, EntityId> key, bool add);

    MeetingsByDate m_meetingsByDate;
    DayKeyedIds m_openByDue;
    DayKeyedIds m_importantDates;
    std::unordered_map<EntityId, PeerDigest> m_peers;
};

}  // namespace rapport
