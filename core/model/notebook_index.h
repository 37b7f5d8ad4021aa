// Date- and peer-keyed indexes for the rules (week plan, prep card, drifting, load guard): kept by the
// Notebook as each entity goes in or out, so a rule reads the few entries it needs instead of scanning
// whole tables. Built in the same pass as the notebook's other indexes when a snapshot loads.
#pragma once

#include <cstdint>
#include <set>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/model/entity.h"

namespace rapport {

// What the week plan shows of a meeting, so a week's 1:1s need no lookup of each meeting.
struct MeetingDay {
    EntityId meetingId = kNoId;
    EntityId peerId = kNoId;
    EntityId seriesId = kNoId;
    bool held = false;
};

// (day number or month-day key, id), ordered.
using DayKeyedIds = std::set<std::pair<int32_t, EntityId>>;
// Days, ascending, duplicates kept (one per source).
using Days = std::vector<int32_t>;

class NotebookIndex {
public:
    // Adds (add) or removes the entity's entries; a removal is given the entity exactly as it was added.
    void update(const Entity& e, bool add);

    // The meetings on a day (any order), or nullptr when none. Buckets per day rather than one tree of
    // every meeting: filling them costs a hash lookup and an append per meeting when a notebook loads.
    const std::vector<MeetingDay>* meetingsOn(int32_t day) const;
    // Open commitments with a due date, by due date then id.
    const DayKeyedIds& openCommitmentsByDue() const { return m_openByDue; }
    // Facts in the important-date category with a date, by annualKey(month, day) then id.
    const DayKeyedIds& importantDatesByDay() const { return m_importantDates; }
    static constexpr int32_t annualKey(int32_t month, int32_t day) { return month * 32 + day; }

    // Days of contact with a peer: held 1:1s, logged interactions, and rituals done with them (the
    // ritual's last done date, once per listing of the peer). Empty when none.
    const Days& contactDaysOf(EntityId peerId) const;
    // The cadence (days) of each of the peer's active series, smallest first. Empty when none.
    const Days& activeCadencesOf(EntityId peerId) const;
    // True when the peer exists and is not archived.
    bool isActivePeer(EntityId peerId) const;

private:
    struct PeerDigest {
        bool exists = false;
        bool archived = false;
        Days contactDays;  // a sorted vector: a peer has tens of entries, inserted mostly in date order
        Days cadences;
    };
    const PeerDigest* digestOf(EntityId peerId) const;
    static void change(Days& days, int32_t day, bool add);
    static void change(DayKeyedIds& ids, std::pair<int32_t, EntityId> key, bool add);

    std::unordered_map<int32_t, std::vector<MeetingDay>> m_meetingsByDay;
    DayKeyedIds m_openByDue;
    DayKeyedIds m_importantDates;
    std::unordered_map<EntityId, PeerDigest> m_peers;
};

}  // namespace rapport
