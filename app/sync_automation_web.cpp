// The browser tests' handle on sync (tests/web/sync.test.mjs): rapport_sync_setup(url, user, password,
// passphrase) and rapport_sync_now() start a job on the web SyncRunner; rapport_sync_status() says how it
// went as JSON. The runner is pumped every 16 ms from the browser's event loop, between frames, as the
// app's own loop will; the state lives in memory only (the app's Settings → Sync owns saving it).
#include <emscripten.h>

#include <memory>
#include <string>

#include "app/app.h"
#include "app/json_text.h"
#include "app/sync_automation.h"
#include "app/ui_context.h"
#include "core/store/posix_medium.h"
#include "core/sync/engine.h"
#include "platform/platform.h"
#include "platform/sync_runner.h"

extern "C" void rapport_draw_now(int frames);  // platform/main_loop_web.cpp

namespace {

using namespace rapport;

struct SyncHook {
    ui::App* app = nullptr;
    std::unique_ptr<platform::SyncRunner> runner = platform::SyncRunner::make();
    std::optional<sync::SyncState> state;
    std::string lastSetup;  // "" none yet, "ok", or the error
    std::string lastCycle;  // "" none yet, "in sync", or the reason it is not
    uint32_t applied = 0;
    int frames = 0;         // frames drawn while the job ran
    std::string status;
};

SyncHook& hook() {
    static SyncHook h;
    return h;
}

void tick(void*) {
    SyncHook& h = hook();
    h.runner->pump();
    rapport_draw_now(1);  // the app keeps drawing while the network works
    ++h.frames;
    if (auto setup = h.runner->takeSetup()) {
        h.lastSetup = *setup ? "ok" : setup->error().message;
        if (*setup) h.state = std::move(*setup).value();
    }
    if (auto cycle = h.runner->takeCycle()) {
        if (!*cycle) h.lastCycle = cycle->error().message;
        else if (cycle->value().inSync) h.lastCycle = "in sync";
        else h.lastCycle = cycle->value().warnings.empty() ? "not in sync" : cycle->value().warnings.front();
        if (*cycle) h.applied = cycle->value().applied;
        if (ui::UiContext* ui = h.app->context()) ui->changedElsewhere();  // views refresh
        rapport_draw_now(1);
    }
    if (h.runner->running()) emscripten_async_call(tick, nullptr, 16);
}

}  // namespace

extern "C" EMSCRIPTEN_KEEPALIVE int rapport_sync_setup(const char* url, const char* user, const char* password,
                                                       const char* passphrase) {
    SyncHook& h = hook();
    ui::UiContext* ui = h.app ? h.app->context() : nullptr;
    if (!ui || !h.runner) return 0;
    h.lastSetup.clear();
    if (!h.runner->startSetup(platform::DavLogin{url, user, password}, passphrase, sync::KdfParams{},
                              ui->store().stats().deviceId, "browser"))
        return 0;
    h.frames = 0;
    emscripten_async_call(tick, nullptr, 16);
    return 1;
}

extern "C" EMSCRIPTEN_KEEPALIVE int rapport_sync_now() {
    SyncHook& h = hook();
    ui::UiContext* ui = h.app ? h.app->context() : nullptr;
    if (!ui || !h.state || !h.runner) return 0;
    static store::PosixMedium medium;
    std::string error;
    auto local = sync::readLocalChanges(medium, platform::dataDirectory(error));
    if (!local) {
        h.lastCycle = local.error().message;
        return 0;
    }
    h.lastCycle.clear();
    if (!h.runner->startCycle(*h.state, ui->store(), std::move(local).value(), platform::systemClock().unixMillis(),
                              [](const sync::SyncState&) { return Status{}; }))
        return 0;
    h.frames = 0;
    emscripten_async_call(tick, nullptr, 16);
    return 1;
}

extern "C" EMSCRIPTEN_KEEPALIVE const char* rapport_sync_status() {
    SyncHook& h = hook();
    h.status = "{\"running\":" + std::string(h.runner && h.runner->running() ? "true" : "false") +
               ",\"setup\":" + ui::jsonString(h.lastSetup) + ",\"cycle\":" + ui::jsonString(h.lastCycle) +
               ",\"applied\":" + std::to_string(h.applied) + ",\"frames\":" + std::to_string(h.frames) + "}";
    return h.status.c_str();
}

namespace rapport::ui {

void installSyncAutomation(App& app) { hook().app = &app; }

}  // namespace rapport::ui
