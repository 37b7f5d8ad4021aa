// Recurrence of 1:1 series: cadence arithmetic, recommended cadence and weekday, and the occurrences a
// series' rule generates (with skipped and moved ones applied). Pure functions of the series.
#pragma once

#include <optional>
#include <vector>

#include "core/model/notebook.h"
#include "core/model/peer.h"
#include "core/model/series.h"
#include "core/model/settings.h"

namespace rapport {

// Cadence from interdependence: strong -> weekly, moderate -> bi-weekly, light -> monthly. A leadership-team
// member with light interdependence (the team is the only link) also gets monthly.
Cadence recommendedCadence(const Peer& p);
// Preferred weekday by relationship: direct reports and peers from the settings, others likewise.
Weekday preferredWeekday(const Peer& p, const Settings& s);

// Average 1:1s per week (monthly = 12/52) and the nominal gap in days (monthly = 30), for load and drift.
double meetingsPerWeek(const Cadence& c);
int32_t cadenceDays(const Cadence& c);
// One standard step more / less often (weekly <- bi-weekly <- monthly <- every 6+ weeks); nullopt when
// already weekly (more) or at every 52 weeks (less).
std::optional<Cadence> moreOften(const Cadence& c);
std::optional<Cadence> lessOften(const Cadence& c);
// "weekly", "bi-weekly", "monthly", "every 3 weeks".
std::string describe(const Cadence& c);

// The n-th (1..4) weekday of a month, or the last one when n is 5 or that weekday has no n-th.
CivilDate nthWeekdayOfMonth(int32_t year, int32_t month, Weekday w, int32_t n);

// The first occurrence of the current period: the series' weekday on or after its start.
CivilDate firstOccurrence(const OneOnOneSeries& s);
// Dates the rule generates in [from, to] (skips and moves not applied); none for an ended series.
std::vector<CivilDate> ruleOccurrences(const OneOnOneSeries& s, CivilDate from, CivilDate to);
// True when the rule generates this date.
bool isRuleOccurrence(const OneOnOneSeries& s, CivilDate date);

struct Occurrence {
    CivilDate date;      // when it happens
    CivilDate original;  // the rule's date (differs when moved)
    bool moved() const { return date != original; }
};
// Occurrences happening in [from, to], skips removed and moves applied, by date.
std::vector<Occurrence> occurrences(const OneOnOneSeries& s, CivilDate from, CivilDate to);
// The first occurrence on or after a date (within two years), if any.
std::optional<Occurrence> nextOccurrence(const OneOnOneSeries& s, CivilDate onOrAfter);

// A 1:1 with a peer in [from, to]: a meeting already recorded, or else an occurrence of one of the peer's
// active series. nullopt when there is none.
struct OneOnOneSlot {
    CivilDate date;
    EntityId seriesId = kNoId;
    EntityId meetingId = kNoId;  // kNoId: not prepared yet
};
std::optional<OneOnOneSlot> findOneOnOne(const Notebook& nb, EntityId peerId, CivilDate from, CivilDate to);

// True when the meeting's agenda has a pending item with this text (an item is added once).
bool isOnAgenda(const Meeting& m, const std::string& text);
// The peer's active 1:1 series (the first by id if older data has several), or nullptr.
const OneOnOneSeries* activeSeriesOf(const Notebook& nb, EntityId peerId);
// True when a 1:1 of the series was held on or after the start of its current period: changing its
// rhythm, time or length in place would then rewrite what happened (a change from a day on must start a
// new period instead, model/commands.h changeSeries).
bool heldInCurrentPeriod(const Notebook& nb, const OneOnOneSeries& s);
// The peer's 1:1 on a date (prepared or held), or nullptr.
const Meeting* meetingOn(const Notebook& nb, EntityId peerId, CivilDate date);
// Items the peer's last held 1:1 before `date` carried over that no later 1:1 of theirs lists yet (an
// ad-hoc 1:1 has no next meeting to copy them to when it is finished), as pending copies.
std::vector<AgendaItem> waitingCarryOver(const Notebook& nb, EntityId peerId, CivilDate date);

}  // namespace rapport
