// Load guard: the weekly 1:1 load of all active series against the budget, and which series to make less
// frequent first when over it (lowest interdependence first).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/model/notebook.h"

namespace rapport {

struct SeriesLoad {
    EntityId seriesId = kNoId;
    EntityId peerId = kNoId;
    double meetingsPerWeek = 0;
    double minutesPerWeek = 0;
};

// The guard's advice as one action: the first series to reduce, one step less often.
struct LoadAdvice {
    EntityId seriesId = kNoId;
    Cadence to;
    std::string label;  // "Make Omar's 1:1s monthly"
};

struct LoadStatus {
    double meetingsPerWeek = 0;  // averaged: monthly counts 12/52
    double minutesPerWeek = 0;
    int32_t budgetMinutes = 0;
    bool overBudget = false;
    // Series to make less frequent first: lowest interdependence, then the heaviest; only those that can
    // still meet less often. Empty when within budget.
    std::vector<SeriesLoad> reduceFirst;
    // "1:1s take 6.5 h a week, over your 5 h budget. Meet less often with: Omar Haddad (weekly), ..." or "".
    std::string warning;
    // Over budget with a series that can meet less often: what to do, applied with changeSeries.
    std::optional<LoadAdvice> advice;
};

// Load of the active series of non-archived peers: each series' own length times how often it meets.
LoadStatus loadStatus(const Notebook& nb);

}  // namespace rapport
