// The reflection journal: dated entries, an optional prompt, linked peers.
#pragma once

#include "app/ui_context.h"

namespace rapport::ui {

class JournalScreen final : public Screen {
public:
    void draw(UiContext& ui) override;
};

}  // namespace rapport::ui
