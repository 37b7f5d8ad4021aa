// Important dates coming up: each with its next occurrence, how far away it is, and the age or years when
// the year is known, in the words the screens show ("Birthday: 9 Dec, in 9 days, turns 47").
#pragma once

#include <string>
#include <vector>

#include "core/model/important_dates.h"
#include "core/model/notebook.h"

namespace rapport {

// How far ahead This week looks for important dates.
constexpr int32_t kComingUpDays = 14;

struct ComingUpDate {
    const Fact* fact = nullptr;
    EntityId peerId = kNoId;
    ImportantDateKind kind = ImportantDateKind::Custom;
    CivilDate date;          // the next occurrence on or after today (29 Feb falls on 28 Feb in common years)
    int32_t daysAway = 0;
    int32_t years = 0;       // age reached / years marked that day; 0 when the year is unknown
};

// Important dates of non-archived peers whose next occurrence is within `days` of today (today included),
// soonest first. Pointers stay valid until the notebook next changes.
std::vector<ComingUpDate> importantDatesComingUp(const Notebook& nb, CivilDate today, int32_t days = kComingUpDays);
// Every important date of one peer, soonest next occurrence first.
std::vector<ComingUpDate> importantDatesOf(const Notebook& nb, EntityId peerId, CivilDate today);

// "Birthday: 9 Dec, in 9 days, turns 47" / "Work anniversary: today, 5 years". With `peerName`, the
// label says whose it is: "Maria Chen's birthday: ...", "Léa's birthday (Maria Chen): ...".
std::string describeImportantDate(const ComingUpDate& d, const std::string& peerName = {});

// The reminder This week offers to note as a commitment to myself for that day: "Wish Maria a happy
// birthday", "Ask Maria how Léa's birthday went", "Congratulate Omar on the work anniversary".
std::string congratulationText(const ComingUpDate& d, const std::string& peerName);
// True when that reminder is already noted (an open commitment of mine to the peer with that text), so a
// second click shows "Noted" instead of adding it twice.
bool congratulationNoted(const Notebook& nb, const ComingUpDate& d, const std::string& peerName);

}  // namespace rapport
