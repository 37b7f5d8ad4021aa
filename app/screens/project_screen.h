// One joint project: phases and their notes, the timebox day count, observations, commitments.
#pragma once

#include "app/ui_context.h"

namespace rapport::ui {

class ProjectScreen final : public Screen {
public:
    void draw(UiContext& ui) override;
};

}  // namespace rapport::ui
