// The rules as plain scans of whole tables (no index): the straightforward versions the indexed rules in
// core/rules must equal exactly, for the equivalence tests and the queries benchmark's "before" figures.
#pragma once

#include <optional>
#include <vector>

#include "core/rules/load_guard.h"
#include "core/rules/prep_card.h"
#include "core/rules/relationships.h"
#include "core/rules/week_plan.h"

namespace rapport::reference {

WeekPlan weekPlanRef(const Notebook& nb, CivilDate anyDay);
Result<PrepCard> prepCardRef(const Notebook& nb, EntityId peerId, CivilDate today);
std::vector<Drift> driftingPeersRef(const Notebook& nb, CivilDate today);
LoadStatus loadStatusRef(const Notebook& nb);
std::optional<CivilDate> lastInteractionRef(const Notebook& nb, EntityId peerId, CivilDate today);
std::vector<UpcomingDate> upcomingImportantDatesRef(const Notebook& nb, CivilDate from, int32_t days);

}  // namespace rapport::reference
