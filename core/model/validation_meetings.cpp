// Field rules of 1:1 series, meetings and exec-staff previews, and of the notes around them (journal
// entries, logged contacts, settings, bank topics).
#include <set>

#include "core/model/checker.h"

namespace rapport {
namespace {

void checkCadence(Checker& c, const Cadence& k) {
    c.enumValue(k.kind, "cadence");
    if (k.kind == CadenceKind::EveryNWeeks) c.range(k.everyNWeeks, 1, 52, "cadence in weeks");
}

Status check(const OneOnOneSeries& s) {
    Checker c("1:1 series");
    c.required(s.peerId, "peer");
    checkCadence(c, s.cadence);
    c.enumValue(s.weekday, "weekday");
    c.range(s.durationMinutes, 5, 480, "duration in minutes");
    if (s.startMinutes) c.range(*s.startMinutes, 0, 24 * 60 - 1, "start time in minutes");
    c.date(s.start, "start");
    c.date(s.review, "review date");
    if (s.review <= s.start) c.fail("The series' review date must come after its start.");
    const CivilDate latest = s.start.addMonths(OneOnOneSeries::kMaxReviewMonths);
    if (s.review > latest) {
        c.fail("The series' review date " + s.review.toIso() + " is more than 3 months after its start; the latest is " +
               latest.toIso() + ".");
    }
    c.list(s.history, "review periods");
    for (const auto& h : s.history) {
        checkCadence(c, h.cadence);
        c.enumValue(h.decision, "review decision");
        c.date(h.start, "period start");
        c.date(h.review, "period review");
        c.date(h.decidedOn, "decision date");
        if (h.weekday) c.enumValue(*h.weekday, "period weekday");
        if (h.startMinutes) c.range(*h.startMinutes, 0, 24 * 60 - 1, "period start time in minutes");
        if (h.durationMinutes) c.range(*h.durationMinutes, 5, 480, "period duration in minutes");
    }
    c.list(s.changes, "skipped or moved occurrences");
    std::set<CivilDate> originals;
    for (const auto& ch : s.changes) {
        c.date(ch.original, "occurrence date");
        c.date(ch.movedTo, "new occurrence date");
        if (!originals.insert(ch.original).second) c.fail("One occurrence of the series is changed twice.");
    }
    return c.result();
}

Status check(const Meeting& m) {
    Checker c("1:1 meeting");
    c.required(m.peerId, "peer");
    c.date(m.date, "date");
    c.list(m.agenda, "agenda items");
    for (const auto& a : m.agenda) {
        c.nonEmpty(a.text, "agenda item");
        c.enumValue(a.trust, "agenda trust level");
        c.enumValue(a.kind, "agenda item kind");
        c.enumValue(a.status, "agenda item status");
    }
    c.text(m.notes, "notes");
    c.list(m.insights, "insights");
    for (const auto& i : m.insights) {
        c.text(i.believed, "insight");
        c.text(i.happened, "insight");
    }
    c.list(m.conflicts, "conflicts");
    for (const auto& x : m.conflicts) {
        c.nonEmpty(x.issue, "conflict issue");
        for (const auto* t : {&x.myPosition, &x.theirPosition, &x.resolution}) c.text(*t, "conflict");
        c.enumValue(x.status, "conflict status");
    }
    c.range(m.energy, 0, 5, "energy");
    c.shortText(m.mood, "mood");
    return c.result();
}

Status check(const ExecPreview& p) {
    Checker c("exec-staff preview");
    c.nonEmpty(p.proposal, "proposal");
    c.date(p.staffMeetingOn, "staff-meeting date");
    c.list(p.peers, "peers");
    std::vector<EntityId> ids;
    for (const auto& x : p.peers) {
        ids.push_back(x.peerId);
        c.enumValue(x.status, "preview status");
        c.enumValue(x.stance, "stance");
        c.text(x.feedback, "feedback");
    }
    c.distinct(ids, "peer");
    c.text(p.notes, "notes");
    return c.result();
}

Status check(const JournalEntry& j) {
    Checker c("journal entry");
    c.date(j.date, "date");
    c.text(j.prompt, "prompt");
    c.nonEmpty(j.text, "text");
    c.list(j.peerIds, "peers");
    c.distinct(j.peerIds, "peer");
    return c.result();
}

Status check(const Interaction& i) {
    Checker c("interaction");
    c.required(i.peerId, "peer");
    c.date(i.date, "date");
    c.enumValue(i.kind, "kind");
    c.text(i.note, "note");
    return c.result();
}

Status check(const Settings& s) {
    Checker c("settings");
    c.shortText(s.myName, "name");
    c.list(s.myInterests, "interests");
    for (const auto& i : s.myInterests) c.name(i, "interest");
    c.range(s.weeklyBudgetMinutes, 0, 7 * 24 * 60, "weekly 1:1 budget in minutes");
    c.enumValue(s.directReportWeekday, "weekday for direct reports");
    c.enumValue(s.peerWeekday, "weekday for peers");
    c.enumValue(s.otherWeekday, "weekday for others");
    c.range(s.driftGraceDays, 0, 365, "drift grace in days");
    c.range(s.defaultMeetingMinutes, 5, 480, "default 1:1 length in minutes");
    c.range(s.theme, 0, 2, "theme");
    c.range(s.fontSize, Settings::kMinFontSize, Settings::kMaxFontSize, "font size");
    c.range(s.directReportStartMinutes, 0, 24 * 60 - 1, "start of the direct reports' block");
    c.range(s.peerStartMinutes, 0, 24 * 60 - 1, "start of the peers' block");
    c.range(s.reminderDays, 1, 90, "days Coming up looks ahead");
    c.range(s.alarmMinutesBefore, 0, 24 * 60, "calendar alarm in minutes");
    c.list(s.dismissedReminders, "dismissed reminders");
    return c.result();
}

Status check(const FollowUp& f) {
    Checker c("follow-up");
    c.required(f.peerId, "peer");
    c.nonEmpty(f.text, "text");
    c.date(f.madeOn, "date made");
    c.date(f.due, "due date");
    if (f.due < f.madeOn) c.fail("The follow-up is due before it was made.");
    c.date(f.doneOn, "date done");
    if (f.doneOn && *f.doneOn < f.madeOn) c.fail("The follow-up is done before it was made.");
    return c.result();
}

Status check(const BankTopic& b) {
    Checker c("bank topic");
    c.nonEmpty(b.text, "text");
    if (b.text.size() > 400) c.fail("The bank topic is longer than 400 characters.");
    c.enumValue(b.trust, "trust level");
    c.enumValue(b.kind, "kind");
    return c.result();
}

}  // namespace

Status checkRest(const Entity& e) {
    return std::visit(
        [](const auto& x) -> Status {
            using T = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<T, OneOnOneSeries> || std::is_same_v<T, Meeting> ||
                          std::is_same_v<T, ExecPreview> || std::is_same_v<T, JournalEntry> ||
                          std::is_same_v<T, Interaction> || std::is_same_v<T, Settings> ||
                          std::is_same_v<T, BankTopic> || std::is_same_v<T, FollowUp>) {
                return check(x);
            } else {
                return {};
            }
        },
        e);
}

}  // namespace rapport
