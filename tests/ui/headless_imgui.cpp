// ImGui without a backend: the font atlas is built but never uploaded, draw data is produced and
// dropped. Keys are mapped 1:1 onto io.KeysDown so tests can press ImGuiKey_* directly.
#include "tests/ui/headless_imgui.h"

#include <imgui.h>

namespace rapport::test {

HeadlessImGui::HeadlessImGui() : m_context(ImGui::CreateContext()) {
    ImGui::SetCurrentContext(m_context);  // CreateContext makes it current only when there is none
    ui::setItemObserver(m_context, this);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(1100.0f, 1600.0f);  // tall: forms with labels above fields fit without scrolling
    io.DeltaTime = 1.0f / 60.0f;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    for (int key = 0; key < ImGuiKey_COUNT; ++key) io.KeyMap[key] = key;
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
}

HeadlessImGui::~HeadlessImGui() { ImGui::DestroyContext(m_context); }

bool HeadlessImGui::frame(const std::function<bool()>& draw) {
    ImGui::SetCurrentContext(m_context);  // a test may drive two apps, each with its own context
    m_labels.clear();
    m_firstLabels.clear();
    m_names.clear();
    m_placed.clear();
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

bool HeadlessImGui::click(const std::string& label, const std::function<bool()>& draw) {
    const auto found = m_labels.find(label);
    return found != m_labels.end() && clickItem(found->second, draw);
}

bool HeadlessImGui::clickFirst(const std::string& label, const std::function<bool()>& draw) {
    const auto found = m_firstLabels.find(label);
    return found != m_firstLabels.end() && clickItem(found->second, draw);
}

bool HeadlessImGui::clickItem(ImGuiID id, const std::function<bool()>& draw) {
    const Item& item = m_items[id];
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2((item.min.x + item.max.x) / 2, (item.min.y + item.max.y) / 2);
    frame(draw);  // hover first, as a real pointer would
    io.MouseDown[0] = true;
    frame(draw);
    io.MouseDown[0] = false;
    frame(draw);
    return true;
}

std::string HeadlessImGui::labels() const {
    std::string out;
    for (const auto& entry : m_labels) out += (out.empty() ? "" : ", ") + entry.first;
    return out;
}

bool HeadlessImGui::shows(const std::string& label) const { return m_labels.count(label) != 0; }

ImRect HeadlessImGui::rectOf(const std::string& label) const {
    const auto found = m_labels.find(label);
    if (found == m_labels.end()) return ImRect();
    const Item& item = m_items.at(found->second);
    return ImRect(item.min, item.max);
}

std::string HeadlessImGui::focusedLabel() const {
    const ImGuiID nav = GImGui->NavId;
    if (nav == 0) return "";
    std::string found;
    for (const auto& [label, id] : m_labels) {
        // A visible label beats a "##field" one.
        if (id == nav && (found.empty() || found.rfind("##", 0) == 0)) found = label;
    }
    return found;
}

void HeadlessImGui::itemAdded(ImGuiID id, ImVec2 min, ImVec2 max) {
    m_items[id] = Item{min, max};
    m_placed.push_back(PlacedItem{id, GImGui->CurrentWindow, ImRect(min, max)});
}

std::string HeadlessImGui::labelOf(ImGuiID id) const {
    const auto found = m_names.find(id);
    return found == m_names.end() ? std::string() : found->second;
}

void HeadlessImGui::itemLabelled(ImGuiID id, const char* label) {
    if (!label) return;
    std::string visible(label);
    // Fields without a visible label ("##notes") are found by their full label; a visible one also by
    // its whole label, so a test can tell "Edit##fact" from "Edit##banter".
    if (const auto hashes = visible.find("##"); hashes != std::string::npos) {
        if (hashes == 0) {
            // The same id label in several rows ("##feedback" per peer): the second is "##feedback#2"...
            std::string key = visible;
            for (int n = 2; m_labels.count(key) && m_labels[key] != id; ++n) key = visible + "#" + std::to_string(n);
            m_labels[key] = id;
        } else {
            m_labels[visible] = id;
        }
        visible.resize(hashes);
    }
    if (visible.empty()) return;
    m_labels[visible] = id;
    m_names[id] = visible;
    m_firstLabels.emplace(visible, id);
}

}  // namespace rapport::test
