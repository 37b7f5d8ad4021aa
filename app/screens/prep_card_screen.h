// The prep card: a compact view before a 1:1 (kids' names, dates, what is owed both ways, carried-over
// items, the last meeting, previews and rituals due) and "Start the 1:1".
#pragma once

#include <optional>

#include "app/ui_context.h"
#include "core/rules/prep_card.h"

namespace rapport::ui {

class PrepCardScreen final : public Screen {
public:
    void draw(UiContext& ui) override;

private:
    void drawPeople(UiContext& ui);
    void drawOwed(UiContext& ui);
    void drawMeetings(UiContext& ui);
    void drawDue(UiContext& ui);
    // Opens the next prepared 1:1 with this peer, or prepares one for today, on `page` (the 1:1 page or
    // live mode).
    void start(UiContext& ui, Page page);

    EntityId m_peerId = kNoId;
    uint64_t m_revision = 0;
    std::optional<PrepCard> m_card;  // derived once per change of the notebook or the peer
};

}  // namespace rapport::ui
