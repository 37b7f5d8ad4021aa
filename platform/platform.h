// What differs between the desktop and the browser, behind one header. CMake picks the _native or
// _web file of each concern; no file needs #ifdef. The UI asks capabilities() instead of the target.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "core/util/clock.h"
#include "core/util/result.h"

union SDL_Event;
struct SDL_Window;

namespace rapport::platform {

// --- capabilities (capabilities_native.cpp / capabilities_web.cpp) ---
// What the current target can do, so the UI hides what makes no sense there.
struct Capabilities {
    bool canQuit;           // desktop: a Quit command closes the app; a browser tab cannot close itself
    bool storageIsBrowser;  // data lives in the browser's IndexedDB (export a backup to keep it safe)
    // Log segment size for the store: IDBFS rewrites a changed file whole at every sync, and the web's
    // quick localStorage copy holds the current segment, so the browser uses small segments.
    uint32_t storeSegmentBytes;
    // The app may show notifications outside its window (showNotification): the desktop's 1:1 alarms.
    bool notifications = false;
};
Capabilities capabilities();

// --- storage (storage_native.cpp / storage_web.cpp) ---
// The directory that holds the user's notebook. Native: $XDG_DATA_HOME/rapport (default
// ~/.local/share/rapport), created user-only (0700). Web: the IndexedDB-backed mount, already loaded
// before main() runs (web/persist.js). Returns an empty string and fills `error` if it can't be made.
std::string dataDirectory(std::string& error);
// True when another instance (web: another tab of this browser) already has the notebook open for
// writing; this one must then open it read-only. Native: the store's own lock decides.
bool notebookOpenElsewhere();
// Called after each durable commit. Native: nothing (the store already fsync'd). Web: schedules a
// debounced flush of the IndexedDB mount; web/persist.js also flushes when the page is hidden.
void requestFlush();
// Where read-only assets (the font) are: beside the program in a build tree, else <prefix>/share/rapport.
std::string assetPath(const std::string& name);

// --- UI fonts (fonts_native.cpp / fonts_web.cpp) ---
// The font files to load and whether they cover the wide ranges (ui::FontFiles::wide). Native: the
// full fonts beside the program. Web: the Latin set from the page's data until requestWideFonts() has
// fetched the wide set (web/fonts.js); `generation` changes when it arrives, so the loop rebuilds the atlas.
struct UiFonts {
    std::string regular;
    std::string bold;
    bool wide = true;
    int generation = 0;
};
UiFonts uiFonts();
// Web: starts fetching the wide set (once; the app draws a frame when it is in). Native: nothing.
void requestWideFonts();
// --- background work (background_native.cpp / background_web.cpp) ---
// Runs `task` away from the frame: natively on a worker thread of its own (returns at once); in the
// browser, which has no threads here, right away before returning. The store's idle compaction uses it.
void runInBackground(std::function<void()> task);

// --- the real clock (system_clock.cpp, both targets) ---
const Clock& systemClock();
// The user's local wall clock: the date, the minute of the day and how far into that minute (the
// desktop's 1:1 alarms, app/meeting_notifier.h, wake the app at the start of a minute).
struct LocalClockReading {
    CivilDate date;
    int32_t minuteOfDay = 0;
    int32_t msIntoMinute = 0;
};
LocalClockReading localClock();

// --- notifications (notify_native.cpp / notify_web.cpp) ---
// Shows a notification outside the window. Native: the freedesktop Notify call on the session bus,
// sent from a worker thread, so no frame waits; without a session bus or a notification server,
// silently nothing. Web: nothing (the calendar export carries the alarms there).
void showNotification(const std::string& title, const std::string& body);

// --- GL context (gl_native.cpp / gl_web.cpp) ---
// Sets the SDL GL attributes for this target (desktop GL 3.3 core / WebGL2 = GLES 3.0) before the
// window is created, and names the GLSL version the ImGui OpenGL3 backend must use.
void setGlAttributes();
const char* glslVersion();
// Sets the viewport to the whole drawable and clears it to `rgb`, before ImGui draws over it.
void clearFrame(int width, int height, float red, float green, float blue);

// --- automation (automation_native.cpp / automation_web.cpp) ---
// The browser tests can't read text off a canvas, so the app publishes a JSON description of what it
// holds; the web build exposes it as Module.ccall('rapport_automation_state'). Native: unused.
void publishAutomationState(std::function<std::string()> describe);
// Finds the item labelled `label` after drawing one frame with the given function: JSON {x, y, w, h}
// or "null" (the app's app/item_locator.h). The web build exposes it as rapport_item_rect(label), so
// the browser tests tap items like a user. Native: unused.
using ItemLocator = std::function<std::string(const std::string& label, const std::function<void()>& drawFrame)>;
void publishItemLocator(ItemLocator locate);

// --- text input and clipboard (text_input_native.cpp / text_input_web.cpp) ---
// Called once per frame with ImGui's io.WantTextInput. Web: focuses a hidden <input> (web/text_agent.js)
// while a text field is active, so phones open their on-screen keyboard and IMEs can compose; what is
// typed there comes back as SDL text events. Native: nothing (SDL already delivers text).
void updateTextInput(bool wantTextInput);
// The clipboard behind ImGui's io.SetClipboardTextFn / GetClipboardTextFn. Native: SDL's clipboard.
// Web: an internal copy, also written to the system clipboard (navigator.clipboard.writeText) and
// replaced by the text of a DOM paste event, so copy and paste work between the app and other tabs.
void writeClipboard(const char* utf8);
const char* readClipboard();

// --- appearance (appearance_native.cpp / appearance_web.cpp) ---
// Whether the user asked the system for dark colours: the browser's prefers-color-scheme on the web,
// GTK_THEME's ":dark" variant on the desktop. Settings' "System" theme follows it.
bool systemPrefersDark();
// --- keys and pointer (keys_native.cpp / keys_web.cpp) ---
// Which shortcut set fits where the app runs: in a browser (which keeps Ctrl+N/T/W and Ctrl+digits)
// or not, and on a Mac (Cmd instead of Ctrl) or not.
struct KeyPlatform {
    bool browser;
    bool mac;
};
KeyPlatform keyPlatform();
// Web: hands the page's keydown handler (web/keys.js) the keys the app acts on, as JSON (see
// ui::claimedKeysJson), so it takes them from the browser with preventDefault. Native: nothing.
void claimKeys(const std::string& json);
// True on a touch screen (web: a coarse pointer, or a touch seen). Native: false.
bool touchInput();

// --- files the user exports and imports (files_native.cpp / files_web.cpp) ---
// Hands an exported file to the user. Web: a browser download named `fileName`. Native: written
// user-only into $XDG_DOWNLOAD_DIR, else ~/Downloads, else ~ (never over an existing file). Returns
// where it went, for the status line, or why it could not be written.
Result<std::string> saveExport(const std::string& fileName, const std::string& bytes);
// Asks the user for a file to import. Web: the browser's file picker; the file arrives later through
// takePickedFile(). Native: false (no dialog library: the app asks for a path and calls readImport).
bool pickFileToImport();
struct PickedFile {
    std::string name;
    std::string bytes;
};
// The file the user picked since the last call, if any (web).
std::optional<PickedFile> takePickedFile();
// Reads a file the user named (native; also the command line's import): refuses, without waiting, a
// folder, a named pipe, a device or a socket, and anything over `maxBytes`. Web: fails (no paths).
Result<std::string> readImport(const std::string& path, size_t maxBytes);

// --- main loop (main_loop_native.cpp / main_loop_web.cpp) ---
// The app never owns the loop. The loop calls the client; the client says when it needs to draw.
class LoopClient {
public:
    virtual ~LoopClient() = default;
    virtual void onEvent(const SDL_Event& event) = 0;
    // How long the loop may sleep before the next frame: 0 = draw now, -1 = until an event arrives.
    virtual int idleTimeoutMs() = 0;
    // Draws one frame; false means the user asked to quit.
    virtual bool drawFrame() = 0;
};
// Runs until drawFrame() returns false (native) or forever (web: the page owns the lifetime).
// Natively it blocks in SDL_WaitEvent when idle, so an idle app costs no CPU; on the web it skips
// frames in which nothing happened.
void runMainLoop(SDL_Window* window, LoopClient& client);

}  // namespace rapport::platform
