// Desktop: the app can quit, keeps its notebook in a folder, and writes 64 KiB log segments.
#include "platform/platform.h"

namespace rapport::platform {

Capabilities capabilities() { return Capabilities{/*canQuit=*/true, /*storageIsBrowser=*/false, 64 * 1024, /*notifications=*/true}; }

}  // namespace rapport::platform
