// AppLoop: connects the platform's main loop to SDL input, the ImGui backends and the App, and draws
// only when something happened (see FramePacer).
#pragma once

#include <SDL.h>

#include <functional>
#include <optional>

#include "app/app.h"
#include "app/frame_pacer.h"
#include "app/input_gate.h"
#include "app/meeting_notifier.h"
#include "platform/platform.h"

namespace rapport::ui {

class AppLoop final : public platform::LoopClient {
public:
    // `loadFonts(sizePixels, pixelRatio)` builds the font atlas; the loop calls it when the size in
    // Settings, the screen's pixel ratio or the platform's font files (platform::uiFonts) change, and
    // re-uploads the atlas to the GPU.
    using FontLoader = std::function<void(float sizePixels, float pixelRatio)>;
    AppLoop(SDL_Window* window, App& app, FontLoader loadFonts)
        : m_window(window), m_app(app), m_loadFonts(std::move(loadFonts)) {
        if (platform::capabilities().notifications) m_alarms.emplace(platform::showNotification);
    }

    void onEvent(const SDL_Event& event) override;
    int idleTimeoutMs() override;
    bool drawFrame() override;

private:
    void process(const SDL_Event& event);
    void updateFonts();
    void checkAlarms();

    SDL_Window* m_window;
    App& m_app;
    FramePacer m_pacer;
    FontLoader m_loadFonts;
    float m_fontSize = 0.0f, m_pixelRatio = 0.0f;  // what the current atlas was built for
    int m_fontGeneration = -1;                      // platform::uiFonts().generation of that atlas
    bool m_quit = false;
    InputGate<SDL_Event> m_gate;  // which events this frame may see (see input_gate.h)
    // The desktop's 1:1 alarms; unset where the platform shows no notifications (the web).
    std::optional<MeetingNotifier> m_alarms;
};

}  // namespace rapport::ui
