// Desktop: SDL delivers typed text and IME results itself and owns the system clipboard.
#include <SDL.h>

#include <string>

#include "platform/platform.h"

namespace rapport::platform {

void updateTextInput(bool /*wantTextInput*/) {}

void writeClipboard(const char* utf8) { SDL_SetClipboardText(utf8); }

const char* readClipboard() {
    static std::string copy;  // SDL hands out a heap copy; ImGui expects a pointer that stays valid
    char* text = SDL_GetClipboardText();
    copy = text ? text : "";
    SDL_free(text);
    return copy.c_str();
}

}  // namespace rapport::platform
