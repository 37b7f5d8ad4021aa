// Browser: exports rapport_automation_state() so the headless Chromium tests can ask the running app
// what it holds (the peers it shows) after a reload or a browser restart, and rapport_item_rect(label)
// so they can tap an item by its label (the app finds it: app/item_locator.h).
#include <emscripten.h>

#include <string>

#include "platform/platform.h"

extern "C" void rapport_draw_now(int frames);  // platform/main_loop_web.cpp

namespace {
std::function<std::string()> g_describe;
std::string g_lastState;
rapport::platform::ItemLocator g_locate;
std::string g_lastRect;
}  // namespace

extern "C" EMSCRIPTEN_KEEPALIVE const char* rapport_automation_state() {
    g_lastState = g_describe ? g_describe() : std::string("{}");
    return g_lastState.c_str();
}

extern "C" EMSCRIPTEN_KEEPALIVE const char* rapport_item_rect(const char* label) {
    g_lastRect = g_locate ? g_locate(label, [] { rapport_draw_now(1); }) : std::string("null");
    return g_lastRect.c_str();
}

namespace rapport::platform {

void publishAutomationState(std::function<std::string()> describe) { g_describe = std::move(describe); }

void publishItemLocator(ItemLocator locate) { g_locate = std::move(locate); }

}  // namespace rapport::platform
