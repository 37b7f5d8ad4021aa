// Joint projects: the phase board (explore, converge, execute, done) with each project's timebox.
#pragma once

#include "app/ui_context.h"

namespace rapport::ui {

class ProjectsScreen final : public Screen {
public:
    void draw(UiContext& ui) override;
};

}  // namespace rapport::ui
