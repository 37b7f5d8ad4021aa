// Desktop alarms for 1:1s: which occurrences of the running series start within the settings'
// alarmMinutesBefore, so the app can show one native notification per occurrence while it runs.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/model/notebook.h"

namespace rapport {

// The user's wall clock to the minute (the core has no time zone: the platform supplies local time).
struct LocalTime {
    CivilDate date;
    int32_t minute = 0;  // minute of the day, 0..1439
};

struct MeetingAlarm {
    std::string key;  // alarmKey(): one alarm per occurrence
    EntityId seriesId = kNoId;
    EntityId peerId = kNoId;
    CivilDate date;             // the day it happens (a moved occurrence: its new day)
    int32_t startMinutes = 0;   // the series' time (its own, or laid out in its block)
    int32_t minutesAway = 0;    // 1..alarmMinutesBefore
    std::string title;          // "1:1 with Maria Chen in 10 minutes"
    std::string body;           // "14:00-14:30 · First: Q1 budget" (the first carried-over or planned item)
};

// "1on1:<series id>:<YYYY-MM-DD>": the occurrence an alarm is about (its new day when moved).
std::string alarmKey(EntityId seriesId, CivilDate date);

// The 1:1s that start in (now, now + alarmMinutesBefore] and whose key is not in `alreadyShown`: running
// series of peers not archived, skipped occurrences left out, moved ones at their new day, none whose
// meeting that day is already held. Soonest first (the same time: by the peer's name). None when
// alarmMinutesBefore is 0.
std::vector<MeetingAlarm> dueMeetingAlarms(const Notebook& nb, LocalTime now, const std::set<std::string>& alreadyShown);

// In how many minutes (at least 1) the next alarm not in `alreadyShown` falls due, looking two days
// ahead; nullopt when no 1:1 is that close. The app sleeps until then instead of checking every frame.
std::optional<int32_t> minutesUntilNextAlarm(const Notebook& nb, LocalTime now,
                                             const std::set<std::string>& alreadyShown = {});

}  // namespace rapport
