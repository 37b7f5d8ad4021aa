// Browser: exports rapport_automation_state() so the headless Chromium tests can ask the running app
// what it holds (the peers it shows) after a reload or a browser restart.
#include <emscripten.h>

#include <string>

#include "platform/platform.h"

namespace {
std::function<std::string()> g_describe;
std::string g_lastState;
}  // namespace

extern "C" EMSCRIPTEN_KEEPALIVE const char* rapport_automation_state() {
    g_lastState = g_describe ? g_describe() : std::string("{}");
    return g_lastState.c_str();
}

namespace rapport::platform {

void publishAutomationState(std::function<std::string()> describe) { g_describe = std::move(describe); }

}  // namespace rapport::platform
