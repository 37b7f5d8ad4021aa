// Text fields that keep what was typed when the user presses Esc. ImGui's own Esc puts back the text a
// field had when it took the keyboard, which in a notebook throws away a sentence just written; here
// Esc only leaves the field, and the caller saves the text as if the field had been clicked away from.
#pragma once

#include <imgui.h>

#include <string>

namespace rapport::ui {

// Hides Esc from the field named `label` (in the current ID scope) for this frame when it has the
// keyboard. Made just before the field; after() just after it.
class EscapeKeepsText {
public:
    explicit EscapeKeepsText(const char* label);
    // Returns true when Esc left the field this frame (the field no longer has the keyboard).
    bool after();
    // Esc left the field and it had been edited since it took the keyboard.
    bool leftEdited() const { return m_leftEdited; }

private:
    int m_key;
    bool m_leaving;
    bool m_leftEdited = false;
    float m_held = 0.0f;
    float m_cancel = 0.0f;
};

// A multi-line field whose text counts once it is left: by a click elsewhere, Tab, or Esc (which keeps
// what was typed). Returns true in the frame it was left after an edit.
bool keptTextArea(const char* label, std::string& text, const ImVec2& size, ImGuiInputTextFlags flags = 0);

}  // namespace rapport::ui
