// Desktop main loop: sleeps in SDL_WaitEvent while nothing changes, so an idle app uses no CPU.
#include <SDL.h>

#include "platform/platform.h"

namespace rapport::platform {

void runMainLoop(SDL_Window* /*window*/, LoopClient& client) {
    for (;;) {
        const int timeout = client.idleTimeoutMs();
        SDL_Event event;
        bool got = timeout < 0 ? SDL_WaitEvent(&event) == 1 : SDL_WaitEventTimeout(&event, timeout) == 1;
        while (got) {
            client.onEvent(event);
            got = SDL_PollEvent(&event) == 1;
        }
        if (!client.drawFrame()) return;
    }
}

}  // namespace rapport::platform
