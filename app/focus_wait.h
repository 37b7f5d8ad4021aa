// FocusWait: an overlay's text field, just opened by a shortcut, that does not have the keyboard yet.
// ImGui gives it the keyboard a frame or two after SetKeyboardFocusHere; until then AppLoop holds the
// typing (input_gate.h), so a fast typist's first letters reach the field instead of no one. Bounded,
// so typing is never held for long if the field never takes the keyboard.
#pragma once

namespace rapport::ui {

class FocusWait {
public:
    void start() { m_framesLeft = kFrames; }
    // At the start of each frame the overlay draws.
    void frame() {
        if (m_framesLeft > 0) --m_framesLeft;
    }
    // Right after the field: it has the keyboard now (ImGui::IsItemActive()).
    void fieldActive(bool active) {
        if (active) m_framesLeft = 0;
    }
    bool waiting() const { return m_framesLeft > 0; }

private:
    static constexpr int kFrames = 4;
    int m_framesLeft = 0;
};

}  // namespace rapport::ui
