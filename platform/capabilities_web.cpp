// Browser: a tab cannot close itself, the notebook is in IndexedDB, and log segments stay small
// (16 KiB) because IDBFS rewrites a changed file whole at every sync.
#include "platform/platform.h"

namespace rapport::platform {

Capabilities capabilities() { return Capabilities{/*canQuit=*/false, /*storageIsBrowser=*/true, 16 * 1024}; }

}  // namespace rapport::platform
