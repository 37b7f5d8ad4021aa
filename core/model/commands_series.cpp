// Command builders for 1:1 series (start, review decisions, skip/move occurrences) and 1:1 meetings
// (agenda, finishing with carry-over of undiscussed items).
#include "core/model/command_util.h"
#include "core/model/commands.h"
#include "core/model/recurrence.h"

#include <algorithm>
#include <limits>

namespace rapport {

using detail::existing;
using detail::peerName;
using detail::shortened;
using detail::single;

Result<Command> addSeries(const Notebook& nb, IdSource& ids, EntityId peerId, CivilDate start,
                          std::optional<Cadence> cadence, std::optional<Weekday> weekday,
                          std::optional<int32_t> durationMinutes) {
    auto p = existing<Peer>(nb, peerId);
    if (!p) return p.error();
    if (p.value().archived) return makeError("Restore " + p.value().name + " before starting 1:1s.");
    if (const OneOnOneSeries* running = activeSeriesOf(nb, peerId)) {
        return makeError(p.value().name + " already has a regular 1:1 (" + describe(running->cadence) + ").");
    }
    OneOnOneSeries s;
    s.id = ids.next();
    s.peerId = peerId;
    s.cadence = cadence ? *cadence : recommendedCadence(p.value());
    s.weekday = weekday ? *weekday : preferredWeekday(p.value(), nb.settings());
    s.durationMinutes = durationMinutes ? *durationMinutes : nb.settings().defaultMeetingMinutes;
    s.start = start;
    s.review = start.addMonths(OneOnOneSeries::kMaxReviewMonths);
    return single(nb, "Started regular 1:1s with " + p.value().name, std::nullopt, s);
}

Result<Command> setSeriesReview(const Notebook& nb, EntityId seriesId, CivilDate review) {
    auto s = existing<OneOnOneSeries>(nb, seriesId);
    if (!s) return s.error();
    OneOnOneSeries after = s.value();
    after.review = review;
    return single(nb, "Set the review of 1:1s with " + peerName(nb, after.peerId), s.value(), after);
}

Result<Command> decideSeriesReview(const Notebook& nb, EntityId seriesId, ReviewDecision decision, CivilDate date) {
    auto s = existing<OneOnOneSeries>(nb, seriesId);
    if (!s) return s.error();
    const OneOnOneSeries& before = s.value();
    if (!before.active) return makeError("This 1:1 series has ended.");
    if (date < before.start) return makeError("The decision is dated before the current period started.");
    if (!isValid(decision)) return makeError("Unknown review decision.");
    OneOnOneSeries after = before;
    after.history.push_back(SeriesPeriod{before.start, before.review, before.cadence, decision, date, before.weekday,
                                         before.startMinutes, before.durationMinutes});
    if (decision == ReviewDecision::End) {
        after.active = false;
    } else {
        std::optional<Cadence> next = decision == ReviewDecision::MoreOften ? moreOften(before.cadence)
                                      : decision == ReviewDecision::LessOften ? lessOften(before.cadence)
                                                                              : before.cadence;
        if (!next) {
            return makeError(std::string("The series is already ") + describe(before.cadence) + "; it cannot meet " +
                             label(decision) + ".");
        }
        // The new period keeps the rhythm: it starts at the old rule's next occurrence.
        auto occ = nextOccurrence(before, date);
        after.start = occ ? occ->original : date;
        after.cadence = *next;
        after.review = after.start.addMonths(OneOnOneSeries::kMaxReviewMonths);
    }
    return single(nb, "Reviewed 1:1s with " + peerName(nb, before.peerId) + ": " + label(decision), before, after);
}

Result<Command> skipOccurrence(const Notebook& nb, EntityId seriesId, CivilDate date) {
    auto s = existing<OneOnOneSeries>(nb, seriesId);
    if (!s) return s.error();
    OneOnOneSeries after = s.value();
    if (!isRuleOccurrence(after, date)) return makeError("There is no 1:1 of this series on " + date.toIso() + ".");
    auto it = std::find_if(after.changes.begin(), after.changes.end(), [&](const auto& c) { return c.original == date; });
    if (it != after.changes.end()) return makeError("The 1:1 of " + date.toIso() + " is already skipped or moved.");
    after.changes.push_back(OccurrenceChange{date, std::nullopt});
    return single(nb, "Skipped the 1:1 with " + peerName(nb, after.peerId) + " on " + date.toIso(), s.value(), after);
}

Result<Command> rescheduleOccurrence(const Notebook& nb, EntityId seriesId, CivilDate original, CivilDate newDate) {
    auto s = existing<OneOnOneSeries>(nb, seriesId);
    if (!s) return s.error();
    OneOnOneSeries after = s.value();
    if (!isRuleOccurrence(after, original)) {
        return makeError("There is no 1:1 of this series on " + original.toIso() + ".");
    }
    for (const Occurrence& o : occurrences(after, newDate, newDate)) {
        if (o.original != original) return makeError("The series already has a 1:1 on " + newDate.toIso() + ".");
    }
    auto it = std::find_if(after.changes.begin(), after.changes.end(),
                           [&](const auto& c) { return c.original == original; });
    if (it != after.changes.end()) it->movedTo = newDate;
    else after.changes.push_back(OccurrenceChange{original, newDate});
    return single(nb, "Moved the 1:1 with " + peerName(nb, after.peerId) + " to " + newDate.toIso(), s.value(), after);
}

Result<Command> addMeeting(const Notebook& nb, IdSource& ids, EntityId peerId, CivilDate date, EntityId seriesId) {
    // A 1:1 held outside the rule still belongs to the peer's series, so carry-over finds the next one.
    if (seriesId == kNoId) {
        if (const OneOnOneSeries* running = activeSeriesOf(nb, peerId)) seriesId = running->id;
    }
    if (seriesId != kNoId) {
        auto s = existing<OneOnOneSeries>(nb, seriesId);
        if (!s) return s.error();
        if (peerId == kNoId) peerId = s.value().peerId;
        if (s.value().peerId != peerId) return makeError("That 1:1 series is with another peer.");
        const DatedIds& onDay = nb.meetingsOfSeries(seriesId);
        auto it = onDay.lower_bound({date.dayNumber(), 0});
        if (it != onDay.end() && it->first == date.dayNumber()) {
            return makeError("The series already has a meeting on " + date.toIso() + ".");
        }
    }
    Meeting m;
    m.id = ids.next();
    m.seriesId = seriesId;
    m.peerId = peerId;
    m.date = date;
    m.agenda = waitingCarryOver(nb, peerId, date);  // what the last 1:1 left for the next one
    return single(nb, "Prepared the 1:1 with " + peerName(nb, peerId) + " on " + date.toIso(), std::nullopt, m);
}

Result<Command> addAgendaItem(const Notebook& nb, EntityId meetingId, std::string text, TrustTier trust,
                              AgendaKind kind) {
    auto m = existing<Meeting>(nb, meetingId);
    if (!m) return m.error();
    if (isOnAgenda(m.value(), text)) return makeError("\"" + shortened(text) + "\" is already on this agenda.");
    Meeting after = m.value();
    after.agenda.push_back(AgendaItem{std::move(text), trust, kind, AgendaStatus::Pending, kNoId, kNoId});
    return single(nb, "Added \"" + shortened(after.agenda.back().text) + "\" to the agenda", m.value(), after);
}

Result<Command> setAgendaItemStatus(const Notebook& nb, EntityId meetingId, size_t index, AgendaStatus status) {
    auto m = existing<Meeting>(nb, meetingId);
    if (!m) return m.error();
    Meeting after = m.value();
    if (index >= after.agenda.size()) return makeError("No such agenda item.");
    after.agenda[index].status = status;
    return single(nb, "Marked \"" + shortened(after.agenda[index].text) + "\" " + label(status), m.value(), after);
}

Result<Command> finishMeeting(const Notebook& nb, IdSource& ids, EntityId meetingId, std::optional<CivilDate> heldOn) {
    auto m = existing<Meeting>(nb, meetingId);
    if (!m) return m.error();
    if (m.value().held) return makeError("This 1:1 is already marked held.");
    Meeting done = m.value();
    done.held = true;
    const OneOnOneSeries* series = nb.findSeries(done.seriesId);
    std::optional<OneOnOneSeries> movedSeries;  // the series with the occurrence moved to heldOn
    if (heldOn && *heldOn != done.date) {
        if (series) {
            const Meeting* other = meetingOn(nb, done.peerId, *heldOn);
            if (other && other->seriesId == series->id) {
                return makeError("The series already has a 1:1 on " + heldOn->toIso() + ".");
            }
            OneOnOneSeries after = *series;
            auto it = std::find_if(after.changes.begin(), after.changes.end(),
                                   [&](const auto& c) { return c.movedTo == done.date || c.original == done.date; });
            if (it != after.changes.end()) it->movedTo = *heldOn;
            else if (isRuleOccurrence(after, done.date)) after.changes.push_back(OccurrenceChange{done.date, *heldOn});
            if (!(after == *series)) movedSeries = after;
        }
        done.date = *heldOn;
    }
    std::vector<AgendaItem> carried;
    for (AgendaItem& a : done.agenda) {
        if (a.status == AgendaStatus::Pending || a.status == AgendaStatus::CarriedOver) {
            a.status = AgendaStatus::CarriedOver;
            AgendaItem copy = a;
            copy.status = AgendaStatus::Pending;
            copy.carriedFrom = done.id;
            carried.push_back(copy);
        }
    }
    Command cmd{"Finished the 1:1 with " + peerName(nb, done.peerId), {EntityChange{m.value(), done}}};
    if (movedSeries) {
        cmd.changes.push_back(EntityChange{*series, *movedSeries});
        series = &*movedSeries;
    }
    if (!carried.empty() && series) {
        // The series' next meeting after this one: the one already prepared, or a new one at the next occurrence.
        const DatedIds& list = nb.meetingsOfSeries(series->id);
        auto it = list.upper_bound({done.date.dayNumber(), std::numeric_limits<EntityId>::max()});
        if (it != list.end() && it->second == done.id) ++it;  // held early: it is still listed at its old date
        if (it != list.end()) {
            Meeting next = *nb.findMeeting(it->second);
            Meeting nextAfter = next;
            nextAfter.agenda.insert(nextAfter.agenda.begin(), carried.begin(), carried.end());
            cmd.changes.push_back(EntityChange{next, nextAfter});
        } else if (auto occ = nextOccurrence(*series, done.date.addDays(1))) {
            Meeting next;
            next.id = ids.next();
            next.seriesId = series->id;
            next.peerId = series->peerId;
            next.date = occ->date;
            next.agenda = carried;
            cmd.changes.push_back(EntityChange{std::nullopt, next});
        }
    }
    if (Status s = detail::precheck(nb, cmd); !s) return s.error();
    return cmd;
}

}  // namespace rapport
