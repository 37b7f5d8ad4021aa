// "Coming up": the reminders of core/rules/reminders.h with their one-click actions and a Dismiss, drawn
// the same way at the top of This week and on the prep card; and the load guard's advice as a button.
#pragma once

#include <optional>

#include "app/ui_context.h"
#include "core/rules/load_guard.h"

namespace rapport::ui {

// Every reminder due now (peerId kNoId), or one peer's up to `until` (the prep card; default: the day of
// the next 1:1 with them).
// Nothing when there is none.
void drawComingUpList(UiContext& ui, EntityId peerId = kNoId, std::optional<CivilDate> until = std::nullopt);
// "Make Omar's 1:1s monthly" as one undoable click, when the load guard has advice.
void drawLoadAdvice(UiContext& ui, const LoadStatus& load);

}  // namespace rapport::ui
