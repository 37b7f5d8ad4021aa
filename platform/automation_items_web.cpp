// Browser tests: where an ImGui item with a given label sits on the page, so a test can tap or click
// it like a user. Exported as rapport_item_rect(label) -> JSON {x, y, w, h} in CSS pixels (ImGui's
// coordinates on the web), or "null". Compiled into the web app only; it needs ImGui, so it is part of
// the rapport target rather than the platform library.
#include <emscripten.h>
#include <imgui.h>

#include <cstdio>
#include <map>
#include <string>

#include "app/imgui_item_hooks.h"

extern "C" void rapport_draw_now(int frames);  // platform/main_loop_web.cpp

namespace {

// Records every item's rectangle for one frame and the first whose label matches.
class LabelFinder final : public rapport::ui::ItemObserver {
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

std::string g_answer;

}  // namespace

extern "C" EMSCRIPTEN_KEEPALIVE const char* rapport_item_rect(const char* label) {
    LabelFinder finder(label);
    rapport::ui::setItemObserver(ImGui::GetCurrentContext(), &finder);
    rapport_draw_now(1);
    rapport::ui::setItemObserver(ImGui::GetCurrentContext(), nullptr);
    if (!finder.found()) return "null";
    const ImVec4 r = finder.rect();
    char json[128];
    std::snprintf(json, sizeof json, "{\"x\":%.1f,\"y\":%.1f,\"w\":%.1f,\"h\":%.1f}", r.x, r.y, r.z - r.x, r.w - r.y);
    g_answer = json;
    return g_answer.c_str();
}
