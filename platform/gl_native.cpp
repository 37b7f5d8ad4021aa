// Desktop: an OpenGL 3.3 core context, the ImGui OpenGL3 backend's GLSL 330. The few GL calls we
// make ourselves are looked up through SDL, like the backend's own loader, so nothing links libGL.
#include <SDL.h>

#include "platform/platform.h"

namespace rapport::platform {

void setGlAttributes() {
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, 0);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
    SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
    SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 0);
}

const char* glslVersion() { return "#version 330 core"; }

void clearFrame(int width, int height, float red, float green, float blue) {
    using Viewport = void (*)(int, int, int, int);
    using ClearColor = void (*)(float, float, float, float);
    using Clear = void (*)(unsigned int);
    static const auto viewport = reinterpret_cast<Viewport>(SDL_GL_GetProcAddress("glViewport"));
    static const auto clearColor = reinterpret_cast<ClearColor>(SDL_GL_GetProcAddress("glClearColor"));
    static const auto clear = reinterpret_cast<Clear>(SDL_GL_GetProcAddress("glClear"));
    constexpr unsigned int kColorBufferBit = 0x00004000;  // GL_COLOR_BUFFER_BIT
    viewport(0, 0, width, height);
    clearColor(red, green, blue, 1.0f);
    clear(kColorBufferBit);
}

}  // namespace rapport::platform
