// This week (home): 1:1s by day, commitments, rituals, reviews, previews, drifting peers, the load guard.
#pragma once

#include "app/ui_context.h"

namespace rapport::ui {

class ThisWeekScreen final : public Screen {
public:
    void draw(UiContext& ui) override;
};

}  // namespace rapport::ui
