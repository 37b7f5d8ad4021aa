// Where a preview agenda item is marked discussed (the 1:1 page and live mode), asks how the peer took
// the proposal, stance and feedback, and records the item discussed and the peer previewed as one step
// (discussPreviewItem in core/model/commands_meeting.h).
#pragma once

#include <string>

#include "app/ui_context.h"
#include "core/model/meeting.h"

namespace rapport::ui {

class PreviewOutcomeForm {
public:
    // Opens the form for one agenda item of a meeting, the feedback field ready for typing.
    void open(EntityId meetingId, size_t index);
    bool isOpen(EntityId meetingId, size_t index) const { return m_open && m_meetingId == meetingId && m_index == index; }
    bool isOpen() const { return m_open; }
    void close() { m_open = false; }
    // Draws the form when it is open for this item: stance (buttons; Up/Down while typing), feedback (Enter
    // records), Record and Cancel (Esc). Returns true on the frame the outcome was recorded.
    bool draw(UiContext& ui, const Meeting& meeting, size_t index);

private:
    EntityId m_meetingId = kNoId;
    size_t m_index = 0;
    bool m_open = false;
    bool m_focus = false;
    Stance m_stance = Stance::Unknown;
    std::string m_feedback;
};

}  // namespace rapport::ui
