// The registry of pages, commands and keys (see shortcuts.h). Adding a shortcut means adding a line to
// a binding table here; the menus, the help, the key handling and the web page follow.
#include "app/shortcuts.h"

namespace rapport::ui {

namespace {

KeySet g_keySet = KeySet::Desktop;

constexpr int kPageCount = 7;

// Ctrl (Cmd on macOS) everywhere: a desktop app owns its keys.
std::vector<Binding> desktopBindings() {
    std::vector<Binding> list = {
        {Action::Search, Key::K, kPrimary},
        {Action::Capture, Key::N, kPrimary},
    };
    for (int i = 0; i < kPageCount; ++i) list.push_back({Action::GoTo, Key::Digit1, kPrimary, i});
    list.push_back({Action::Undo, Key::Z, kPrimary, -1, true});
    list.push_back({Action::Redo, Key::Z, kPrimary | kShift, -1, true});
    list.push_back({Action::Redo, Key::Y, kPrimary, -1, true});
    list.push_back({Action::Back, Key::Escape, kNoMods, -1, true});
    list.push_back({Action::Help, Key::F1, kNoMods});
    list.push_back({Action::Help, Key::Slash, kShift, -1, true});  // "?"
    list.push_back({Action::Quit, Key::Q, kPrimary});
    return list;
}

// A browser keeps Ctrl+N/T/W and Ctrl+digits (new window, tab, close, switch tab) for itself: pages
// go on Alt+digit, and single keys work while no text field has the keyboard.
std::vector<Binding> webBindings() {
    std::vector<Binding> list = {
        {Action::Search, Key::K, kPrimary},
        {Action::Search, Key::Slash, kNoMods, -1, true},
        {Action::Capture, Key::N, kNoMods, -1, true},
    };
    for (int i = 0; i < kPageCount; ++i) list.push_back({Action::GoTo, Key::Digit1, kAlt, i});
    list.push_back({Action::Undo, Key::Z, kPrimary, -1, true});
    list.push_back({Action::Redo, Key::Z, kPrimary | kShift, -1, true});
    list.push_back({Action::Redo, Key::Y, kPrimary, -1, true});
    list.push_back({Action::Back, Key::Escape, kNoMods, -1, true});
    list.push_back({Action::Help, Key::Slash, kShift, -1, true});  // "?"
    list.push_back({Action::Help, Key::F1, kNoMods});
    return list;
}

const char* keyName(Key key, int page) {
    static const char* const kDigits[] = {"1", "2", "3", "4", "5", "6", "7", "8", "9"};
    switch (key) {
        case Key::K: return "K";
        case Key::N: return "N";
        case Key::Q: return "Q";
        case Key::Z: return "Z";
        case Key::Y: return "Y";
        case Key::Slash: return "/";
        case Key::F1: return "F1";
        case Key::Escape: return "Esc";
        case Key::Digit1: return kDigits[page < 0 ? 0 : page];
    }
    return "?";
}

// The DOM KeyboardEvent.code of a key (what web/keys.js compares).
std::string domCode(Key key, int page) {
    switch (key) {
        case Key::K: return "KeyK";
        case Key::N: return "KeyN";
        case Key::Q: return "KeyQ";
        case Key::Z: return "KeyZ";
        case Key::Y: return "KeyY";
        case Key::Slash: return "Slash";
        case Key::F1: return "F1";
        case Key::Escape: return "Escape";
        case Key::Digit1: return "Digit" + std::to_string(page + 1);
    }
    return "";
}

const char* actionText(Action action) {
    switch (action) {
        case Action::Search: return "Search everything";
        case Action::Capture: return "Quick capture: \"peer: text\"";
        case Action::GoTo: return "";
        case Action::Undo: return "Undo";
        case Action::Redo: return "Redo";
        case Action::Back: return "Close a dialog, or go back";
        case Action::Help: return "This help";
        case Action::Quit: return "Quit";
    }
    return "";
}

bool usesCmd(KeySet set) { return set == KeySet::Mac || set == KeySet::WebMac; }

}  // namespace

KeySet keySet() { return g_keySet; }
void setKeySet(KeySet set) { g_keySet = set; }
bool isWeb(KeySet set) { return set == KeySet::Web || set == KeySet::WebMac; }

const std::vector<PageEntry>& sidebarPages() {
    static const std::vector<PageEntry> kPages = {
        {Page::ThisWeek, "This week"}, {Page::Peers, "Peers"},     {Page::Projects, "Projects"},
        {Page::Previews, "Previews"},  {Page::Rituals, "Rituals"}, {Page::Journal, "Journal"},
        {Page::Settings, "Settings"},
    };
    return kPages;
}

Page section(Page page) {
    switch (page) {
        case Page::Peer: case Page::Meeting: case Page::PrepCard: case Page::LiveMeeting: return Page::Peers;
        case Page::Project: return Page::Projects;
        default: return page;
    }
}

const char* automationName(Page page) {
    switch (page) {
        case Page::ThisWeek: return "this-week";
        case Page::Peers: return "peers";
        case Page::Peer: return "peer";
        case Page::Meeting: return "meeting";
        case Page::PrepCard: return "prep-card";
        case Page::Projects: return "projects";
        case Page::Project: return "project";
        case Page::Previews: return "previews";
        case Page::Rituals: return "rituals";
        case Page::Journal: return "journal";
        case Page::Settings: return "settings";
        case Page::LiveMeeting: return "live-meeting";
    }
    return "?";
}

const std::vector<Binding>& bindings(KeySet set) {
    static const std::vector<Binding> kDesktop = desktopBindings();
    static const std::vector<Binding> kWeb = webBindings();
    return isWeb(set) ? kWeb : kDesktop;
}

std::string keysText(const Binding& binding, KeySet set) {
    if (binding.key == Key::Slash && binding.mods == kShift) return "?";
    std::string text;
    if (binding.mods & kPrimary) text += usesCmd(set) ? "Cmd+" : "Ctrl+";
    if (binding.mods & kAlt) text += usesCmd(set) ? "Option+" : "Alt+";
    if (binding.mods & kShift) text += "Shift+";
    return text + keyName(binding.key, binding.page);
}

std::string shortcutFor(Action action, KeySet set, int page) {
    for (const Binding& binding : bindings(set)) {
        if (binding.action == action && binding.page == page) return keysText(binding, set);
    }
    return "";
}

std::vector<HelpLine> helpLines(KeySet set) {
    std::vector<HelpLine> lines;
    std::string pages, first, last;
    for (const PageEntry& entry : sidebarPages()) pages += std::string(pages.empty() ? "" : ", ") + entry.title;
    for (const Binding& binding : bindings(set)) {
        if (binding.action == Action::GoTo) {
            if (first.empty()) {
                first = keysText(binding, set);
                lines.push_back({"", pages});  // filled in below, once the last page key is known
            }
            last = keysText(binding, set);
            lines.back().keys = first + " ... " + last;
            continue;
        }
        // Two keys for one action share a line ("Ctrl+Shift+Z / Ctrl+Y").
        if (!lines.empty() && lines.back().action == actionText(binding.action)) {
            lines.back().keys += " / " + keysText(binding, set);
            continue;
        }
        lines.push_back({keysText(binding, set), actionText(binding.action)});
    }
    // Live 1:1 mode's own single keys (while no text field has the keyboard).
    lines.push_back({"Live 1:1: J/K D C X R", "Move, discussed, carry over, drop, reopen"});
    lines.push_back({"Live 1:1: A L N F", "Commitment, capture line, notes, finish"});
    return lines;
}

std::string claimedKeysJson(KeySet set) {
    const bool cmd = usesCmd(set);
    std::string json = "[";
    for (const Binding& binding : bindings(set)) {
        auto flag = [](bool on) { return on ? "true" : "false"; };
        const bool primary = (binding.mods & kPrimary) != 0;
        if (json.size() > 1) json += ",";
        json += "{\"code\":\"" + domCode(binding.key, binding.page) + "\",\"ctrl\":" + flag(primary && !cmd) +
                ",\"meta\":" + flag(primary && cmd) + ",\"alt\":" + flag((binding.mods & kAlt) != 0) +
                ",\"shift\":" + flag((binding.mods & kShift) != 0) + ",\"outsideText\":" + flag(binding.outsideText) +
                "}";
    }
    return json + "]";
}

std::string howToOpen(const UiContext& ui, Page page) {
    int index = -1;
    const char* title = "";
    for (size_t i = 0; i < sidebarPages().size(); ++i) {
        if (sidebarPages()[i].page == page) {
            index = static_cast<int>(i);
            title = sidebarPages()[i].title;
        }
    }
    if (ui.narrow() || ui.touch()) return std::string("tap ") + title + (ui.narrow() ? " at the top" : " in the sidebar");
    const std::string keys = shortcutFor(Action::GoTo, keySet(), index);
    return std::string("open ") + title + " in the sidebar" + (keys.empty() ? "" : " or press " + keys);
}

}  // namespace rapport::ui
