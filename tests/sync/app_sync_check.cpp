// The app's sync code without a window, for the sync suite: the same SyncController the desktop app
// runs (Settings, Sync), with the native runner (worker thread, libcurl), on a notebook folder, so the
// suite syncs it with `rapport sync` through a real server both ways.
//   app_sync_check DIR connect URL USER DEVICE-NAME   (password, passphrase: RAPPORT_DAV_PASSWORD,
//                                                      RAPPORT_PASSPHRASE; prints the setup code)
//   app_sync_check DIR add NAME                       (adds a peer the way the Peers page does, syncs)
//   app_sync_check DIR sync                           (one cycle, as after start or "Sync now")
// Exit 0 when the job ended in sync, 1 with the message otherwise.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>

#include "app/sync_controller.h"
#include "app/ui_context.h"
#include "core/model/commands.h"
#include "core/store/posix_medium.h"
#include "platform/platform.h"
#include "platform/sync_runner.h"

using namespace rapport;

namespace {

// Ticks as the app's frames do, until `done` or a minute has passed.
bool waitFor(ui::SyncController& sync, ui::UiContext& ui, const std::function<bool()>& done) {
    for (int i = 0; i < 6000; ++i) {
        ui.beginFrame();
        ui.endFrame();
        sync.tick(&ui);
        if (done()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return false;
}

int fail(const std::string& message) {
    std::fprintf(stderr, "app_sync_check: %s\n", message.c_str());
    return 1;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) return fail("usage: app_sync_check DIR connect URL USER NAME | add NAME | sync");
    const std::string dir = argv[1], verb = argv[2];
    store::PosixMedium medium;
    auto opened = NotebookStore::open(medium, dir, platform::systemClock());
    if (!opened) return fail(opened.error().message);
    NotebookStore& store = *opened.value();
    ui::UiContext ui(store, platform::systemClock());
    ui::SyncPlace place;
    place.medium = &medium;
    place.dir = dir;
    place.makeRunner = [] { return platform::SyncRunner::make(); };
    place.deviceName = "app";
    ui::SyncController sync(std::move(place), store, platform::systemClock());
    ui.setSync(nullptr, "");

    if (verb == "connect" && argc == 6) {
        const char* password = std::getenv("RAPPORT_DAV_PASSWORD");
        const char* passphrase = std::getenv("RAPPORT_PASSPHRASE");
        sync.connect(platform::DavLogin{argv[3], argv[4], password ? password : ""}, passphrase ? passphrase : "", argv[5], "");
        if (!waitFor(sync, ui, [&] { return !sync.connecting(); })) return fail("the connection test did not end");
        if (!sync.isSetUp()) return fail(sync.connectError());
        std::printf("%s\n", sync.setupCode().c_str());
    } else if (verb == "add" && argc == 4) {
        if (!sync.isSetUp()) return fail("sync is not set up here");
        if (!ui.run(addPeer(store.notebook(), ui.ids(), argv[3]))) return fail(ui.status());
    } else if (verb != "sync" || argc != 3) {
        return fail("usage: app_sync_check DIR connect URL USER NAME | add NAME | sync");
    }
    // Every verb ends with the cycle the app would run (at start, after the edit, after connecting).
    sync.syncNow();
    ui.beginFrame();
    ui.endFrame();
    sync.tick(&ui);  // starts the cycle
    if (!waitFor(sync, ui, [&] { return !sync.running(); })) return fail("the sync cycle did not end");
    if (sync.health() != ui::SyncHealth::Synced) return fail(sync.problem().empty() ? sync.statusText() : sync.problem());
    std::printf("%s\n", sync.statusText().c_str());
    return 0;
}
