// When each 1:1 series meets in the day: its own time, or laid out in its weekday block (direct reports'
// and peers' blocks start at the settings' times) one after another, so 1:1s on the same day never overlap.
#pragma once

#include <map>
#include <string>

#include "core/model/notebook.h"

namespace rapport {

struct SeriesTime {
    int32_t startMinutes = 0;  // minute of the day
    int32_t durationMinutes = 30;
    bool laidOut = false;      // true when the series has no time of its own
};

// The start of the weekday block the peer's 1:1s go into (direct reports' or everyone else's).
int32_t blockStartMinutes(const Notebook& nb, EntityId peerId);
// The time of every active series of a non-archived peer. Series with their own time keep it; the others,
// oldest first (start, then id), take the first gap in their block after the 1:1s already placed on that
// weekday. Ended series get their own time or their block's start.
std::map<EntityId, SeriesTime> seriesTimes(const Notebook& nb);
// One series' time (as seriesTimes gives it).
SeriesTime seriesTime(const Notebook& nb, const OneOnOneSeries& s);
// "14:00".
std::string clockText(int32_t minutes);
// "14:00-14:30".
std::string timeRangeText(const SeriesTime& t);

// What one finished period of a series (index into its history) was, in words: "weekly on Thursdays,
// 14:00-14:30 (changed)". Periods saved before they kept a weekday, time or length read the series' own.
// Its boundaries are history[index].start and periodEnd().
std::string periodText(const Notebook& nb, const OneOnOneSeries& s, size_t index);
// The last day of a finished period: the day before the next one started, or the day it was ended.
CivilDate periodEnd(const OneOnOneSeries& s, size_t index);

}  // namespace rapport
