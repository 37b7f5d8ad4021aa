// Every keyboard shortcut of the app, in one list: the help overlay shows it, App acts on it.
#pragma once

#include <vector>

namespace rapport::ui {

struct Shortcut {
    const char* keys;
    const char* action;
};

const std::vector<Shortcut>& shortcutList();

}  // namespace rapport::ui
