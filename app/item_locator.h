// Where an ImGui item with a given label sits on the screen, for the browser tests: they can't read a
// canvas, so they ask for the rectangle and tap or click it like a user (platform::publishItemLocator).
#pragma once

#include <functional>
#include <string>

namespace rapport::ui {

// Draws one frame through `drawFrame` while watching the items laid out (imgui_item_hooks.h), and
// returns the first item labelled `label` as JSON {"x","y","w","h"} in ImGui's coordinates (CSS
// pixels on the web), or "null" when no item has that label.
std::string locateItem(const std::string& label, const std::function<void()>& drawFrame);

}  // namespace rapport::ui
