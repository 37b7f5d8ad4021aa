// Desktop: Cmd on macOS, Ctrl elsewhere (asked of SDL at run time, so one source serves every OS); no
// browser to take keys from, and no touch screen to spare from a keyboard.
#include <SDL.h>

#include <cstring>

#include "platform/platform.h"

namespace rapport::platform {

KeyPlatform keyPlatform() { return KeyPlatform{false, std::strcmp(SDL_GetPlatform(), "Mac OS X") == 0}; }

void claimKeys(const std::string& /*json*/) {}

bool touchInput() { return false; }

}  // namespace rapport::platform
