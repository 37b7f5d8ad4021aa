// 1:1 series: a recurring one-on-one with a peer, reviewed every 3 months at most (keep, more, less, end).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "core/model/enums.h"
#include "core/model/ids.h"
#include "core/util/civil_date.h"

namespace rapport {

// How often a series meets. everyNWeeks is used only by EveryNWeeks (1..52).
struct Cadence {
    CadenceKind kind = CadenceKind::BiWeekly;
    uint8_t everyNWeeks = 2;

    auto tie() const { return std::tie(kind, everyNWeeks); }
    bool operator==(const Cadence& o) const { return tie() == o.tie(); }
    bool operator!=(const Cadence& o) const { return !(*this == o); }
};

// A finished period: what it was and what ended it (a review decision, or a change made mid-period).
// Weekday, time and length were added in format 2; unset (older data) means as the series is now.
struct SeriesPeriod {
    CivilDate start;
    CivilDate review;
    Cadence cadence;
    ReviewDecision decision = ReviewDecision::Keep;
    CivilDate decidedOn;
    std::optional<Weekday> weekday;
    std::optional<int32_t> startMinutes;
    std::optional<int32_t> durationMinutes;

    auto tie() const { return std::tie(start, review, cadence, decision, decidedOn, weekday, startMinutes, durationMinutes); }
    bool operator==(const SeriesPeriod& o) const { return tie() == o.tie(); }
    bool operator!=(const SeriesPeriod& o) const { return !(*this == o); }
};

// One occurrence taken out of the rule: skipped (no movedTo) or moved to another day.
struct OccurrenceChange {
    CivilDate original;
    std::optional<CivilDate> movedTo;

    auto tie() const { return std::tie(original, movedTo); }
    bool operator==(const OccurrenceChange& o) const { return tie() == o.tie(); }
    bool operator!=(const OccurrenceChange& o) const { return !(*this == o); }
};

struct OneOnOneSeries {
    // The review comes at most this many months after the start of a period.
    static constexpr int32_t kMaxReviewMonths = 3;

    EntityId id = kNoId;
    EntityId peerId = kNoId;
    Cadence cadence;
    Weekday weekday = Weekday::Thursday;
    int32_t durationMinutes = 30;  // 5..480
    // Minute of the day it starts (0..1439); unset: laid out in its weekday block (rules/series_layout.h).
    std::optional<int32_t> startMinutes;
    CivilDate start;               // start of the current period; first occurrence is the first weekday on/after it
    CivilDate review;              // in (start, start + 3 months]
    bool active = true;            // false once ended at a review
    std::vector<SeriesPeriod> history;
    std::vector<OccurrenceChange> changes;

    auto tie() const {
        return std::tie(id, peerId, cadence, weekday, durationMinutes, start, review, active, history, changes, startMinutes);
    }
    bool operator==(const OneOnOneSeries& o) const { return tie() == o.tie(); }
    bool operator!=(const OneOnOneSeries& o) const { return !(*this == o); }
};

}  // namespace rapport
