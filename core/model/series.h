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

// A finished review period: what it was and what was decided at its review.
struct SeriesPeriod {
    CivilDate start;
    CivilDate review;
    Cadence cadence;
    ReviewDecision decision = ReviewDecision::Keep;
    CivilDate decidedOn;

    auto tie() const { return std::tie(start, review, cadence, decision, decidedOn); }
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
    CivilDate start;               // start of the current period; first occurrence is the first weekday on/after it
    CivilDate review;              // in (start, start + 3 months]
    bool active = true;            // false once ended at a review
    std::vector<SeriesPeriod> history;
    std::vector<OccurrenceChange> changes;

    auto tie() const {
        return std::tie(id, peerId, cadence, weekday, durationMinutes, start, review, active, history, changes);
    }
    bool operator==(const OneOnOneSeries& o) const { return tie() == o.tie(); }
    bool operator!=(const OneOnOneSeries& o) const { return !(*this == o); }
};

}  // namespace rapport
