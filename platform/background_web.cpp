// Browser: no threads in this build, so background work runs at once (the app calls it when idle).
#include "platform/platform.h"

namespace rapport::platform {

void runInBackground(std::function<void()> task) { task(); }

}  // namespace rapport::platform
