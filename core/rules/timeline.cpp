// A peer's timeline from the notebook's per-peer indexes (no table scans).
#include "core/rules/timeline.h"

#include <algorithm>

#include "core/rules/peer_records.h"

namespace rapport {

std::vector<TimelineEvent> timelineOf(const Notebook& nb, EntityId peerId) {
    std::vector<TimelineEvent> events;
    const Peer* peer = nb.findPeer(peerId);
    if (!peer) return events;
    for (const auto& [day, id] : nb.meetingsOfPeer(peerId)) {
        if (const Meeting* m = nb.findMeeting(id)) events.push_back({m->date, m->held ? "1:1 held" : "1:1 prepared"});
    }
    for (const auto& [day, id] : nb.interactionsOfPeer(peerId)) {
        if (const Interaction* i = nb.find<Interaction>(id)) events.push_back({i->date, std::string(label(i->kind)) + " " + i->note, id});
    }
    for (const Fact* f : factsOf(nb, peerId)) {
        if (f->learnedOn) events.push_back({*f->learnedOn, "Learned: " + f->text});
    }
    for (const Commitment* c : recordsOf<Commitment>(nb, peerId)) events.push_back({c->madeOn, "Commitment: " + c->text});
    for (const TrustRecord& t : peer->trustHistory) {
        events.push_back({t.date, "Trust " + std::to_string(t.level) + "/5 " + t.note});
    }
    std::stable_sort(events.begin(), events.end(), [](const TimelineEvent& a, const TimelineEvent& b) { return a.date > b.date; });
    return events;
}

}  // namespace rapport
