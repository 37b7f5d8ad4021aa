// SyncRunner: how the app runs sync's network work without ever blocking a frame. Natively
// (sync_runner_native.cpp) a worker thread talks to the server with libcurl; in the browser
// (sync_runner_web.cpp) emscripten_fetch answers arrive between frames on the browser's event loop.
// Either way the notebook store and the sync state are touched only on the UI thread, inside pump()
// or start*(), so screens can keep reading them while a cycle runs.
//
// The app (not this seam) owns what outlives a cycle: the SyncState and where it is saved, the
// login, the passphrase prompt, the debounce after edits, the status shown to the user.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "core/store/notebook_store.h"
#include "core/sync/engine.h"
#include "core/util/result.h"
#include "platform/dav_transport.h"

namespace rapport::platform {

class SyncRunner {
public:
    // The target's runner; null when this build has no sync (RAPPORT_SYNC off).
    static std::unique_ptr<SyncRunner> make();
    virtual ~SyncRunner() = default;

    // Setup and connection test in one: binds to the folder behind `login`, unlocking its vault with
    // `passphrase` or creating the vault when the folder is empty (sync::setupSync). The outcome comes
    // from takeSetup(); its Error is one sentence naming the cause (unreachable, TLS, authentication,
    // CORS in a browser, missing folder, wrong passphrase) and the fix. False when busy.
    virtual bool startSetup(const DavLogin& login, const std::string& passphrase, sync::KdfParams kdf,
                            uint64_t deviceId, const std::string& deviceName) = 0;

    // One sync cycle (sync::syncOnce). `s` and `store` must outlive it; both are touched only from
    // pump() on the calling thread, and `save` is called there too. False when busy.
    virtual bool startCycle(sync::SyncState& s, NotebookStore& store, sync::LocalChanges local,
                            int64_t nowMillis, sync::SaveState save) = 0;

    // Once per frame on the UI thread: runs the store steps a cycle waits for. Cheap when idle.
    virtual void pump() = 0;
    virtual bool running() const = 0;

    // Each outcome once, when its job has ended (then empty until the next one ends).
    virtual std::optional<Result<sync::SyncState>> takeSetup() = 0;
    virtual std::optional<Result<sync::SyncReport>> takeCycle() = 0;
};

}  // namespace rapport::platform
