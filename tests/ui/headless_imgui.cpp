// ImGui without a backend: the font atlas is built but never uploaded, draw data is produced and
// dropped. Keys are mapped 1:1 onto io.KeysDown so tests can press ImGuiKey_* directly.
#include "tests/ui/headless_imgui.h"

#include <imgui.h>

namespace rapport::test {

HeadlessImGui::HeadlessImGui() : m_context(ImGui::CreateContext()) {
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(1100.0f, 720.0f);
    io.DeltaTime = 1.0f / 60.0f;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    for (int key = 0; key < ImGuiKey_COUNT; ++key) io.KeyMap[key] = key;
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
}

HeadlessImGui::~HeadlessImGui() { ImGui::DestroyContext(m_context); }

bool HeadlessImGui::frame(const std::function<bool()>& draw) {
    ImGui::NewFrame();
    const bool result = draw();
    ImGui::Render();
    return result;
}

void HeadlessImGui::type(const std::string& text, const std::function<bool()>& draw) {
    ImGui::GetIO().AddInputCharactersUTF8(text.c_str());
    frame(draw);
}

void HeadlessImGui::press(int imguiKey, const std::function<bool()>& draw, bool ctrl, bool shift) {
    ImGuiIO& io = ImGui::GetIO();
    io.KeyCtrl = ctrl;
    io.KeyShift = shift;
    io.KeysDown[imguiKey] = true;
    frame(draw);
    io.KeysDown[imguiKey] = false;
    io.KeyCtrl = false;
    io.KeyShift = false;
    frame(draw);
}

void HeadlessImGui::settle(const std::function<bool()>& draw, int frames) {
    for (int i = 0; i < frames; ++i) frame(draw);
}

}  // namespace rapport::test
