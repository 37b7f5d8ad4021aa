// Desktop: background work on a worker thread of its own, so no frame waits for it.
#include <thread>

#include "platform/platform.h"

namespace rapport::platform {

void runInBackground(std::function<void()> task) {
    // Detached: the task owns what it uses (the store waits for its compaction job before it closes).
    std::thread(std::move(task)).detach();
}

}  // namespace rapport::platform
