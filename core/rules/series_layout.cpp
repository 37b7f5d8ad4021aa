// Laying out the series of a weekday one after another within its block.
#include "core/rules/series_layout.h"

#include "core/model/recurrence.h"

#include <algorithm>
#include <cstdio>
#include <vector>

namespace rapport {

int32_t blockStartMinutes(const Notebook& nb, EntityId peerId) {
    const Peer* p = nb.findPeer(peerId);
    const Settings& s = nb.settings();
    return p && p->relationship == RelationshipKind::DirectReport ? s.directReportStartMinutes : s.peerStartMinutes;
}

std::map<EntityId, SeriesTime> seriesTimes(const Notebook& nb) {
    std::map<EntityId, SeriesTime> out;
    struct Busy {
        int32_t from, to;
    };
    std::map<Weekday, std::vector<Busy>> busy;
    std::vector<const OneOnOneSeries*> toPlace;
    for (const auto& [id, s] : nb.all<OneOnOneSeries>()) {
        const Peer* p = nb.findPeer(s.peerId);
        const bool running = s.active && p && !p->archived;
        if (s.startMinutes || !running) {
            out[id] = SeriesTime{s.startMinutes.value_or(blockStartMinutes(nb, s.peerId)), s.durationMinutes, false};
            if (running) busy[s.weekday].push_back({*s.startMinutes, *s.startMinutes + s.durationMinutes});
        } else {
            toPlace.push_back(&s);
        }
    }
    std::sort(toPlace.begin(), toPlace.end(), [](const OneOnOneSeries* a, const OneOnOneSeries* b) {
        return a->start != b->start ? a->start < b->start : a->id < b->id;
    });
    for (const OneOnOneSeries* s : toPlace) {
        std::vector<Busy>& day = busy[s->weekday];
        int32_t at = blockStartMinutes(nb, s->peerId);
        // Move past every 1:1 it would overlap until it fits (the list is small: one weekday's 1:1s).
        for (bool moved = true; moved;) {
            moved = false;
            for (const Busy& b : day) {
                if (at < b.to && b.from < at + s->durationMinutes) {
                    at = b.to;
                    moved = true;
                }
            }
        }
        at = std::min(at, 24 * 60 - s->durationMinutes);  // a day that full keeps the last slot
        day.push_back({at, at + s->durationMinutes});
        out[s->id] = SeriesTime{at, s->durationMinutes, true};
    }
    return out;
}

SeriesTime seriesTime(const Notebook& nb, const OneOnOneSeries& s) {
    if (s.startMinutes) return SeriesTime{*s.startMinutes, s.durationMinutes, false};
    const auto all = seriesTimes(nb);
    auto it = all.find(s.id);
    return it != all.end() ? it->second : SeriesTime{blockStartMinutes(nb, s.peerId), s.durationMinutes, true};
}

std::string clockText(int32_t minutes) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d:%02d", int(minutes / 60 % 24), int(minutes % 60));
    return buf;
}

std::string timeRangeText(const SeriesTime& t) {
    return clockText(t.startMinutes) + "-" + clockText(t.startMinutes + t.durationMinutes);
}

namespace {

// What closed a period, as the periods list says it.
const char* endedBy(ReviewDecision d) {
    switch (d) {
        case ReviewDecision::Keep: return "kept at the review";
        case ReviewDecision::MoreOften: return "more often after the review";
        case ReviewDecision::LessOften: return "less often after the review";
        case ReviewDecision::End: return "ended";
        case ReviewDecision::Changed: return "changed";
    }
    return "changed";
}

}  // namespace

CivilDate periodEnd(const OneOnOneSeries& s, size_t index) {
    if (index + 1 < s.history.size()) return s.history[index + 1].start.addDays(-1);
    return s.active ? s.start.addDays(-1) : s.history[index].decidedOn;
}

std::string periodText(const Notebook& nb, const OneOnOneSeries& s, size_t index) {
    const SeriesPeriod& p = s.history.at(index);
    const SeriesTime now = seriesTime(nb, s);
    const SeriesTime then{p.startMinutes.value_or(now.startMinutes), p.durationMinutes.value_or(s.durationMinutes), false};
    return describe(p.cadence) + " on " +
           weekdayName(p.weekday.value_or(s.weekday)) + "s, " + timeRangeText(then) + " (" + endedBy(p.decision) + ")";
}

}  // namespace rapport
