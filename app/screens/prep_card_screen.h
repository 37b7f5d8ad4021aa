// The prep card: what to remember and bring to the next 1:1 with one peer, on one compact page.
#pragma once

#include "app/ui_context.h"

namespace rapport::ui {

class PrepCardScreen final : public Screen {
public:
    void draw(UiContext& ui) override;
};

}  // namespace rapport::ui
