// The four functions ImGui calls when built with IMGUI_ENABLE_TEST_ENGINE, forwarding to the
// ItemObserver a test attached to the context (ImGuiContext::TestEngine).
#include "app/imgui_item_hooks.h"

#include <imgui_internal.h>

namespace rapport::ui {

void setItemObserver(ImGuiContext* context, ItemObserver* observer) {
    context->TestEngine = observer;
    context->TestEngineHookItems = observer != nullptr;
}

void labelItem(ImGuiID id, const char* label) {
    if (auto* observer = static_cast<ItemObserver*>(ImGui::GetCurrentContext()->TestEngine)) observer->itemLabelled(id, label);
}

}  // namespace rapport::ui

void ImGuiTestEngineHook_ItemAdd(ImGuiContext* ctx, const ImRect& bb, ImGuiID id) {
    if (auto* observer = static_cast<rapport::ui::ItemObserver*>(ctx->TestEngine)) {
        observer->itemAdded(id, bb.Min, bb.Max);
    }
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext* ctx, ImGuiID id, const char* label, ImGuiItemStatusFlags) {
    if (auto* observer = static_cast<rapport::ui::ItemObserver*>(ctx->TestEngine)) {
        observer->itemLabelled(id, label);
    }
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }
