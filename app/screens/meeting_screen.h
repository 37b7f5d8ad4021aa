// The 1:1 meeting page: agenda builder, notes, insights, conflicts, commitments made, and a one-line fact.
#pragma once

#include "app/ui_context.h"

namespace rapport::ui {

class MeetingScreen final : public Screen {
public:
    void draw(UiContext& ui) override;
};

}  // namespace rapport::ui
