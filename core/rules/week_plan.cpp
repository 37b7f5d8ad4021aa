// Week plan assembly: each source contributes items to its day, in kind order (series reviews, found
// with the 1:1s, are added last), so no day needs sorting.
#include "core/rules/week_plan.h"

#include <algorithm>
#include <initializer_list>
#include <string_view>
#include <tuple>

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

// The parts joined with one allocation: a large week has thousands of these texts.
std::string join(std::initializer_list<std::string_view> parts) {
    size_t size = 0;
    for (std::string_view part : parts) size += part.size();
    std::string out;
    out.reserve(size);
    for (std::string_view part : parts) out.append(part.data(), part.size());
    return out;
}

}  // namespace

WeekPlan weekPlan(const Notebook& nb, CivilDate anyDay) {
    WeekPlan plan;
    plan.monday = anyDay.mondayOfWeek();
    const CivilDate sunday = plan.monday.addDays(6);
    for (int i = 0; i < 7; ++i) plan.days[size_t(i)].date = plan.monday.addDays(i);
    auto add = [&](PlanItem item) { plan.days[size_t(plan.monday.daysUntil(item.date))].items.push_back(std::move(item)); };
    auto inWeek = [&](CivilDate d) { return d >= plan.monday && d <= sunday; };

    const NotebookIndex& index = nb.rulesIndex();
    const int32_t from = plan.monday.dayNumber(), to = sunday.dayNumber();

    // 1:1s: prepared meetings, then occurrences that have no meeting yet. The week's meetings come from
    // the date index; they are listed peer by peer (id order), as the plan always has.
    struct WeekMeeting {
        EntityId peerId;
        int32_t day;
        EntityId meetingId;
        const MeetingDay* meeting;
    };
    std::vector<WeekMeeting> week;
    for (int32_t day = from; day <= to; ++day) {
        if (const std::vector<MeetingDay>* meetings = index.meetingsOn(day)) {
            for (const MeetingDay& m : *meetings) {
                if (m.peerId != kNoId) week.push_back({m.peerId, day, m.meetingId, &m});
            }
        }
    }
    std::sort(week.begin(), week.end(), [](const WeekMeeting& a, const WeekMeeting& b) {
        return std::tie(a.peerId, a.day, a.meetingId) < std::tie(b.peerId, b.day, b.meetingId);
    });
    std::vector<std::pair<EntityId, int32_t>> covered;  // (series, day) with a meeting
    const int32_t defaultMinutes = nb.settings().defaultMeetingMinutes;
    const Peer* peer = nullptr;
    for (const WeekMeeting& w : week) {
        if (!peer || peer->id != w.peerId) peer = nb.findPeer(w.peerId);
        if (!peer || peer->archived) continue;
        const MeetingDay& m = *w.meeting;
        int32_t minutes = defaultMinutes;
        if (const OneOnOneSeries* s = nb.findSeries(m.seriesId)) minutes = s->durationMinutes;
        add({PlanItemKind::OneOnOne, CivilDate::fromDayNumber(w.day), w.peerId, m.seriesId, w.meetingId,
             join({"1:1 with ", peer->name, " (", std::to_string(minutes), " min)", m.held ? ", held" : ""})});
        if (m.seriesId != kNoId) covered.push_back({m.seriesId, w.day});
    }
    std::sort(covered.begin(), covered.end());
    std::vector<PlanItem> reviews;  // kind SeriesReview comes last in a day
    for (const auto& [id, s] : nb.all<OneOnOneSeries>()) {
        if (!s.active || !index.isActivePeer(s.peerId)) continue;
        auto addOccurrence = [&, id = id, &s = s](const Occurrence& o) {
            if (std::binary_search(covered.begin(), covered.end(), std::make_pair(id, o.date.dayNumber()))) return;
            std::string text = "1:1 with " + nameOf(nb, s.peerId) + " (" + std::to_string(s.durationMinutes) + " min)";
            if (o.moved()) text += ", moved from " + o.original.toIso();
            add({PlanItemKind::OneOnOne, o.date, s.peerId, id, kNoId, text});
        };
        if (s.changes.empty() && s.cadence.kind != CadenceKind::Monthly) {
            // A rhythm of whole weeks with nothing skipped or moved meets at most once in seven days: the
            // date is found by arithmetic (as ruleOccurrences steps), with no lists built per series.
            const CivilDate first = firstOccurrence(s);
            const int32_t step = std::max(7, cadenceDays(s.cadence));
            const int32_t k = plan.monday > first ? (first.daysUntil(plan.monday) + step - 1) / step : 0;
            const CivilDate date = first.addDays(k * step);
            if (date <= sunday) addOccurrence(Occurrence{date, date});
        } else {
            for (const Occurrence& o : occurrences(s, plan.monday, sunday)) addOccurrence(o);
        }
        if (inWeek(s.review)) {
            reviews.push_back({PlanItemKind::SeriesReview, s.review, s.peerId, id, kNoId, "Review 1:1s with " + nameOf(nb, s.peerId)});
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
    // Open commitments due this week, from the due-date index (by day, then id as before).
    const DayKeyedIds& due = index.openCommitmentsByDue();
    for (auto it = due.lower_bound({from, 0}); it != due.end() && it->first <= to; ++it) {
        const Commitment* c = nb.findCommitment(it->second);
        if (!c || !c->isOpen() || !c->due || !inWeek(*c->due)) continue;
        const Peer* p = nb.findPeer(c->peerId);
        if (!p || p->archived) continue;
        add({PlanItemKind::CommitmentDue, *c->due, c->peerId, c->id, kNoId,
             c->direction == CommitmentDirection::MeToThem ? join({"I owe ", p->name, ": ", c->text})
                                                           : join({p->name, " owes me: ", c->text})});
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
    for (PlanItem& item : reviews) add(std::move(item));
    LoadStatus load = loadStatus(nb);
    if (load.overBudget) plan.warnings.insert(plan.warnings.begin(), load.warning);
    return plan;
}

}  // namespace rapport
