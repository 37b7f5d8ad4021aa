// Browser: text from the hidden <input> of web/text_agent.js (on-screen keyboards, IME composition)
// becomes SDL text events, and the clipboard is an internal copy kept in step with the system one.
// SDL 2.26 on the web has neither an on-screen keyboard, nor IME, nor clipboard support.
#include <SDL.h>
#include <emscripten.h>

#include <cstring>
#include <string>

#include "platform/platform.h"

EM_JS(void, rapport_text_agent_want, (int wanted), {
    if (Module.rapportTextAgent) Module.rapportTextAgent.want(wanted !== 0);
});

EM_JS(void, rapport_clipboard_write, (const char* utf8), {
    Module.rapportClipboardWrite(UTF8ToString(utf8));
});

namespace {
std::string g_clipboard;  // what the app copied last, or the text of the last paste event
}

// Text the agent received (typed, composed or pasted by an IME), sent on as SDL_TEXTINPUT events of
// at most 31 bytes each, cut between UTF-8 sequences.
extern "C" EMSCRIPTEN_KEEPALIVE void rapport_text_input(const char* utf8) {
    constexpr size_t kMaxBytes = sizeof(SDL_TextInputEvent::text) - 1;
    const size_t length = std::strlen(utf8);
    for (size_t start = 0; start < length;) {
        size_t end = start + kMaxBytes < length ? start + kMaxBytes : length;
        while (end < length && end > start && (static_cast<unsigned char>(utf8[end]) & 0xC0) == 0x80) --end;
        SDL_Event event{};
        event.type = SDL_TEXTINPUT;
        std::memcpy(event.text.text, utf8 + start, end - start);
        SDL_PushEvent(&event);
        start = end;
    }
}

// A DOM paste event: the pasted text becomes the clipboard, then Ctrl+V lets ImGui paste it where the
// caret is. The browser's own Ctrl+V never reaches SDL (web/text_agent.js), so there is one paste.
extern "C" EMSCRIPTEN_KEEPALIVE void rapport_paste(const char* utf8) {
    g_clipboard = utf8;
    SDL_Event event{};
    event.type = SDL_KEYDOWN;
    event.key.state = SDL_PRESSED;
    event.key.keysym.scancode = SDL_SCANCODE_V;
    event.key.keysym.sym = SDLK_v;
    event.key.keysym.mod = KMOD_LCTRL;  // the app reads modifiers from the event (app/app_loop.cpp)
    SDL_PushEvent(&event);
    event.type = SDL_KEYUP;
    event.key.state = SDL_RELEASED;
    event.key.keysym.mod = static_cast<Uint16>(SDL_GetModState());  // leave Ctrl as it really is
    SDL_PushEvent(&event);
}

namespace rapport::platform {

void updateTextInput(bool wantTextInput) {
    static int told = -1;  // tell the page only about changes
    if (told == static_cast<int>(wantTextInput)) return;
    told = wantTextInput;
    rapport_text_agent_want(wantTextInput);
}

void writeClipboard(const char* utf8) {
    g_clipboard = utf8;
    rapport_clipboard_write(utf8);
}

const char* readClipboard() { return g_clipboard.c_str(); }

}  // namespace rapport::platform
