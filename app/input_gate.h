// InputGate: which input events a frame may see now, and which wait for the next frame.
//
// ImGui 1.86 reads key state once per frame, so a key pressed and released between two frames (fast
// typing, a test driver, a slow frame) would never be seen as pressed. Worse, a shortcut can arrive
// as Ctrl down | frame | 2 down, Ctrl up, 2 up: if the Ctrl release reached ImGui in the same frame
// as the 2, the frame would see 2 pressed without Ctrl. So once a key has gone down in the current
// frame, the next key release (any key) and every event after it wait for the next frame, in order.
// And while a field opened by a shortcut (Ctrl+K, quick capture) is still taking the keyboard (ImGui
// gives it focus a frame or two later), every event waits: a fast typist's first letters would
// otherwise reach a frame with no field to type into, and be lost.
// Pure (no SDL) so the rule is tested headless; AppLoop feeds it SDL events.
#pragma once

#include <deque>
#include <utility>

namespace rapport::ui {

enum class InputKind { KeyDown, KeyUp, Other };

template <typename Event>
class InputGate {
public:
    // True: handle `event` now. False: it is held (returned by afterFrame()).
    bool admit(const Event& event, InputKind kind) {
        if (!m_holdAll && m_held.empty() && !(kind == InputKind::KeyUp && m_keyWentDown)) {
            if (kind == InputKind::KeyDown) m_keyWentDown = true;
            return true;
        }
        m_held.push_back(event);
        return false;
    }

    // While on, every event waits (a field is taking the keyboard); the caller turns it off in time.
    void holdAll(bool on) { m_holdAll = on; }

    // Something is held: the loop must draw another frame right away.
    bool holding() const { return !m_held.empty(); }

    // The frame has seen the pressed keys: the held events, in order, to be admitted again.
    std::deque<Event> afterFrame() {
        m_keyWentDown = false;
        std::deque<Event> held;
        held.swap(m_held);
        return held;
    }

private:
    bool m_keyWentDown = false;
    bool m_holdAll = false;
    std::deque<Event> m_held;
};

}  // namespace rapport::ui
