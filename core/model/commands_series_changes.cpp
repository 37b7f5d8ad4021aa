// Changing a running 1:1 series at any time: cadence, weekday, time or length from a day on (a new period,
// the old one kept in the history), and ending it before its review.
#include "core/model/command_util.h"
#include "core/model/commands.h"
#include "core/model/recurrence.h"

#include <cstdio>

namespace rapport {

using detail::existing;
using detail::peerName;
using detail::single;

namespace {

std::string clock(int32_t minutes) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d:%02d", int(minutes / 60 % 24), int(minutes % 60));
    return buf;
}

// "monthly", "on Tuesdays, at 10:00, 45 min": what the change sets, for the Undo label.
std::string whatChanged(const OneOnOneSeries& before, const SeriesChange& c) {
    std::string out;
    auto add = [&](const std::string& part) { out += (out.empty() ? "" : ", ") + part; };
    if (c.cadence && *c.cadence != before.cadence) add(describe(*c.cadence));
    if (c.weekday && *c.weekday != before.weekday) add(std::string("on ") + weekdayName(*c.weekday) + "s");
    if (c.startMinutes && c.startMinutes != before.startMinutes) add("at " + clock(*c.startMinutes));
    if (c.durationMinutes && *c.durationMinutes != before.durationMinutes) add(std::to_string(*c.durationMinutes) + " min");
    return out;
}

SeriesPeriod closedPeriod(const OneOnOneSeries& s, ReviewDecision decision, CivilDate date) {
    return SeriesPeriod{s.start, s.review, s.cadence, decision, date, s.weekday, s.startMinutes, s.durationMinutes};
}

}  // namespace

Result<Command> changeSeries(const Notebook& nb, EntityId seriesId, const SeriesChange& change, CivilDate from) {
    auto s = existing<OneOnOneSeries>(nb, seriesId);
    if (!s) return s.error();
    const OneOnOneSeries& before = s.value();
    if (!before.active) return makeError("This 1:1 series has ended; start a new one instead.");
    if (from < before.start) return makeError("A change cannot start before the current period (" + before.start.toIso() + ").");
    const std::string what = whatChanged(before, change);
    if (what.empty()) return makeError("The 1:1s with " + peerName(nb, before.peerId) + " are already like that.");
    OneOnOneSeries after = before;
    after.history.push_back(closedPeriod(before, ReviewDecision::Changed, from));
    if (!before.startMinutes) after.history.back().startMinutes = change.laidOutMinutes;
    if (change.cadence) after.cadence = *change.cadence;
    if (change.weekday) after.weekday = *change.weekday;
    if (change.startMinutes) after.startMinutes = *change.startMinutes;
    if (change.durationMinutes) after.durationMinutes = *change.durationMinutes;
    const bool newRhythm = after.cadence != before.cadence || after.weekday != before.weekday;
    if (newRhythm) {
        after.start = from;
        after.review = from.addMonths(OneOnOneSeries::kMaxReviewMonths);
    } else {
        // Same rhythm: the new period starts at the old rule's next occurrence and keeps the review.
        auto occ = nextOccurrence(before, from);
        after.start = occ ? occ->original : from;
        if (after.review <= after.start) after.review = after.start.addMonths(OneOnOneSeries::kMaxReviewMonths);
    }
    return single(nb, "Changed the 1:1s with " + peerName(nb, before.peerId) + ": " + what, before, after);
}

Result<Command> endSeries(const Notebook& nb, EntityId seriesId, CivilDate date) {
    auto s = existing<OneOnOneSeries>(nb, seriesId);
    if (!s) return s.error();
    const OneOnOneSeries& before = s.value();
    if (!before.active) return makeError("The 1:1s with " + peerName(nb, before.peerId) + " have already ended.");
    if (date < before.start) return makeError("The series cannot end before its current period (" + before.start.toIso() + ").");
    OneOnOneSeries after = before;
    after.history.push_back(closedPeriod(before, ReviewDecision::End, date));
    after.active = false;
    return single(nb, "Ended the 1:1s with " + peerName(nb, before.peerId), before, after);
}

}  // namespace rapport
