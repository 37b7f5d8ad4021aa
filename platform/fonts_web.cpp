// Browser: the page's data holds the Latin set of the UI fonts (/assets/ui_font*.ttf); the wide set
// (Greek, Cyrillic, Latin Extended-B, Vietnamese) is fetched only when a frame drew a character the
// Latin set lacks. web/fonts.js writes it into /assets and calls rapport_wide_fonts_arrived().
#include <emscripten.h>

#include "platform/platform.h"

extern "C" void rapport_draw_now(int frames);  // platform/main_loop_web.cpp

namespace {
bool g_requested = false;
bool g_arrived = false;
}  // namespace

EM_JS(void, rapport_want_wide_fonts, (), { Module.rapportFetchWideFonts(); });

extern "C" EMSCRIPTEN_KEEPALIVE void rapport_wide_fonts_arrived() {
    g_arrived = true;
    rapport_draw_now(1);  // an idle app draws nothing until an event: rebuild the atlas now
}

// A failed fetch (offline before the service worker cached the files) may be tried again later.
extern "C" EMSCRIPTEN_KEEPALIVE void rapport_wide_fonts_failed() { g_requested = false; }

namespace rapport::platform {

UiFonts uiFonts() {
    if (g_arrived) return UiFonts{"/assets/ui_font_wide.ttf", "/assets/ui_font_bold_wide.ttf", true, 1};
    return UiFonts{assetPath("ui_font.ttf"), assetPath("ui_font_bold.ttf"), false, 0};
}

void requestWideFonts() {
    if (g_requested || g_arrived) return;
    g_requested = true;
    rapport_want_wide_fonts();
}

}  // namespace rapport::platform
