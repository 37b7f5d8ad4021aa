// Finding an item by its label for the browser tests (knowledge of ImGui and of our item hooks, so it
// lives in app/; the platform only exports it to the page).
#include "app/item_locator.h"

#include <imgui.h>

#include <cstdio>
#include <map>

#include "app/imgui_item_hooks.h"

namespace rapport::ui {
namespace {

// Records every item's rectangle for one frame and the first whose label matches.
class LabelFinder final : public ItemObserver {
public:
    explicit LabelFinder(std::string label) : m_label(std::move(label)) {}
    void itemAdded(ImGuiID id, ImVec2 min, ImVec2 max) override { m_rects[id] = ImVec4(min.x, min.y, max.x, max.y); }
    void itemLabelled(ImGuiID id, const char* label) override {
        if (m_found || !label || m_label != label) return;
        const auto rect = m_rects.find(id);
        if (rect == m_rects.end()) return;
        m_found = true;
        m_rect = rect->second;
    }
    bool found() const { return m_found; }
    ImVec4 rect() const { return m_rect; }

private:
    std::string m_label;
    std::map<ImGuiID, ImVec4> m_rects;
    bool m_found = false;
    ImVec4 m_rect;
};

}  // namespace

std::string locateItem(const std::string& label, const std::function<void()>& drawFrame) {
    LabelFinder finder(label);
    setItemObserver(ImGui::GetCurrentContext(), &finder);
    drawFrame();
    setItemObserver(ImGui::GetCurrentContext(), nullptr);
    if (!finder.found()) return "null";
    const ImVec4 r = finder.rect();
    char json[128];
    std::snprintf(json, sizeof json, "{\"x\":%.1f,\"y\":%.1f,\"w\":%.1f,\"h\":%.1f}", r.x, r.y, r.z - r.x, r.w - r.y);
    return json;
}

}  // namespace rapport::ui
