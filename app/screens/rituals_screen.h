// Rituals: the social habits tacked onto work (coffee before the meeting, dinner after the offsite).
#pragma once

#include "app/ui_context.h"

namespace rapport::ui {

class RitualsScreen final : public Screen {
public:
    void draw(UiContext& ui) override;
};

}  // namespace rapport::ui
