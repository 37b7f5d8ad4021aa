// The frame: feed input to the ImGui SDL backend, draw the App, render with the OpenGL3 backend.
#include "app/app_loop.h"

#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl.h>

#include <algorithm>

#include "app/theme.h"

namespace rapport::ui {

void AppLoop::onEvent(const SDL_Event& event) {
    const InputKind kind = event.type == SDL_KEYDOWN ? InputKind::KeyDown
                           : event.type == SDL_KEYUP ? InputKind::KeyUp
                                                     : InputKind::Other;
    if (m_gate.admit(event, kind)) process(event);
}

void AppLoop::process(const SDL_Event& event) {
    // SDL on X11 turns Ctrl+1 and Ctrl+9 into the text "1" / "9" (there is no control character for
    // them): a shortcut must not also type into the focused field. AltGr (text on some layouts) is not
    // Ctrl here.
    const ImGuiIO& state = ImGui::GetIO();
    if (event.type == SDL_TEXTINPUT && state.KeyCtrl && !state.KeyAlt) return;
    ImGui_ImplSDL2_ProcessEvent(&event);
    if (event.type == SDL_KEYDOWN || event.type == SDL_KEYUP) {
        // The backend reads SDL_GetModState(), the state after every queued event; a quick Ctrl+2 has
        // already released Ctrl by then. The modifiers recorded with the event are the right ones.
        ImGuiIO& io = ImGui::GetIO();
        const Uint16 mod = event.key.keysym.mod;
        io.KeyCtrl = (mod & KMOD_CTRL) != 0;
        io.KeyShift = (mod & KMOD_SHIFT) != 0;
        io.KeyAlt = (mod & KMOD_ALT) != 0;
        io.KeySuper = (mod & KMOD_GUI) != 0;
    }
    m_pacer.onInput();
    if (event.type == SDL_WINDOWEVENT && event.window.event == SDL_WINDOWEVENT_FOCUS_GAINED) m_app.resumed();
    if (event.type == SDL_QUIT) m_quit = true;  // Ctrl+Q / Cmd+Q are in the registry (app/shortcuts.cpp)
}

int AppLoop::idleTimeoutMs() {
    if (m_gate.holding()) return 0;
    const int frames = m_pacer.idleTimeoutMs();
    // Nothing to draw until the next event (the input's late frame is drawn too): the app is idle.
    if (frames < 0) m_app.idle();
    const int sync = m_app.wakeAfterMs();
    // An idle app sleeps until an event, the next 1:1 alarm (one frame then) or the next sync.
    const int alarm = m_alarms ? m_alarms->wakeInMs(static_cast<int64_t>(SDL_GetTicks64())) : -1;
    int wake = -1;
    for (int t : {frames, sync, alarm}) {
        if (t >= 0) wake = wake < 0 ? t : std::min(wake, t);
    }
    return wake;
}

// The 1:1 alarms look at the notebook once per wall-clock minute (or after a change), not every frame.
void AppLoop::checkAlarms() {
    UiContext* ui = m_app.context();
    if (!m_alarms || !ui) return;
    const platform::LocalClockReading now = platform::localClock();
    m_alarms->check(ui->notebook(), ui->revision(), LocalTime{now.date, now.minuteOfDay}, now.msIntoMinute,
                    static_cast<int64_t>(SDL_GetTicks64()));
}

void AppLoop::updateFonts() {
    int windowW = 0, windowH = 0, drawableW = 0, drawableH = 0;
    SDL_GetWindowSize(m_window, &windowW, &windowH);
    SDL_GL_GetDrawableSize(m_window, &drawableW, &drawableH);
    const float ratio = windowW > 0 ? static_cast<float>(drawableW) / static_cast<float>(windowW) : 1.0f;
    const float size = m_app.wantedFontSize();
    const int generation = platform::uiFonts().generation;  // the web's wide set has arrived
    if (size == m_fontSize && ratio == m_pixelRatio && generation == m_fontGeneration) return;
    m_fontSize = size;
    m_pixelRatio = ratio;
    m_fontGeneration = generation;
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    m_loadFonts(size, ratio);
    ImGui_ImplOpenGL3_CreateFontsTexture();
}

bool AppLoop::drawFrame() {
    if (m_quit) return false;
    updateFonts();
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    ImGuiIO& io = ImGui::GetIO();
    if (io.DeltaTime <= 0.0f) io.DeltaTime = 1.0f / 1000.0f;  // ImGui asserts on a zero frame time
    setSystemPrefersDark(platform::systemPrefersDark());
    ImGui::NewFrame();
    m_app.setTouch(platform::touchInput());
    const bool keepRunning = m_app.draw();
    checkAlarms();
    ImGui::Render();
    if (drewMissingGlyph(ImGui::GetDrawData())) platform::requestWideFonts();
    platform::updateTextInput(io.WantTextInput);  // web: the on-screen keyboard follows text fields
    int width = 0, height = 0;
    SDL_GL_GetDrawableSize(m_window, &width, &height);
    const ImVec4 page = toVec4(currentPalette().page);
    platform::clearFrame(width, height, page.x, page.y, page.z);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    SDL_GL_SwapWindow(m_window);
    m_pacer.onFrameDrawn();
    if (m_app.changedSomething()) m_pacer.onChange();
    m_app.afterFrame();

    // The frame has seen the pressed keys: now the held-back events can follow, unless a field the
    // frame opened is still taking the keyboard (then they wait for it; see input_gate.h).
    m_gate.holdAll(m_app.takingKeyboard());
    for (const SDL_Event& event : m_gate.afterFrame()) onEvent(event);
    return keepRunning && !m_quit;
}

}  // namespace rapport::ui
