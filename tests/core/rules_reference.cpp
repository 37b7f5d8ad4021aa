// The rules as they were before the date- and peer-keyed indexes (core/model/notebook_index.h): plain
// scans of whole tables, kept as the straightforward reference the indexed rules must equal exactly
// (tests/core/rules_index_tests.cpp) and as the "before" figures in the queries benchmark.
#include "tests/core/rules_reference.h"

#include <algorithm>
#include <cstdio>
#include <limits>
#include <set>
#include <unordered_map>

#include "core/model/recurrence.h"
#include "core/rules/previews.h"

namespace rapport::reference {
namespace {

std::string hours(double minutes) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f h", minutes / 60.0);
    return buf;
}

std::optional<OneOnOneSlot> findOneOnOneRef(const Notebook& nb, EntityId peerId, CivilDate from, CivilDate to) {
    const DatedIds& meetings = nb.meetingsOfPeer(peerId);
    auto it = meetings.lower_bound({from.dayNumber(), 0});
    if (it != meetings.end() && it->first <= to.dayNumber()) {
        const Meeting* m = nb.findMeeting(it->second);
        return OneOnOneSlot{CivilDate::fromDayNumber(it->first), m ? m->seriesId : kNoId, it->second};
    }
    std::optional<OneOnOneSlot> best;
    for (const auto& [id, s] : nb.all<OneOnOneSeries>()) {
        if (s.peerId != peerId || !s.active) continue;
        auto v = occurrences(s, from, to);
        if (!v.empty() && (!best || v.front().date < best->date)) best = OneOnOneSlot{v.front().date, id, kNoId};
    }
    return best;
}
}  // namespace

LoadStatus loadStatusRef(const Notebook& nb) {
    LoadStatus st;
    st.budgetMinutes = nb.settings().weeklyBudgetMinutes;
    struct Candidate {
        SeriesLoad load;
        Interdependence interdependence;
        std::string name;
        Cadence cadence;
    };
    std::vector<Candidate> all;
    for (const auto& [id, s] : nb.all<OneOnOneSeries>()) {
        const Peer* p = nb.findPeer(s.peerId);
        if (!s.active || !p || p->archived) continue;
        SeriesLoad l{id, s.peerId, meetingsPerWeek(s.cadence), meetingsPerWeek(s.cadence) * s.durationMinutes};
        st.meetingsPerWeek += l.meetingsPerWeek;
        st.minutesPerWeek += l.minutesPerWeek;
        all.push_back({l, p->interdependence, p->name, s.cadence});
    }
    // A small tolerance: monthly 1:1s give fractional minutes.
    st.overBudget = st.minutesPerWeek > st.budgetMinutes + 1e-6;
    if (!st.overBudget) return st;
    std::sort(all.begin(), all.end(), [](const Candidate& a, const Candidate& b) {
        // Light (2) before Moderate (1) before Strong (0); then the heaviest; then by name for stability.
        if (a.interdependence != b.interdependence) return uint8_t(a.interdependence) > uint8_t(b.interdependence);
        if (a.load.minutesPerWeek != b.load.minutesPerWeek) return a.load.minutesPerWeek > b.load.minutesPerWeek;
        return a.name != b.name ? a.name < b.name : a.load.seriesId < b.load.seriesId;
    });
    st.warning = "1:1s take " + hours(st.minutesPerWeek) + " a week, over your " + hours(st.budgetMinutes) +
                 " budget. Meet less often with: ";
    bool first = true;
    for (const Candidate& c : all) {
        if (!lessOften(c.cadence)) continue;
        st.reduceFirst.push_back(c.load);
        if (!st.advice) {
            const Cadence to = *lessOften(c.cadence);
            st.advice = LoadAdvice{c.load.seriesId, to, "Make " + c.name.substr(0, c.name.find(' ')) + "'s 1:1s " + describe(to)};
        }
        if (st.reduceFirst.size() <= 3) {
            st.warning += (first ? "" : ", ") + c.name + " (" + describe(c.cadence) + ")";
            first = false;
        }
    }
    st.warning += first ? "nobody (every series is already at its least frequent)." : ".";
    return st;
}

std::optional<CivilDate> lastContact(const Notebook& nb, EntityId peerId, CivilDate today,
                                     std::optional<CivilDate> lastRitual) {
    std::optional<CivilDate> best = lastRitual;
    auto consider = [&](CivilDate d) {
        if (d <= today && (!best || d > *best)) best = d;
    };
    const auto upTo = std::make_pair(today.dayNumber(), std::numeric_limits<EntityId>::max());
    const DatedIds& interactions = nb.interactionsOfPeer(peerId);
    auto it = interactions.upper_bound(upTo);
    if (it != interactions.begin()) consider(CivilDate::fromDayNumber(std::prev(it)->first));
    // Meetings: walk back from today to the latest held one (prepared ones are not contact yet).
    const DatedIds& meetings = nb.meetingsOfPeer(peerId);
    for (auto m = meetings.upper_bound(upTo); m != meetings.begin();) {
        --m;
        if (best && m->first <= best->dayNumber()) break;
        const Meeting* meeting = nb.findMeeting(m->second);
        if (meeting && meeting->held) {
            consider(meeting->date);
            break;
        }
    }
    return best;
}

std::unordered_map<EntityId, CivilDate> lastRitualByPeer(const Notebook& nb, CivilDate today) {
    std::unordered_map<EntityId, CivilDate> out;
    for (const auto& [id, r] : nb.all<Ritual>()) {
        if (!r.lastDone || *r.lastDone > today) continue;
        for (const EntityId peer : r.participants) {
            auto [it, inserted] = out.emplace(peer, *r.lastDone);
            if (!inserted && *r.lastDone > it->second) it->second = *r.lastDone;
        }
    }
    return out;
}

std::unordered_map<EntityId, int32_t> seriesDaysByPeer(const Notebook& nb) {
    std::unordered_map<EntityId, int32_t> out;
    for (const auto& [id, s] : nb.all<OneOnOneSeries>()) {
        if (!s.active) continue;
        const int32_t days = cadenceDays(s.cadence);
        auto [it, inserted] = out.emplace(s.peerId, days);
        if (!inserted) it->second = std::min(it->second, days);
    }
    return out;
}

int32_t gapDays(const Notebook& nb, const Peer& p, const std::unordered_map<EntityId, int32_t>& seriesDays) {
    const auto series = seriesDays.find(p.id);
    const int32_t gap = series != seriesDays.end() ? series->second : cadenceDays(recommendedCadence(p));
    return gap + nb.settings().driftGraceDays;
}

std::optional<CivilDate> lastInteractionRef(const Notebook& nb, EntityId peerId, CivilDate today) {
    std::optional<CivilDate> ritual;
    for (const auto& [id, r] : nb.all<Ritual>()) {
        if (r.lastDone && *r.lastDone <= today && (!ritual || *r.lastDone > *ritual) &&
            std::find(r.participants.begin(), r.participants.end(), peerId) != r.participants.end()) {
            ritual = r.lastDone;
        }
    }
    return lastContact(nb, peerId, today, ritual);
}

std::vector<Drift> driftingPeersRef(const Notebook& nb, CivilDate today) {
    // Rituals and series are indexed once here, so the cost grows with the data, not with its square.
    const auto rituals = lastRitualByPeer(nb, today);
    const auto seriesDays = seriesDaysByPeer(nb);
    std::vector<Drift> out;
    for (const auto& [id, p] : nb.peers()) {
        if (p.archived) continue;
        Drift d;
        d.peerId = id;
        const auto ritual = rituals.find(id);
        const auto last = lastContact(nb, id, today,
                                      ritual == rituals.end() ? std::nullopt : std::optional<CivilDate>(ritual->second));
        if (last) {
            d.since = *last;
        } else if (p.metOn && *p.metOn <= today) {
            d.since = *p.metOn;
            d.neverLogged = true;
        } else {
            continue;
        }
        d.daysSince = d.since.daysUntil(today);
        d.allowedDays = gapDays(nb, p, seriesDays);
        if (d.daysSince > d.allowedDays) out.push_back(d);
    }
    std::sort(out.begin(), out.end(), [](const Drift& a, const Drift& b) {
        const int32_t oa = a.daysSince - a.allowedDays, ob = b.daysSince - b.allowedDays;
        return oa != ob ? oa > ob : a.peerId < b.peerId;
    });
    return out;
}

std::vector<UpcomingDate> upcomingImportantDatesRef(const Notebook& nb, CivilDate from, int32_t days) {
    std::vector<UpcomingDate> out;
    for (const auto& [id, f] : nb.all<Fact>()) {
        if (!f.date || f.category != FactCategory::ImportantDate) continue;
        const Peer* p = nb.findPeer(f.peerId);
        if (!p || p->archived) continue;
        const CivilDate next = nextAnnualOccurrence(*f.date, from);
        if (from.daysUntil(next) >= days) continue;
        out.push_back(UpcomingDate{id, f.peerId, next, f.date->year ? next.year() - f.date->year : 0});
    }
    std::sort(out.begin(), out.end(), [](const UpcomingDate& a, const UpcomingDate& b) {
        return a.date != b.date ? a.date < b.date : a.factId < b.factId;
    });
    return out;
}

std::vector<PreviewPeerPlan> previewPlanRef(const Notebook& nb, EntityId previewId) {
    std::vector<PreviewPeerPlan> out;
    const ExecPreview* p = nb.find<ExecPreview>(previewId);
    if (!p) return out;
    const CivilDate from = p->staffMeetingOn.addDays(-7);
    const CivilDate to = p->staffMeetingOn.addDays(-1);
    for (const PreviewPeer& pp : p->peers) {
        PreviewPeerPlan plan;
        plan.peerId = pp.peerId;
        plan.status = pp.status;
        plan.slot = findOneOnOneRef(nb, pp.peerId, from, to);
        if (plan.slot && plan.slot->meetingId != kNoId) {
            const Meeting* m = nb.findMeeting(plan.slot->meetingId);
            plan.onAgenda = m && std::any_of(m->agenda.begin(), m->agenda.end(),
                                             [&](const AgendaItem& a) { return a.previewId == previewId; });
        }
        out.push_back(plan);
    }
    return out;
}

bool activePeer(const Notebook& nb, EntityId peerId) {
    const Peer* p = nb.findPeer(peerId);
    return p && !p->archived;
}

std::string nameOf(const Notebook& nb, EntityId peerId) {
    const Peer* p = nb.findPeer(peerId);
    return p ? p->name : std::string("?");
}

WeekPlan weekPlanRef(const Notebook& nb, CivilDate anyDay) {
    WeekPlan plan;
    plan.monday = anyDay.mondayOfWeek();
    const CivilDate sunday = plan.monday.addDays(6);
    for (int i = 0; i < 7; ++i) plan.days[size_t(i)].date = plan.monday.addDays(i);
    auto add = [&](PlanItem item) { plan.days[size_t(plan.monday.daysUntil(item.date))].items.push_back(std::move(item)); };
    auto inWeek = [&](CivilDate d) { return d >= plan.monday && d <= sunday; };

    // 1:1s: prepared meetings, then occurrences that have no meeting yet.
    std::set<std::pair<EntityId, int32_t>> covered;  // (series, day) with a meeting
    for (const auto& [peerId, p] : nb.peers()) {
        if (p.archived) continue;
        const DatedIds& meetings = nb.meetingsOfPeer(peerId);
        for (auto it = meetings.lower_bound({plan.monday.dayNumber(), 0});
             it != meetings.end() && it->first <= sunday.dayNumber(); ++it) {
            const Meeting* m = nb.findMeeting(it->second);
            int32_t minutes = nb.settings().defaultMeetingMinutes;
            if (const OneOnOneSeries* s = nb.findSeries(m->seriesId)) minutes = s->durationMinutes;
            add({PlanItemKind::OneOnOne, m->date, peerId, m->seriesId, m->id,
                 "1:1 with " + p.name + " (" + std::to_string(minutes) + " min)" + (m->held ? ", held" : "")});
            if (m->seriesId != kNoId) covered.insert({m->seriesId, it->first});
        }
    }
    for (const auto& [id, s] : nb.all<OneOnOneSeries>()) {
        if (!s.active || !activePeer(nb, s.peerId)) continue;
        for (const Occurrence& o : occurrences(s, plan.monday, sunday)) {
            if (covered.count({id, o.date.dayNumber()})) continue;
            std::string text = "1:1 with " + nameOf(nb, s.peerId) + " (" + std::to_string(s.durationMinutes) + " min)";
            if (o.moved()) text += ", moved from " + o.original.toIso();
            add({PlanItemKind::OneOnOne, o.date, s.peerId, id, kNoId, text});
        }
        if (inWeek(s.review)) {
            add({PlanItemKind::SeriesReview, s.review, s.peerId, id, kNoId, "Review 1:1s with " + nameOf(nb, s.peerId)});
        }
    }
    for (const auto& [id, r] : nb.all<Ritual>()) {
        if (!r.nextDue || !inWeek(*r.nextDue)) continue;
        std::string names;
        for (EntityId pid : r.participants) names += (names.empty() ? "" : ", ") + nameOf(nb, pid);
        const std::string what = r.title.empty() ? std::string("Ritual") : r.title;
        add({PlanItemKind::Ritual, *r.nextDue, r.participants.empty() ? kNoId : r.participants.front(), id, kNoId,
             what + (r.workEvent.empty() ? "" : " (" + r.workEvent + ")") + " with " + names});
    }
    for (const auto& [id, c] : nb.all<Commitment>()) {
        if (!c.isOpen() || !c.due || !inWeek(*c.due) || !activePeer(nb, c.peerId)) continue;
        const std::string who = c.direction == CommitmentDirection::MeToThem ? "I owe " : " owes me";
        add({PlanItemKind::CommitmentDue, *c.due, c.peerId, id, kNoId,
             c.direction == CommitmentDirection::MeToThem ? who + nameOf(nb, c.peerId) + ": " + c.text
                                                          : nameOf(nb, c.peerId) + who + ": " + c.text});
    }
    for (const UpcomingDate& u : upcomingImportantDatesRef(nb, plan.monday, 7)) {
        const Fact* f = nb.find<Fact>(u.factId);
        std::string text = nameOf(nb, u.peerId) + ": " + f->text;
        if (u.turns > 0) text += " (" + std::to_string(u.turns) + ")";
        add({PlanItemKind::ImportantDate, u.date, u.peerId, u.factId, kNoId, text});
    }
    for (const auto& [id, p] : nb.all<ExecPreview>()) {
        if (inWeek(p.staffMeetingOn)) {
            add({PlanItemKind::StaffMeeting, p.staffMeetingOn, kNoId, id, kNoId, "Staff meeting: " + p.proposal});
        }
        // Warn while the preview week is still ahead or under way: staff meeting within the next two weeks.
        if (p.staffMeetingOn < plan.monday || p.staffMeetingOn > plan.monday.addDays(14)) continue;
        for (const PreviewPeerPlan& pp : previewPlanRef(nb, id)) {
            if (pp.needsAttention() && activePeer(nb, pp.peerId)) {
                plan.warnings.push_back("No 1:1 with " + nameOf(nb, pp.peerId) + " in the week before the staff meeting on " +
                                        p.staffMeetingOn.toIso() + " to preview \"" + p.proposal + "\".");
            }
        }
    }
    for (const auto& [id, p] : nb.all<JointProject>()) {
        if (p.isActive() && inWeek(p.timeboxEnd())) {
            add({PlanItemKind::ProjectTimeboxEnd, p.timeboxEnd(), p.peerIds.front(), id, kNoId,
                 "Timebox ends: " + p.title});
        }
    }
    for (PlanDay& day : plan.days) {
        std::stable_sort(day.items.begin(), day.items.end(),
                         [](const PlanItem& a, const PlanItem& b) { return uint8_t(a.kind) < uint8_t(b.kind); });
    }
    LoadStatus load = loadStatusRef(nb);
    if (load.overBudget) plan.warnings.insert(plan.warnings.begin(), load.warning);
    return plan;
}

bool dueFirst(const Commitment* a, const Commitment* b) {
    if (a->due.has_value() != b->due.has_value()) return a->due.has_value();
    if (a->due && *a->due != *b->due) return *a->due < *b->due;
    return a->id < b->id;
}

Result<PrepCard> prepCardRef(const Notebook& nb, EntityId peerId, CivilDate today) {
    PrepCard card;
    card.peer = nb.findPeer(peerId);
    if (!card.peer) return makeError("No such peer.");
    card.tier = tierOf(card.peer->trustLevel());
    card.lastInteraction = lastInteractionRef(nb, peerId, today);

    for (const auto& [id, f] : nb.all<Fact>()) {
        if (f.peerId == peerId) card.facts.push_back(&f);
    }
    std::sort(card.facts.begin(), card.facts.end(), [](const Fact* a, const Fact* b) {
        if (a->category != b->category) return uint8_t(a->category) < uint8_t(b->category);
        return a->learnedOn.value_or(CivilDate()) > b->learnedOn.value_or(CivilDate());
    });
    for (const ComingUpDate& u : importantDatesOf(nb, peerId, today)) {
        if (u.daysAway < 30) card.upcomingDates.push_back(u);
    }
    card.interestMatches = suggestConnections(nb, peerId);
    for (const auto& [id, c] : nb.all<Connection>()) {
        if (c.peerId == peerId) card.connections.push_back(&c);
    }
    for (const auto& [id, b] : nb.all<BanterTopic>()) {
        if (b.peerId == peerId) card.banter.push_back(&b);
    }
    std::sort(card.banter.begin(), card.banter.end(), [](const BanterTopic* a, const BanterTopic* b) {
        if (a->lastUsed.has_value() != b->lastUsed.has_value()) return !a->lastUsed.has_value();
        return a->lastUsed && *a->lastUsed != *b->lastUsed ? *a->lastUsed < *b->lastUsed : a->id < b->id;
    });
    for (const auto& [id, c] : nb.all<Commitment>()) {
        if (c.peerId != peerId || !c.isOpen()) continue;
        (c.direction == CommitmentDirection::MeToThem ? card.iOwe : card.theyOwe).push_back(&c);
    }
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

    for (const auto& [id, r] : nb.all<Ritual>()) {
        const bool mine = std::find(r.participants.begin(), r.participants.end(), peerId) != r.participants.end();
        if (mine && r.nextDue && *r.nextDue <= today.addDays(14)) card.ritualsDue.push_back(&r);
    }
    for (const auto& [id, p] : nb.all<ExecPreview>()) {
        if (p.staffMeetingOn < today) continue;
        for (const PreviewPeer& pp : p.peers) {
            if (pp.peerId == peerId && pp.status == PreviewStatus::NotYet) card.previews.push_back(&p);
        }
    }
    for (const auto& [id, p] : nb.all<JointProject>()) {
        if (p.isActive() && std::find(p.peerIds.begin(), p.peerIds.end(), peerId) != p.peerIds.end()) {
            card.projects.push_back(&p);
        }
    }
    card.topics = suggestTopics(nb, peerId);
    return card;
}

}  // namespace rapport::reference
