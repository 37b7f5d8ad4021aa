// Lets a test see every ImGui item as it is laid out (its label and rectangle), through the hooks
// ImGui provides for its test engine, so UI tests can click a button by its label like a user would.
// Costs nothing when no observer is attached (ImGui checks one flag per item).
#pragma once

#include <imgui.h>

struct ImGuiContext;

namespace rapport::ui {

class ItemObserver {
public:
    virtual ~ItemObserver() = default;
    // An item was laid out at [min, max) this frame.
    virtual void itemAdded(ImGuiID id, ImVec2 min, ImVec2 max) = 0;
    // The label of an item that has one (buttons, fields, menu items...).
    virtual void itemLabelled(ImGuiID id, const char* label) = 0;
};

// Attaches `observer` to `context` (nullptr detaches).
void setItemObserver(ImGuiContext* context, ItemObserver* observer);
// Names an item ImGui 1.86 does not name to the observer itself (a combo), so a test finds it by label.
void labelItem(ImGuiID id, const char* label);

}  // namespace rapport::ui
