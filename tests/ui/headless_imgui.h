// HeadlessImGui: an ImGui context with no window and no GPU, and a few helpers that type and press
// keys the way the SDL backend would, so UI tests run the real screens and inspect the results.
#pragma once

#include <functional>
#include <string>

struct ImGuiContext;

namespace rapport::test {

class HeadlessImGui {
public:
    HeadlessImGui();
    ~HeadlessImGui();
    HeadlessImGui(const HeadlessImGui&) = delete;
    HeadlessImGui& operator=(const HeadlessImGui&) = delete;

    // Runs one frame: NewFrame, draw(), Render. Returns draw()'s result.
    bool frame(const std::function<bool()>& draw);
    // Types text into whatever has keyboard focus (one frame per call).
    void type(const std::string& text, const std::function<bool()>& draw);
    // Presses and releases a key (ImGuiKey_Enter, ImGuiKey_Escape...), with modifiers.
    void press(int imguiKey, const std::function<bool()>& draw, bool ctrl = false, bool shift = false);
    // A few frames with no input, so focus and layout settle.
    void settle(const std::function<bool()>& draw, int frames = 3);

private:
    ImGuiContext* m_context;
};

}  // namespace rapport::test
