// This week's plan, grouped by day: 1:1s (occurrences and prepared meetings), rituals due, commitments due,
// important dates, staff meetings with previews, project timebox ends and series reviews, plus warnings.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "core/model/notebook.h"

namespace rapport {

enum class PlanItemKind : uint8_t {
    OneOnOne,
    Ritual,
    CommitmentDue,
    ImportantDate,
    StaffMeeting,
    ProjectTimeboxEnd,
    SeriesReview,
};

struct PlanItem {
    PlanItemKind kind = PlanItemKind::OneOnOne;
    CivilDate date;
    EntityId peerId = kNoId;    // the peer concerned, if one
    EntityId entityId = kNoId;  // the series, ritual, commitment, fact, preview or project
    EntityId meetingId = kNoId; // for 1:1s: the prepared meeting, kNoId if none yet
    std::string text;           // "1:1 with Maria Chen (30 min)"
};

struct PlanDay {
    CivilDate date;
    std::vector<PlanItem> items;  // 1:1s first, then the rest in kind order
};

struct WeekPlan {
    CivilDate monday;
    std::array<PlanDay, 7> days;        // Monday..Sunday
    std::vector<std::string> warnings;  // over budget; preview peers with no 1:1 in the week before
};

// The plan of the ISO week (Monday to Sunday) containing `anyDay`. Archived peers are left out.
WeekPlan weekPlan(const Notebook& nb, CivilDate anyDay);

}  // namespace rapport
