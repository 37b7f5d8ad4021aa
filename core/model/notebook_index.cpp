// Keeping the rules' indexes: each entity kind adds its few entries, and takes exactly those out again.
#include "core/model/notebook_index.h"

#include "core/model/recurrence.h"

namespace rapport {

namespace {

const std::multiset<int32_t> kNoDays;

}  // namespace

void NotebookIndex::change(std::multiset<int32_t>& days, int32_t day, bool add) {
    if (add) {
        days.insert(day);
    } else if (auto it = days.find(day); it != days.end()) {
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

const std::multiset<int32_t>& NotebookIndex::contactDaysOf(EntityId peerId) const {
    const PeerDigest* d = digestOf(peerId);
    return d ? d->contactDays : kNoDays;
}

const std::multiset<int32_t>& NotebookIndex::activeCadencesOf(EntityId peerId) const {
    const PeerDigest* d = digestOf(peerId);
    return d ? d->cadences : kNoDays;
}

bool NotebookIndex::isActivePeer(EntityId peerId) const {
    const PeerDigest* d = digestOf(peerId);
    return d && d->exists && !d->archived;
}

void NotebookIndex::update(const Entity& e, bool add) {
    if (const auto* m = std::get_if<Meeting>(&e)) {
        const auto key = std::make_pair(m->date.dayNumber(), m->id);
        if (add) m_meetingsByDate[key] = MeetingDay{m->peerId, m->seriesId, m->held};
        else m_meetingsByDate.erase(key);
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
