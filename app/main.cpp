// The program: SDL window, GL context and ImGui backends around the App, driven by the platform's
// main loop. Everything that differs between desktop and browser is behind platform/platform.h.
#include <SDL.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl.h>

#include <unistd.h>

#include <cstdio>
#include <exception>
#include <memory>
#include <string>

#include "app/app.h"
#include "app/app_loop.h"
#include "app/demo_notebook.h"
#include "app/shortcuts.h"
#include "app/sync_automation.h"
#include "app/item_locator.h"
#include "app/theme.h"
#include "app/version.h"
#include "core/store/notebook_store.h"
#include "core/store/posix_medium.h"
#include "platform/platform.h"
#include "platform/sync_runner.h"

namespace {

using namespace rapport;

constexpr size_t kMaxBackupBytes = 64u * 1024 * 1024;  // the backup reader's own limit
constexpr const char* kOpenElsewhere =
    "Rapport is open in another tab; this one is read-only. Close the other tab to edit here.";

// Opens the notebook in the platform's data directory, read-write or (after damage) read-only.
Result<std::unique_ptr<NotebookStore>> openNotebook(store::StorageMedium& medium, bool readOnly) {
    std::string error;
    const std::string dir = platform::dataDirectory(error);
    if (dir.empty()) return makeError(error);
    // Another tab writes the notebook: this one reads it (App says why, see kOpenElsewhere).
    if (!readOnly && platform::notebookOpenElsewhere()) readOnly = true;
    StoreOptions options;
    options.log.segmentBytes = platform::capabilities().storeSegmentBytes;
    options.compactAtIdle = true;  // never inside an edit: App::idle() does it (platform::runInBackground)
    auto opened = readOnly ? NotebookStore::openReadOnly(medium, dir, platform::systemClock(), options)
                           : NotebookStore::open(medium, dir, platform::systemClock(), options);
    if (opened) opened.value()->setFlushHook([] { platform::requestFlush(); });
    if (!opened) std::fprintf(stderr, "rapport: %s\n", opened.error().message.c_str());
    return opened;
}

// What this device is called in the list of synced devices until the user names it.
std::string deviceName() {
    char host[256] = {};
    if (::gethostname(host, sizeof host - 1) == 0 && host[0]) return host;
    return platform::capabilities().storageIsBrowser ? "browser" : "this computer";
}

int run(bool demo) {
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER | SDL_INIT_EVENTS) != 0) {
        std::fprintf(stderr, "rapport: cannot start SDL: %s\n", SDL_GetError());
        return 1;
    }
    platform::setGlAttributes();
    const Uint32 flags = SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
    SDL_Window* window =
        SDL_CreateWindow("Rapport", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, 1100, 720, flags);
    if (!window) {
        std::fprintf(stderr, "rapport: cannot open a window: %s\n", SDL_GetError());
        return 1;
    }
    SDL_GLContext gl = SDL_GL_CreateContext(window);
    if (!gl) {
        std::fprintf(stderr, "rapport: no OpenGL context: %s\n", SDL_GetError());
        return 1;
    }
    SDL_GL_MakeCurrent(window, gl);
    SDL_GL_SetSwapInterval(1);

    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // layout is ours to keep; ImGui must not write files
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.ConfigInputTextCursorBlink = false;  // a blinking caret would need a redraw twice a second
    ImGui_ImplSDL2_InitForOpenGL(window, gl);
    ImGui_ImplOpenGL3_Init(platform::glslVersion());
    // After the SDL backend's own: the browser's clipboard needs the page's help (platform/).
    io.SetClipboardTextFn = [](void*, const char* text) { platform::writeClipboard(text); };
    io.GetClipboardTextFn = [](void*) { return platform::readClipboard(); };
    ui::applyTheme(ui::Theme::Light);

    // Static: on the web runMainLoop leaves main() by throwing (Emscripten's "unwind"), and with
    // WebAssembly exception handling that runs the destructors of main()'s locals on the way out, while
    // the browser loop keeps using these objects. Statics are not destroyed by unwinding.
    static store::PosixMedium medium;
    ui::NotebookOpener opener{[] { return openNotebook(medium, false); }, [] { return openNotebook(medium, true); },
                              [] { return platform::notebookOpenElsewhere() ? std::string(kOpenElsewhere) : std::string(); }};
    // --demo: the sample notebook in memory; the user's own notebook is not opened or touched.
    if (demo) opener = ui::NotebookOpener{[] { return ui::openDemoNotebook(platform::systemClock()); }, nullptr, nullptr};
    static std::unique_ptr<ui::App> app;
    app = std::make_unique<ui::App>(std::move(opener), platform::systemClock(), platform::capabilities().canQuit);
    app->setBackgroundRunner(platform::runInBackground);
    // The SDL backend indexes io.KeysDown by scancode.
    app->setExtraKeys(ui::ExtraKeys{SDL_SCANCODE_K, SDL_SCANCODE_N, SDL_SCANCODE_1, SDL_SCANCODE_F1, SDL_SCANCODE_SLASH,
                                    SDL_SCANCODE_Q});
    // The shortcut set of this platform (app/shortcuts.cpp); a browser page takes those keys from the browser.
    const platform::KeyPlatform keys = platform::keyPlatform();
    ui::setKeySet(keys.browser ? (keys.mac ? ui::KeySet::WebMac : ui::KeySet::Web)
                               : (keys.mac ? ui::KeySet::Mac : ui::KeySet::Desktop));
    platform::claimKeys(ui::claimedKeysJson(ui::keySet()));
    if (!demo) app->setSampleOpener([] { return ui::openDemoNotebook(platform::systemClock()); });
    // Sync, for the user's own notebook: the runner (and with it any network code) is made only once
    // the user has set sync up in Settings.
    if (!demo) {
        std::string dirError;
        ui::SyncPlace place;
        place.medium = &medium;
        place.dir = platform::dataDirectory(dirError);
        place.makeRunner = [] { return platform::SyncRunner::make(); };
        place.flushed = [] { platform::requestFlush(); };
        place.deviceName = deviceName();
        if (!place.dir.empty()) app->setSync(std::move(place));
    } else {
        app->explainNoSync("Sync is off in the sample notebook: nothing of it is kept.");
    }
    app->setFileBridge(ui::FileBridge{
        platform::saveExport, platform::pickFileToImport,
        []() -> std::optional<std::pair<std::string, std::string>> {
            auto picked = platform::takePickedFile();
            if (!picked) return std::nullopt;
            return std::make_pair(std::move(picked->name), std::move(picked->bytes));
        },
        [](const std::string& path) { return platform::readImport(path, kMaxBackupBytes); }});
    platform::publishAutomationState([&app = *app] { return app.describeForAutomation(); });
    platform::publishItemLocator(ui::locateItem);
    ui::installSyncAutomation(*app);
    auto loadFonts = [](float size, float ratio) {
        std::string fontError;
        const platform::UiFonts fonts = platform::uiFonts();
        ui::loadFonts({fonts.regular, fonts.bold, fonts.wide}, size, ratio, fontError);
        if (!fontError.empty()) std::fprintf(stderr, "rapport: %s\n", fontError.c_str());
    };
    static std::unique_ptr<ui::AppLoop> loop;
    loop = std::make_unique<ui::AppLoop>(window, *app, loadFonts);
    platform::runMainLoop(window, *loop);  // on the web this never returns
    loop.reset();
    app.reset();

    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplSDL2_Shutdown();
    ImGui::DestroyContext();
    SDL_GL_DeleteContext(gl);
    SDL_DestroyWindow(window);
    SDL_Quit();
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    bool demo = false;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--demo") {
            demo = true;
        } else if (arg == "--version") {
            std::printf("rapport-desktop %s\n", kVersion);
            return 0;
        } else {
            const bool help = arg == "--help" || arg == "-h";
            std::fprintf(help ? stdout : stderr,
                         "Usage: rapport-desktop [--demo]\n"
                         "Opens Rapport, a private notebook for the people you work with, in a window.\n\n"
                         "  --demo     open a sample notebook in memory (nothing is saved)\n"
                         "  --help     show this help\n"
                         "  --version  show the version\n\n"
                         "The notebook lives in $XDG_DATA_HOME/rapport (default ~/.local/share/rapport).\n"
                         "The command line for the same notebook is rapport(1).\n");
            return help ? 0 : 2;
        }
    }
    // One top-level catch: an unexpected failure shows a message instead of vanishing.
    try {
        return run(demo);
    } catch (const std::exception& e) {
        SDL_ShowSimpleMessageBox(SDL_MESSAGEBOX_ERROR, "Rapport", e.what(), nullptr);
        std::fprintf(stderr, "rapport: %s\n", e.what());
        return 1;
    }
}
