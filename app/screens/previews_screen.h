// Exec-staff previews: proposals to preview with peers before the staff meeting, with their stances.
#pragma once

#include "app/ui_context.h"

namespace rapport::ui {

class PreviewsScreen final : public Screen {
public:
    void draw(UiContext& ui) override;
};

}  // namespace rapport::ui
