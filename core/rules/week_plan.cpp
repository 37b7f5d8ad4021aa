// Week plan assembly: each source contributes items to its day; days are then sorted by kind.
#include "core/rules/week_plan.h"

#include <algorithm>
#include <set>

#include "core/model/recurrence.h"
#include "core/rules/load_guard.h"
#include "core/rules/previews.h"
#include "core/rules/relationships.h"

namespace rapport {
namespace {

bool activePeer(const Notebook& nb, EntityId peerId) {
    const Peer* p = nb.findPeer(peerId);
    return p && !p->archived;
}

std::string nameOf(const Notebook& nb, EntityId peerId) {
    const Peer* p = nb.findPeer(peerId);
    return p ? p->name : std::string("?");
}

}  // namespace

WeekPlan weekPlan(const Notebook& nb, CivilDate anyDay) {
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
    for (const UpcomingDate& u : upcomingImportantDates(nb, plan.monday, 7)) {
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
        for (const PreviewPeerPlan& pp : previewPlan(nb, id)) {
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
    LoadStatus load = loadStatus(nb);
    if (load.overBudget) plan.warnings.insert(plan.warnings.begin(), load.warning);
    return plan;
}

}  // namespace rapport
