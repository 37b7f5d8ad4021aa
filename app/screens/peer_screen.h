// A peer's page: Profile, Get to know, 1:1s, Projects, Commitments, Rituals and Timeline tabs.
#pragma once

#include "app/ui_context.h"

namespace rapport::ui {

class PeerScreen final : public Screen {
public:
    void draw(UiContext& ui) override;
};

}  // namespace rapport::ui
