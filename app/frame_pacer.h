// FramePacer: decides when the app must draw, so that an idle app draws nothing at all.
// ImGui 1.86 has no "something changed" signal, so we keep our own: input seen, data changed.
#pragma once

namespace rapport::ui {

class FramePacer {
public:
    // Input arrived: draw a few frames so ImGui's layout, hover and focus settle.
    void onInput() { m_framesLeft = kFramesAfterInput; m_lateFramePending = true; }
    // The app changed something a frame later will show (data saved, a panel opened).
    void onChange() { if (m_framesLeft < 2) m_framesLeft = 2; }
    void onFrameDrawn() { if (m_framesLeft > 0) --m_framesLeft; }

    // 0: draw now. >0: draw once after that many ms (hover tooltips appear after a delay).
    // -1: nothing to draw until the next event.
    int idleTimeoutMs() {
        if (m_framesLeft > 0) return 0;
        if (m_lateFramePending) { m_lateFramePending = false; return kLateFrameMs; }
        return -1;
    }

private:
    static constexpr int kFramesAfterInput = 3;
    static constexpr int kLateFrameMs = 600;
    int m_framesLeft = kFramesAfterInput;
    bool m_lateFramePending = false;
};

}  // namespace rapport::ui
