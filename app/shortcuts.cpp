// The shortcut list (App::handleShortcuts implements each line; keep them in step).
#include "app/shortcuts.h"

namespace rapport::ui {

const std::vector<Shortcut>& shortcutList() {
    static const std::vector<Shortcut> kList = {
        {"Ctrl+K", "Search everything"},
        {"Ctrl+N", "Quick capture: \"peer: text\""},
        {"Ctrl+1 ... Ctrl+7", "This week, Peers, Projects, Previews, Rituals, Journal, Settings"},
        {"Ctrl+Z", "Undo"},
        {"Ctrl+Shift+Z / Ctrl+Y", "Redo"},
        {"Esc", "Close a dialog, or go back"},
        {"Live 1:1: J/K D C X R", "Move, discussed, carry over, drop, reopen"},
        {"Live 1:1: A L N F", "Commitment, capture line, notes, finish"},
        {"F1 or ?", "This help"},
        {"Ctrl+Q", "Quit (desktop)"},
    };
    return kList;
}

}  // namespace rapport::ui
