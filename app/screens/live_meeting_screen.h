// Live 1:1 mode: one screen for the meeting itself. The agenda (carried over, planned, suggested) on one
// side, walked with the keyboard or by tapping; a capture line that files what quick capture understands,
// what was filed in this 1:1, and the notes on the other; Finish dates the 1:1 today and shows its summary.
// On a phone: one column, the agenda collapsible, targets at least 44 px. The order, the summary and every
// change come from the core (core/rules/live_meeting.h, core/capture, core/model builders).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/screens/preview_outcome.h"
#include "app/ui_context.h"
#include "core/capture/capture_line.h"
#include "core/rules/live_meeting.h"

namespace rapport::ui {

class LiveMeetingScreen final : public Screen {
public:
    void draw(UiContext& ui) override;
    void leave(UiContext& ui) override;
    bool usesLetterKeys() const override { return true; }

private:
    void refresh(UiContext& ui, const Meeting& meeting);
    void handleKeys(UiContext& ui, const Meeting& meeting);
    void drawHeader(UiContext& ui, const Meeting& meeting);
    void drawKeyHints();
    void drawFinish(UiContext& ui, const Meeting& meeting);
    void finish(UiContext& ui, const Meeting& meeting);
    // live_meeting_agenda.cpp
    void drawAgenda(UiContext& ui, const Meeting& meeting);
    void drawEntry(UiContext& ui, const Meeting& meeting, size_t i);
    void drawDecisions(UiContext& ui, const Meeting& meeting, const LiveAgendaEntry& entry);
    void move(int delta);
    // Decides the current entry (discussed, carried over, dropped, or open again) and moves on.
    void decide(UiContext& ui, const Meeting& meeting, AgendaStatus status);
    // After the current entry was decided: the cursor goes to the next open one.
    void moveOnFrom(AgendaStatus decided);
    // live_meeting_capture.cpp
    void drawCapture(UiContext& ui, const Meeting& meeting);
    void drawFiled();
    void drawNotes(UiContext& ui, const Meeting& meeting, float height);
    void saveNotes(UiContext& ui, const Meeting& meeting);
    // live_meeting_summary.cpp
    void drawSummary(UiContext& ui, const Meeting& meeting);

    EntityId m_meetingId = kNoId;
    uint64_t m_revision = 0;
    // Derived once per change of the notebook.
    std::vector<LiveAgendaEntry> m_entries;
    std::optional<MeetingSummary> m_summary;
    // The current entry, followed by its text across changes (a topic taken up moves into "planned").
    size_t m_cursor = 0;
    std::string m_cursorText;
    bool m_scrollToCursor = false;
    bool m_focusAgenda = false;  // the agenda panel takes the keyboard when the screen opens
    // The capture line, read again only when it or the notebook changes.
    std::string m_line, m_readLine;
    uint64_t m_readRevision = 0;
    CaptureLine m_read;
    bool m_focusLine = false;
    bool m_commitmentHint = false;  // "A" was pressed: the hint speaks of commitments
    std::string m_notes;
    bool m_notesEdited = false;  // typed since last saved
    bool m_focusNotes = false;
    bool m_openFinish = false;
    PreviewOutcomeForm m_preview;  // asked when a preview item is marked discussed
};

}  // namespace rapport::ui
