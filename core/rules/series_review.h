// The three-month review of a 1:1 series, with what happened in the period to decide on: meetings held,
// skipped and missed, the trust trend, commitments kept both ways, topics covered, and the cadence that
// fits now (with its reason). The decision itself stays the user's: keep, more often, less often, end.
#pragma once

#include <string>
#include <vector>

#include "core/model/notebook.h"
#include "core/rules/commitments.h"
#include "core/rules/load_guard.h"

namespace rapport {

// The cadence recommended at a review, as one of the review's choices, and why, in one sentence.
struct CadenceAdvice {
    ReviewDecision decision = ReviewDecision::Keep;  // Keep, MoreOften or LessOften
    Cadence cadence;                                 // the cadence after that decision
    std::string reason;
};

struct ReviewContext {
    EntityId seriesId = kNoId;
    EntityId peerId = kNoId;
    CivilDate from;           // the current period's start
    CivilDate to;             // today
    int32_t planned = 0;      // occurrences due before today (moves applied), plus those skipped
    int32_t held = 0;         // 1:1s of the series held in the period
    int32_t skipped = 0;      // occurrences skipped on purpose
    int32_t missed = 0;       // occurrences before today with no 1:1 held that day, not skipped
    int32_t carriedOver = 0;  // agenda items the period's 1:1s carried over
    uint8_t trustFrom = 1;    // trust level as of the period's start (1 when not assessed yet)
    uint8_t trustTo = 1;      // trust level today
    KeptRatio mine;           // my commitments to them resolved in the period (open: made in it, still open)
    KeptRatio theirs;         // theirs to me, likewise
    std::vector<std::string> topics;  // agenda items discussed in the period, first mention each, by date
    int32_t topicsByTier[3] = {0, 0, 0};  // those topics by trust tier (low, medium, high)
    CadenceAdvice advice;
};

// What the period of a series shows as of today, and the advice. Fails on an unknown series. `load`:
// loadStatus(nb) when the caller has it (This week shows a context per review due: computing it once
// for all of them keeps its frame after an edit short); computed here otherwise.
Result<ReviewContext> reviewContext(const Notebook& nb, EntityId seriesId, CivilDate today,
                                    const LoadStatus* load = nullptr);

// The cadence that fits now, from the period's facts, first rule that applies:
//  1. more than a third of the planned 1:1s skipped or missed (at least two): less often;
//  2. 1:1s over the weekly budget and this series among those to reduce first: less often;
//  3. at least two held and on average one item or more carried over per 1:1: more often;
//  4. the cadence differs from what the interdependence recommends: one step towards it;
//  5. otherwise keep.
// A step the cadence cannot take (weekly cannot be more often) falls through to the next rule.
CadenceAdvice adviseCadence(const Notebook& nb, const OneOnOneSeries& series, const ReviewContext& context,
                            const LoadStatus* load = nullptr);

}  // namespace rapport
