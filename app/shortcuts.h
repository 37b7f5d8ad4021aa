// The one registry of the app's pages, commands and their keys, per platform. The sidebar, the Go menu,
// the help overlay, the key handling (App::handleShortcuts) and the web page's keydown handler
// (web/keys.js, through claimedKeysJson) all read it, so they cannot drift apart.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "app/ui_context.h"

namespace rapport::ui {

// Where the app runs, as far as keys go. A browser owns Ctrl+N/T/W and Ctrl+digits, so the web sets
// use keys a page may have; macOS uses Cmd where Linux and Windows use Ctrl.
enum class KeySet : uint8_t { Desktop, Mac, Web, WebMac };
// The key set of this process (set once at start by main; the UI tests set the one they test).
KeySet keySet();
void setKeySet(KeySet set);
bool isWeb(KeySet set);

// The sidebar's pages, in order; the page shortcuts (Ctrl+1, Alt+1...) follow this order.
struct PageEntry {
    Page page;
    const char* title;
};
const std::vector<PageEntry>& sidebarPages();
// The sidebar entry a page belongs to (a peer's page is under Peers).
Page section(Page page);
// The page's name in the automation state ("this-week", "peers"...).
const char* automationName(Page page);

// What a shortcut does.
enum class Action : uint8_t { Search, Capture, GoTo, Undo, Redo, Back, Help, Quit };

// The keys the registry uses; the app maps them to ImGui key indices (App::keyIndex).
enum class Key : uint8_t { K, N, Q, Z, Y, Slash, F1, Escape, Digit1 };  // Digit1 + n = digit n+1

// Modifier bits of a binding. kPrimary is Ctrl, or Cmd on macOS (also in a browser on a Mac).
enum : uint8_t { kNoMods = 0, kPrimary = 1, kAlt = 2, kShift = 4 };

struct Binding {
    Action action;
    Key key;
    uint8_t mods;
    int page = -1;             // GoTo: index into sidebarPages(); the key is Digit1 + page
    bool outsideText = false;  // only while no text field has the keyboard (single keys, app-wide undo)
};

// Every binding of a key set, in the order the help lists them.
const std::vector<Binding>& bindings(KeySet set);
// How a binding is written for this key set: "Ctrl+K", "Cmd+Shift+Z", "Alt+2", "/", "?", "F1".
std::string keysText(const Binding& binding, KeySet set);
// The first binding's text for an action (a page's for GoTo), "" when the set has none: menus show it.
std::string shortcutFor(Action action, KeySet set, int page = -1);

// One line of the help overlay (the page shortcuts folded into one line).
struct HelpLine {
    std::string keys;
    std::string action;
};
std::vector<HelpLine> helpLines(KeySet set);

// The keys the web page must take from the browser (preventDefault), as JSON for web/keys.js:
// [{"code":"KeyK","ctrl":true,"meta":false,"alt":false,"shift":false,"outsideText":false}, ...].
std::string claimedKeysJson(KeySet set);

// How to reach a page in a sentence: "tap Peers at the top" on a phone, "Peers in the sidebar, or
// Ctrl+2" on a desktop. Empty states use it instead of naming a key a phone does not have.
std::string howToOpen(const UiContext& ui, Page page);

}  // namespace rapport::ui
