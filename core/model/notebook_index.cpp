// Keeping the rules' indexes: each entity kind adds its few entries, and takes exactly those out again.
#include "core/model/notebook_index.h"

#include <algorithm>

#include "core/model/recurrence.h"

namespace rapport {

namespace {

const Days kNoDays;

}  // namespace

void NotebookIndex::change(Days& days, int32_t day, bool add) {
    if (add) {
        days.insert(std::upper_bound(days.begin(), days.end(), day), day);
    } else if (auto it = std::lower_bound(days.begin(), days.end(), day); it != days.end() && *it == day) {
        days.erase(it);  // one entry: another source may have the same day
    }
}

void NotebookIndex::change(DayKeyedIds& ids, std::pair<int32_t, EntityId> key, bool add) {
    if (add) ids.insert(key);
    else ids.erase(key);
}

const NotebookIndex::PeerDigest* NotebookIndex::digestOf(EntityId peerId) const {
    const auto it = m_peers.find(peerId);
    return it == m_peers.end() ? nullptr : &it->second;
}

const std::vector<MeetingDay>* NotebookIndex::meetingsOn(int32_t day) const {
    const auto it = m_meetingsByDay.find(day);
    return it == m_meetingsByDay.end() ? nullptr : &it->second;
}

const Days& NotebookIndex::contactDaysOf(EntityId peerId) const {
    const PeerDigest* d = digestOf(peerId);
    return d ? d->contactDays : kNoDays;
}

const Days& NotebookIndex::activeCadencesOf(EntityId peerId) const {
    const PeerDigest* d = digestOf(peerId);
    return d ? d->cadences : kNoDays;
}

bool NotebookIndex::isActivePeer(EntityId peerId) const {
    const PeerDigest* d = digestOf(peerId);
    return d && d->exists && !d->archived;
}

void NotebookIndex::update(const Entity& e, bool add) {
    if (const auto* m = std::get_if<Meeting>(&e)) {
        const int32_t day = m->date.dayNumber();
        if (add) {
            m_meetingsByDay[day].push_back(MeetingDay{m->id, m->peerId, m->seriesId, m->held});
        } else if (auto bucket = m_meetingsByDay.find(day); bucket != m_meetingsByDay.end()) {
            std::vector<MeetingDay>& list = bucket->second;
            const auto it = std::find_if(list.begin(), list.end(), [&](const MeetingDay& x) { return x.meetingId == m->id; });
            if (it != list.end()) {
                *it = list.back();  // order within a day does not matter: readers sort what they take
                list.pop_back();
            }
            if (list.empty()) m_meetingsByDay.erase(bucket);
        }
        if (m->held && m->peerId != kNoId) change(m_peers[m->peerId].contactDays, m->date.dayNumber(), add);
    } else if (const auto* i = std::get_if<Interaction>(&e)) {
        if (i->peerId != kNoId) change(m_peers[i->peerId].contactDays, i->date.dayNumber(), add);
    } else if (const auto* r = std::get_if<Ritual>(&e)) {
        if (r->lastDone) {
            for (EntityId peer : r->participants) change(m_peers[peer].contactDays, r->lastDone->dayNumber(), add);
        }
    } else if (const auto* s = std::get_if<OneOnOneSeries>(&e)) {
        if (s->active) change(m_peers[s->peerId].cadences, cadenceDays(s->cadence), add);
    } else if (const auto* c = std::get_if<Commitment>(&e)) {
        if (c->isOpen() && c->due) change(m_openByDue, {c->due->dayNumber(), c->id}, add);
    } else if (const auto* f = std::get_if<Fact>(&e)) {
        if (f->date && f->category == FactCategory::ImportantDate) {
            change(m_importantDates, {annualKey(f->date->month, f->date->day), f->id}, add);
        }
    } else if (const auto* p = std::get_if<Peer>(&e)) {
        PeerDigest& d = m_peers[p->id];
        d.exists = add;
        d.archived = add && p->archived;
    }
}

}  // namespace rapport
