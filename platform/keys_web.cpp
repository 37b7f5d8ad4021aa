// Browser: the page's keydown handler (web/keys.js) learns which keys the app uses and takes them from
// the browser; whether the user is on a Mac or a touch screen is the page's to say.
#include <emscripten.h>

#include "platform/platform.h"

EM_JS(int, rapport_keys_is_mac, (), {
    return /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent) ? 1 : 0;
});

EM_JS(void, rapport_keys_claim, (const char* json), {
    if (Module.rapportKeys) Module.rapportKeys.claim(JSON.parse(UTF8ToString(json)));
});

EM_JS(int, rapport_keys_touch, (), {
    return Module.rapportKeys && Module.rapportKeys.touch ? 1 : 0;
});

namespace rapport::platform {

KeyPlatform keyPlatform() { return KeyPlatform{true, rapport_keys_is_mac() != 0}; }

void claimKeys(const std::string& json) { rapport_keys_claim(json.c_str()); }

bool touchInput() { return rapport_keys_touch() != 0; }

}  // namespace rapport::platform
