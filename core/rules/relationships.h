// Relationship health queries: last interaction (derived, never typed), drifting relationships, series due
// for review, upcoming important dates. Pure functions of the notebook and a date.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/model/notebook.h"

namespace rapport {

// The latest contact with a peer on or before `today`: a logged interaction, a held 1:1, or a ritual done
// with them. nullopt when nothing was logged.
std::optional<CivilDate> lastInteraction(const Notebook& nb, EntityId peerId, CivilDate today);

// The gap allowed before a relationship drifts: the shortest active series' cadence (else the recommended
// cadence) plus the settings' grace days.
int32_t allowedGapDays(const Notebook& nb, const Peer& p);

struct Drift {
    EntityId peerId = kNoId;
    CivilDate since;          // last interaction, or the date we met when nothing was logged
    bool neverLogged = false; // `since` is the date we met
    int32_t daysSince = 0;
    int32_t allowedDays = 0;
};
// Non-archived peers with no contact for longer than allowedGapDays, longest overdue first. Peers with
// neither a logged contact nor a date we met are left out (nothing to measure from).
std::vector<Drift> driftingPeers(const Notebook& nb, CivilDate today);
// How long it has been, in the words This week shows: "15 days since last contact", or for a peer never
// contacted "no contact yet (met 121 days ago)", never "121 days since" as if they had been.
std::string driftText(const Drift& drift);

struct ReviewDue {
    EntityId seriesId = kNoId;
    EntityId peerId = kNoId;
    CivilDate review;
    int32_t daysOverdue = 0;  // 0 on the review date itself
};
// Active series whose review date is on or before today (due for re-evaluation), most overdue first.
std::vector<ReviewDue> seriesDueForReview(const Notebook& nb, CivilDate today);

// The next date on or after `from` when an annual date recurs; Feb 29 falls on Feb 28 in common years.
CivilDate nextAnnualOccurrence(const AnnualDate& d, CivilDate from);

struct UpcomingDate {
    EntityId factId = kNoId;
    EntityId peerId = kNoId;
    CivilDate date;
    int32_t turns = 0;  // age/anniversary reached that day when the year is known, else 0
};
// Important dates of non-archived peers in [from, from + days), by date.
std::vector<UpcomingDate> upcomingImportantDates(const Notebook& nb, CivilDate from, int32_t days);

}  // namespace rapport
