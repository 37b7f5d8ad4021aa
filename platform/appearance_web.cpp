// Browser: the page's prefers-color-scheme media query. A change of the OS setting draws a frame, so an
// idle page follows it at once.
#include <emscripten.h>

#include "platform/platform.h"

EM_JS(int, rapport_prefers_dark, (), {
    if (!Module.rapportDarkQuery) {
        if (typeof window === 'undefined' || !window.matchMedia) return 0;
        Module.rapportDarkQuery = window.matchMedia('(prefers-color-scheme: dark)');
        Module.rapportDarkQuery.addEventListener('change', function() {
            if (Module._rapport_draw_now) Module._rapport_draw_now(2);
        });
    }
    return Module.rapportDarkQuery.matches ? 1 : 0;
});

namespace rapport::platform {

bool systemPrefersDark() { return rapport_prefers_dark() != 0; }

}  // namespace rapport::platform
