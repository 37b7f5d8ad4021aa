// Quick capture (Ctrl+N): 'peer: text' adds a fact, a note, a commitment or an important date in one line,
// from anywhere. The line is read by core/capture.
#pragma once

#include <optional>
#include <string>

#include "app/focus_wait.h"
#include "app/ui_context.h"
#include "core/capture/capture_line.h"

namespace rapport::ui {

class QuickCapture {
public:
    void open() { m_open = true; m_justOpened = true; m_focus.start(); }
    bool isOpen() const { return m_open; }
    // Just opened, and its text field does not have the keyboard yet: typing must wait for it.
    bool takingKeyboard() const { return m_open && m_focus.waiting(); }
    // Draws the overlay when open; Esc or its own actions close it.
    void draw(UiContext& ui);

private:
    void refresh(UiContext& ui);
    void drawPeerChoice(UiContext& ui);
    void drawKind();
    // Files the line; returns true when it was saved.
    bool save(UiContext& ui);
    void close();

    bool m_open = false;
    bool m_justOpened = false;
    FocusWait m_focus;  // the field, until it has the keyboard
    std::string m_line;
    // What the line says, read again only when the line or the notebook changes.
    std::string m_readLine;
    uint64_t m_readRevision = 0;
    CaptureLine m_read;
    // The user's own choices, over the guesses.
    EntityId m_pickedPeer = kNoId;
    std::optional<CaptureKind> m_kind;
    std::optional<FactCategory> m_category;
};

}  // namespace rapport::ui
