// Settings: weekday blocks, load budget, default meeting length, theme and font size.
#pragma once

#include "app/ui_context.h"

namespace rapport::ui {

class SettingsScreen final : public Screen {
public:
    void draw(UiContext& ui) override;
};

}  // namespace rapport::ui
