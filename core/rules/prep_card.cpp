// Prep card assembly.
#include "core/rules/prep_card.h"

#include <algorithm>
#include <limits>

namespace rapport {
namespace {

bool dueFirst(const Commitment* a, const Commitment* b) {
    if (a->due.has_value() != b->due.has_value()) return a->due.has_value();
    if (a->due && *a->due != *b->due) return *a->due < *b->due;
    return a->id < b->id;
}

}  // namespace

Result<PrepCard> prepCard(const Notebook& nb, EntityId peerId, CivilDate today) {
    PrepCard card;
    card.peer = nb.findPeer(peerId);
    if (!card.peer) return makeError("No such peer.");
    card.tier = tierOf(card.peer->trustLevel());
    card.lastInteraction = lastInteraction(nb, peerId, today);

    // The peer's own records, from the notebook's referrer index (id order, as the tables have them),
    // sorted into the card's lists in one pass.
    for (const EntityId id : nb.referrersOf(peerId)) {
        const auto kind = nb.kindOfId(id);
        if (!kind) continue;
        switch (*kind) {
            case EntityKind::Fact:
                if (const Fact* f = nb.find<Fact>(id); f && f->peerId == peerId) card.facts.push_back(f);
                break;
            case EntityKind::Connection:
                if (const Connection* c = nb.find<Connection>(id); c && c->peerId == peerId) card.connections.push_back(c);
                break;
            case EntityKind::BanterTopic:
                if (const BanterTopic* b = nb.find<BanterTopic>(id); b && b->peerId == peerId) card.banter.push_back(b);
                break;
            case EntityKind::Commitment:
                if (const Commitment* c = nb.find<Commitment>(id); c && c->peerId == peerId && c->isOpen()) {
                    (c->direction == CommitmentDirection::MeToThem ? card.iOwe : card.theyOwe).push_back(c);
                }
                break;
            case EntityKind::Ritual:
                if (const Ritual* r = nb.find<Ritual>(id)) {
                    const bool mine = std::find(r->participants.begin(), r->participants.end(), peerId) != r->participants.end();
                    if (mine && r->nextDue && *r->nextDue <= today.addDays(14)) card.ritualsDue.push_back(r);
                }
                break;
            case EntityKind::ExecPreview:
                if (const ExecPreview* p = nb.find<ExecPreview>(id); p && p->staffMeetingOn >= today) {
                    for (const PreviewPeer& pp : p->peers) {
                        if (pp.peerId == peerId && pp.status == PreviewStatus::NotYet) card.previews.push_back(p);
                    }
                }
                break;
            case EntityKind::JointProject:
                if (const JointProject* p = nb.find<JointProject>(id);
                    p && p->isActive() && std::find(p->peerIds.begin(), p->peerIds.end(), peerId) != p->peerIds.end()) {
                    card.projects.push_back(p);
                }
                break;
            default:
                break;
        }
    }
    std::sort(card.facts.begin(), card.facts.end(), [](const Fact* a, const Fact* b) {
        if (a->category != b->category) return uint8_t(a->category) < uint8_t(b->category);
        return a->learnedOn.value_or(CivilDate()) > b->learnedOn.value_or(CivilDate());
    });
    for (const ComingUpDate& u : importantDatesOf(nb, peerId, today)) {
        if (u.daysAway < 30) card.upcomingDates.push_back(u);
    }
    card.interestMatches = suggestConnections(nb, peerId);
    std::sort(card.banter.begin(), card.banter.end(), [](const BanterTopic* a, const BanterTopic* b) {
        if (a->lastUsed.has_value() != b->lastUsed.has_value()) return !a->lastUsed.has_value();
        return a->lastUsed && *a->lastUsed != *b->lastUsed ? *a->lastUsed < *b->lastUsed : a->id < b->id;
    });
    std::sort(card.iOwe.begin(), card.iOwe.end(), dueFirst);
    std::sort(card.theyOwe.begin(), card.theyOwe.end(), dueFirst);
    card.myRecord = keptRatio(nb, peerId, CommitmentDirection::MeToThem);
    card.theirRecord = keptRatio(nb, peerId, CommitmentDirection::ThemToMe);

    const DatedIds& meetings = nb.meetingsOfPeer(peerId);
    const auto split = meetings.upper_bound({today.dayNumber(), std::numeric_limits<EntityId>::max()});
    for (auto it = split; it != meetings.begin();) {
        const Meeting* m = nb.findMeeting((--it)->second);
        if (m && m->held) {
            card.lastMeeting = m;
            break;
        }
    }
    for (auto it = meetings.lower_bound({today.dayNumber(), 0}); it != meetings.end(); ++it) {
        const Meeting* m = nb.findMeeting(it->second);
        if (m && !m->held) {
            card.nextMeeting = m;
            break;
        }
    }
    // Carried-over items: already copied onto the next meeting, or (ad-hoc 1:1s, no next meeting yet)
    // still marked carried over on the last one.
    if (card.nextMeeting) {
        for (const AgendaItem& a : card.nextMeeting->agenda) {
            if (a.carriedFrom != kNoId && a.status == AgendaStatus::Pending) card.carriedOver.push_back(a);
        }
    }
    if (card.carriedOver.empty() && card.lastMeeting) {
        for (const AgendaItem& a : card.lastMeeting->agenda) {
            if (a.status == AgendaStatus::CarriedOver) card.carriedOver.push_back(a);
        }
    }

    card.topics = suggestTopics(nb, peerId);
    return card;
}

}  // namespace rapport
