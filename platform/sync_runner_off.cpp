// A build without sync (RAPPORT_SYNC off): no runner, no network code; the app explains it.
#include "platform/sync_runner.h"

namespace rapport::platform {

std::unique_ptr<SyncRunner> SyncRunner::make() { return nullptr; }

}  // namespace rapport::platform
