// Commitment and joint-project queries: kept-ratio per peer and direction, due and overdue lists,
// project timebox status.
#pragma once

#include <optional>
#include <vector>

#include "core/model/notebook.h"

namespace rapport {

struct KeptRatio {
    int32_t kept = 0;      // on time
    int32_t keptLate = 0;
    int32_t missed = 0;
    int32_t open = 0;
    // (kept + keptLate) / (kept + keptLate + missed); nullopt before anything was kept or missed.
    // Renegotiated and dropped commitments count for neither side.
    std::optional<double> ratio() const {
        const int32_t decided = kept + keptLate + missed;
        if (decided == 0) return std::nullopt;
        return double(kept + keptLate) / decided;
    }
};
// The record of commitments between me and a peer in one direction.
KeptRatio keptRatio(const Notebook& nb, EntityId peerId, CommitmentDirection direction);

// Open commitments due in [today, today + days] (due today included), soonest first.
std::vector<const Commitment*> commitmentsDue(const Notebook& nb, CivilDate today, int32_t days);
// Open commitments whose due date has passed, most overdue first.
std::vector<const Commitment*> overdueCommitments(const Notebook& nb, CivilDate today);

struct ProjectStatus {
    int32_t dayOfProject = 0;   // 1 on the start day
    int32_t daysLeft = 0;       // in the timebox; negative once past it
    bool overTimebox = false;   // active and past the timebox's last day
    bool longTimebox = false;   // the timebox itself is longer than 21 days
    bool runningLong = false;   // active for more than 21 days
};
// Where an active project stands against its timebox on `today`.
ProjectStatus projectStatus(const JointProject& p, CivilDate today);

}  // namespace rapport
