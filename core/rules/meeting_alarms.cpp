// Desktop alarms for 1:1s: the occurrences of the next two days, measured in minutes from now.
#include "core/rules/meeting_alarms.h"

#include <algorithm>
#include <utility>

#include "core/model/recurrence.h"
#include "core/rules/live_meeting.h"
#include "core/rules/series_layout.h"

namespace rapport {
namespace {

constexpr int32_t kMinutesPerDay = 24 * 60;
// The setting goes up to a day, so a 1:1 just after midnight tomorrow can be due today: two days ahead.
constexpr int32_t kDaysAhead = 2;

struct Upcoming {
    const OneOnOneSeries* series;
    CivilDate date;
    SeriesTime time;
    int32_t minutesAway;  // from now to its start
};

// Every occurrence from today to kDaysAhead days on that has not started yet and is not held already.
std::vector<Upcoming> upcoming(const Notebook& nb, LocalTime now) {
    std::vector<Upcoming> out;
    const auto times = seriesTimes(nb);
    for (const auto& [id, s] : nb.all<OneOnOneSeries>()) {
        const Peer* p = nb.findPeer(s.peerId);
        if (!s.active || !p || p->archived) continue;
        const auto at = times.find(id);
        if (at == times.end()) continue;
        for (const Occurrence& o : occurrences(s, now.date, now.date.addDays(kDaysAhead))) {
            const int32_t away = (o.date.dayNumber() - now.date.dayNumber()) * kMinutesPerDay + at->second.startMinutes - now.minute;
            if (away <= 0) continue;  // started already: too late to remind
            const Meeting* m = meetingOn(nb, s.peerId, o.date);
            if (m && m->held) continue;
            out.push_back({&s, o.date, at->second, away});
        }
    }
    // Soonest first; 1:1s at the same time by the peer's name, as the user would list them.
    std::sort(out.begin(), out.end(), [&](const Upcoming& a, const Upcoming& b) {
        if (a.minutesAway != b.minutesAway) return a.minutesAway < b.minutesAway;
        return std::make_pair(nb.findPeer(a.series->peerId)->name, a.series->id) <
               std::make_pair(nb.findPeer(b.series->peerId)->name, b.series->id);
    });
    return out;
}

// The first carried-over or planned item still open on that day's 1:1, else the first item waiting to
// be carried over into it; empty when there is none.
std::string firstAgendaItem(const Notebook& nb, EntityId peerId, CivilDate date) {
    if (const Meeting* m = meetingOn(nb, peerId, date)) {
        for (const LiveAgendaEntry& e : liveAgenda(nb, m->id, 0)) {
            if (e.status == AgendaStatus::Pending) return e.text;
        }
    }
    const auto waiting = waitingCarryOver(nb, peerId, date);
    return waiting.empty() ? std::string() : waiting.front().text;
}

std::string peerName(const Notebook& nb, EntityId peerId) {
    const Peer* p = nb.findPeer(peerId);
    return p ? p->name : "a peer";
}

}  // namespace

std::string alarmKey(EntityId seriesId, CivilDate date) { return "1on1:" + std::to_string(seriesId) + ":" + date.toIso(); }

std::vector<MeetingAlarm> dueMeetingAlarms(const Notebook& nb, LocalTime now, const std::set<std::string>& alreadyShown) {
    std::vector<MeetingAlarm> out;
    const int32_t before = nb.settings().alarmMinutesBefore;
    for (const Upcoming& u : upcoming(nb, now)) {
        if (u.minutesAway > before) break;  // sorted: the rest are later
        MeetingAlarm a;
        a.key = alarmKey(u.series->id, u.date);
        if (alreadyShown.count(a.key)) continue;
        a.seriesId = u.series->id;
        a.peerId = u.series->peerId;
        a.date = u.date;
        a.startMinutes = u.time.startMinutes;
        a.minutesAway = u.minutesAway;
        a.title = "1:1 with " + peerName(nb, a.peerId) + " in " + std::to_string(u.minutesAway) +
                  (u.minutesAway == 1 ? " minute" : " minutes");
        a.body = timeRangeText(u.time);
        const std::string first = firstAgendaItem(nb, a.peerId, u.date);
        if (!first.empty()) a.body += " \xC2\xB7 First: " + first;
        out.push_back(std::move(a));
    }
    return out;
}

std::optional<int32_t> minutesUntilNextAlarm(const Notebook& nb, LocalTime now, const std::set<std::string>& alreadyShown) {
    const int32_t before = nb.settings().alarmMinutesBefore;
    if (before <= 0) return std::nullopt;
    std::optional<int32_t> next;
    for (const Upcoming& u : upcoming(nb, now)) {
        const int32_t due = u.minutesAway - before;  // minutes until it is `before` minutes away
        if (due < 1 || (next && due >= *next) || alreadyShown.count(alarmKey(u.series->id, u.date))) continue;
        next = due;
    }
    return next;
}

}  // namespace rapport
