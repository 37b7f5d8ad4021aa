// The browser's SyncRunner: not built yet (its emscripten_fetch transport comes with the web side of
// sync), so the app explains that this build has no sync.
#include "platform/sync_runner.h"

namespace rapport::platform {

std::unique_ptr<SyncRunner> SyncRunner::make() { return nullptr; }

}  // namespace rapport::platform
