// HeadlessImGui: an ImGui context with no window and no GPU, and a few helpers that type and press
// keys the way the SDL backend would, so UI tests run the real screens and inspect the results.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

#include <imgui_internal.h>

#include "app/app.h"
#include "app/imgui_item_hooks.h"

struct ImGuiContext;

namespace rapport::test {

class HeadlessImGui final : public ui::ItemObserver {
public:
    // Key indices for the keys ImGui 1.86 has no name for (past ImGuiKey_COUNT, below 512).
    static constexpr ui::ExtraKeys kExtraKeys{300, 301, 310, 320, 330, 331};

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
    // Clicks the item whose visible label is `label` (as laid out in the last frame) with the left
    // mouse button. Returns false when no such item was on screen. A label with "##" ("Edit##fact")
    // matches only that item.
    bool click(const std::string& label, const std::function<bool()>& draw);
    // Like click(), for the first item with this visible label in the last frame (click() takes the last).
    bool clickFirst(const std::string& label, const std::function<bool()>& draw);
    // The labels laid out in the last frame, comma separated (to say what was there when a click fails).
    std::string labels() const;
    // The visible label of the item keyboard navigation is on (Tab, arrows), "" when none.
    std::string focusedLabel() const;
    // Whether an item with this visible label was laid out in the last frame.
    bool shows(const std::string& label) const;
    // Where the item with this label (visible, or a full "##id" label) was laid out in the last frame;
    // a zero rectangle when it was not.
    ImRect rectOf(const std::string& label) const;

    // Every item laid out in the last frame, with its window (for the layout test).
    struct PlacedItem {
        ImGuiID id;
        ImGuiWindow* window;
        ImRect rect;
    };
    const std::vector<PlacedItem>& placedItems() const { return m_placed; }
    // The visible label of an item of the last frame ("" when it has none).
    std::string labelOf(ImGuiID id) const;

    void itemAdded(ImGuiID id, ImVec2 min, ImVec2 max) override;
    void itemLabelled(ImGuiID id, const char* label) override;

private:
    struct Item {
        ImVec2 min, max;
    };
    ImGuiContext* m_context;
    std::map<ImGuiID, Item> m_items;
    std::map<std::string, ImGuiID> m_labels;  // visible label -> id, refreshed every frame
    std::map<std::string, ImGuiID> m_firstLabels;  // visible label -> first id laid out with it
    std::map<ImGuiID, std::string> m_names;         // id -> visible label, this frame
    std::vector<PlacedItem> m_placed;
    bool clickItem(ImGuiID id, const std::function<bool()>& draw);
};

}  // namespace rapport::test
