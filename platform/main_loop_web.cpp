// Browser main loop: the browser calls us once per animation frame; we drain input and draw only
// when something happened or the app asked for a frame, so an idle tab does almost no work.
#include <SDL.h>
#include <emscripten.h>
#include <emscripten/html5.h>

#include "platform/platform.h"

namespace rapport::platform {

namespace {

struct WebLoop {
    SDL_Window* window;
    LoopClient* client;
    double wakeAt = 0;  // emscripten_get_now() time of a timed redraw, 0 = none
    int cssWidth = 0, cssHeight = 0;
};

// The canvas follows the page size (CSS pixels); SDL scales the backing store by devicePixelRatio.
bool fitCanvasToPage(WebLoop& loop) {
    double w = 0, h = 0;
    emscripten_get_element_css_size("#canvas", &w, &h);
    const int width = static_cast<int>(w), height = static_cast<int>(h);
    if (width <= 0 || height <= 0 || (width == loop.cssWidth && height == loop.cssHeight)) return false;
    loop.cssWidth = width;
    loop.cssHeight = height;
    SDL_SetWindowSize(loop.window, width, height);
    return true;
}

// Hands queued input to the client; true if there was any (or the page size changed).
bool drainEvents(WebLoop& loop) {
    bool any = fitCanvasToPage(loop);
    SDL_Event event;
    while (SDL_PollEvent(&event) == 1) {
        loop.client->onEvent(event);
        any = true;
    }
    return any;
}

WebLoop* g_loop = nullptr;

void tick(void* arg) {
    auto& loop = *static_cast<WebLoop*>(arg);
    bool needFrame = drainEvents(loop);
    const double now = emscripten_get_now();
    if (!needFrame) {
        const int timeout = loop.client->idleTimeoutMs();
        if (timeout == 0) {
            needFrame = true;
        } else if (timeout > 0) {
            if (loop.wakeAt == 0) loop.wakeAt = now + timeout;
            needFrame = now >= loop.wakeAt;
        }
    }
    if (!needFrame) return;
    loop.wakeAt = 0;
    loop.client->drawFrame();  // a tab can't quit; the page owns the app's lifetime
}

}  // namespace

}  // namespace rapport::platform

// Draws `frames` frames at once, from inside a DOM event handler (web/touch.js after a tap): a text
// field the tap activated then asks for the keyboard while the browser still counts the handler as a
// user gesture, which iOS requires before an <input> may open its on-screen keyboard.
extern "C" EMSCRIPTEN_KEEPALIVE void rapport_draw_now(int frames) {
    using namespace rapport::platform;
    if (!g_loop) return;
    for (int i = 0; i < frames; ++i) {
        drainEvents(*g_loop);
        g_loop->client->drawFrame();
    }
}

namespace rapport::platform {

void runMainLoop(SDL_Window* window, LoopClient& client) {
    static WebLoop loop{window, &client};
    g_loop = &loop;
    // simulate_infinite_loop = true: main() never returns, so the app's objects stay alive.
    emscripten_set_main_loop_arg(tick, &loop, 0, true);
}

}  // namespace rapport::platform
