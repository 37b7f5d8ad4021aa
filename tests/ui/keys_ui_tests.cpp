// Keys that work where the user is: the shortcut registry per platform (a browser keeps Ctrl+N/T/W and
// Ctrl+digits; macOS uses Cmd), the keys acting in the real app, keyboard-only forms (Tab, Space,
// Enter), and navigation on a touch screen leaving text fields alone.
#include <algorithm>

#include "app/shortcuts.h"
#include "tests/ui/app_fixture.h"

namespace rapport::test {
namespace {

using ui::KeySet;

// Sets the process's key set for one test and puts the desktop one back.
struct KeySetScope {
    explicit KeySetScope(KeySet set) { ui::setKeySet(set); }
    ~KeySetScope() { ui::setKeySet(KeySet::Desktop); }
};

struct Mods {
    bool ctrl = false, alt = false, shift = false, super = false;
};

// Presses one key (an io.KeysDown index) with modifiers for one frame, then lets the app settle.
void pressWith(AppOnFreshStore& app, int index, Mods mods) {
    ImGuiIO& io = ImGui::GetIO();
    io.KeyCtrl = mods.ctrl;
    io.KeyAlt = mods.alt;
    io.KeyShift = mods.shift;
    io.KeySuper = mods.super;
    io.KeysDown[index] = true;
    app.imgui.frame(app.draw);
    io.KeysDown[index] = false;
    io.KeyCtrl = io.KeyAlt = io.KeyShift = io.KeySuper = false;
    app.imgui.settle(app.draw, 2);
}

constexpr auto kKeys = HeadlessImGui::kExtraKeys;

bool searchIsOpen(const AppOnFreshStore& app) { return app.imgui.shows("##query"); }

}  // namespace

TEST_CASE("the web key set leaves the browser its keys: no Ctrl+N, T, W or Ctrl+digit", "[ui][keys]") {
    for (const KeySet set : {KeySet::Web, KeySet::WebMac}) {
        for (const ui::Binding& binding : ui::bindings(set)) {
            const bool primary = (binding.mods & ui::kPrimary) != 0;
            INFO(ui::keysText(binding, set));
            CHECK_FALSE((primary && (binding.key == ui::Key::N || binding.key == ui::Key::Digit1)));
            CHECK(binding.action != ui::Action::Quit);  // a tab cannot close itself
        }
        const std::string json = ui::claimedKeysJson(set);
        for (const char* code : {"KeyN", "KeyT", "KeyW", "Digit1", "Digit2", "Digit7", "Digit9"}) {
            INFO(json);
            const std::string withCtrl = std::string("\"code\":\"") + code + "\",\"ctrl\":true";
            const std::string withCmd = std::string("\"code\":\"") + code + "\",\"ctrl\":false,\"meta\":true";
            CHECK(json.find(withCtrl) == std::string::npos);
            CHECK(json.find(withCmd) == std::string::npos);
        }
    }
    // The desktop keeps its Ctrl set; the Mac the same keys with Cmd.
    CHECK(ui::shortcutFor(ui::Action::GoTo, KeySet::Desktop, 1) == "Ctrl+2");
    CHECK(ui::shortcutFor(ui::Action::GoTo, KeySet::Mac, 1) == "Cmd+2");
    CHECK(ui::shortcutFor(ui::Action::GoTo, KeySet::Web, 1) == "Alt+2");
    CHECK(ui::shortcutFor(ui::Action::Capture, KeySet::Web) == "N");
    CHECK(ui::shortcutFor(ui::Action::Search, KeySet::WebMac) == "Cmd+K");
    CHECK(ui::shortcutFor(ui::Action::Quit, KeySet::Mac) == "Cmd+Q");
}

TEST_CASE("the help lists each platform's own keys", "[ui][keys]") {
    auto keysOf = [](KeySet set) {
        std::string all;
        for (const ui::HelpLine& line : ui::helpLines(set)) all += line.keys + " = " + line.action + "\n";
        return all;
    };
    const std::string web = keysOf(KeySet::Web), desktop = keysOf(KeySet::Desktop), mac = keysOf(KeySet::Mac);
    INFO(web << "---\n" << desktop << "---\n" << mac);
    CHECK(web.find("Alt+1 ... Alt+7 = This week, Peers, Projects") != std::string::npos);
    CHECK(web.find("Ctrl+K / / = Search") != std::string::npos);
    CHECK(web.find("Ctrl+N") == std::string::npos);
    CHECK(web.find("Quit") == std::string::npos);
    CHECK(desktop.find("Ctrl+1 ... Ctrl+7") != std::string::npos);
    CHECK(desktop.find("Ctrl+Shift+Z / Ctrl+Y = Redo") != std::string::npos);
    CHECK(mac.find("Cmd+K = Search") != std::string::npos);
    CHECK(mac.find("Ctrl+") == std::string::npos);
}

TEST_CASE("web keys in the app: Alt+digit goes to a page, / searches, n captures, but not while typing", "[ui][keys]") {
    KeySetScope web(KeySet::Web);
    AppOnFreshStore app;  // on Peers, the add field has the keyboard
    REQUIRE(ImGui::GetIO().WantTextInput);
    pressWith(app, kKeys.n, {});
    app.imgui.type("n", app.draw);  // the character SDL sends with the key
    app.imgui.settle(app.draw);
    CHECK_FALSE(app.imgui.shows("##line"));  // no quick capture: the "n" was typed
    pressWith(app, kKeys.digit1, {true});     // Ctrl+1 is the browser's
    CHECK(app.ui().route().page == ui::Page::Peers);
    pressWith(app, kKeys.digit1 + 5, {false, true});  // Alt+6
    CHECK(app.ui().route().page == ui::Page::Journal);
    pressWith(app, kKeys.digit1, {false, true});  // Alt+1
    CHECK(app.ui().route().page == ui::Page::ThisWeek);
    REQUIRE_FALSE(ImGui::GetIO().WantTextInput);
    pressWith(app, kKeys.slash, {});
    CHECK(searchIsOpen(app));
    app.imgui.press(ImGuiKey_Escape, app.draw);
    app.imgui.settle(app.draw);
    REQUIRE_FALSE(searchIsOpen(app));
    pressWith(app, kKeys.n, {});
    CHECK(app.imgui.shows("##line"));
}

TEST_CASE("on a Mac the shortcuts use Cmd; Ctrl+K does nothing there", "[ui][keys]") {
    KeySetScope mac(KeySet::Mac);
    AppOnFreshStore app;
    pressWith(app, kKeys.digit1, {true});  // Ctrl+1
    CHECK(app.ui().route().page == ui::Page::Peers);
    pressWith(app, kKeys.digit1, {false, false, false, true});  // Cmd+1
    CHECK(app.ui().route().page == ui::Page::ThisWeek);
    pressWith(app, kKeys.k, {true});
    CHECK_FALSE(searchIsOpen(app));
    pressWith(app, kKeys.k, {false, false, false, true});
    CHECK(searchIsOpen(app));
}

TEST_CASE("opening a page on a touch screen leaves the keyboard closed; on a desktop the field takes it", "[ui][keys][phone]") {
    AppOnFreshStore app;  // desktop: Peers opened with its add field focused
    CHECK(ImGui::GetIO().WantTextInput);
    for (const char* page : {"Projects", "Previews", "Rituals", "Journal", "Settings"}) {
        INFO(page);
        app.click(page);
        app.imgui.settle(app.draw);
        CHECK(ImGui::GetIO().WantTextInput);
    }

    AppOnFreshStore phone;
    phone.app.setTouch(true);
    phone.click("This week");
    for (const char* page : {"Peers", "Projects", "Previews", "Rituals", "Journal", "Settings"}) {
        INFO(page);
        phone.click(page);
        phone.imgui.settle(phone.draw);
        CHECK_FALSE(ImGui::GetIO().WantTextInput);
    }
    // A tap into the field still opens it.
    phone.click("Peers");
    phone.click("##new-peer");
    CHECK(ImGui::GetIO().WantTextInput);
}

TEST_CASE("on a phone the page buttons and the status line's Undo are at least 44 px tall", "[ui][keys][phone]") {
    AppOnFreshStore phone;
    ImGui::GetIO().DisplaySize = ImVec2(390.0f, 800.0f);
    phone.app.setTouch(true);
    phone.imgui.settle(phone.draw);
    for (const ui::PageEntry& entry : ui::sidebarPages()) {
        INFO(entry.title);
        const ImRect rect = phone.imgui.rectOf(entry.title);
        CHECK(rect.GetHeight() >= 44.0f);
        CHECK(rect.Max.x <= 390.0f);
    }
    phone.seedPeer("Ada Lovelace");
    phone.imgui.settle(phone.draw);
    phone.ui().inform("Deleted Ada Lovelace");  // what a deletion says; the status line then offers Undo
    phone.imgui.settle(phone.draw);
    CHECK(phone.imgui.rectOf("Undo").GetHeight() >= 44.0f);
    CHECK(phone.imgui.rectOf("Undo").Max.y <= 800.0f);
    CHECK(phone.imgui.rectOf("Undo").Max.x <= 390.0f);
}

namespace {

// Presses Tab (Shift+Tab when `back`) until the control labelled `label` has the focus; fails after 40.
void tabTo(AppOnFreshStore& app, const std::string& label, std::vector<std::string>& visited, bool back = false) {
    for (int i = 0; i < 40; ++i) {
        if (app.imgui.focusedLabel() == label) return;
        app.imgui.press(ImGuiKey_Tab, app.draw, false, back);
        visited.push_back(app.imgui.focusedLabel());
    }
    FAIL("Tab never reached " << label << " in " << (GImGui->NavWindow ? GImGui->NavWindow->Name : "no window") << "; visited: " << [&] {
        std::string all;
        for (const auto& v : visited) all += v + ", ";
        return all;
    }());
}

// The position of `label` in the visited list (-1 when Tab never stopped there).
int indexOf(const std::vector<std::string>& visited, const std::string& label) {
    const auto found = std::find(visited.begin(), visited.end(), label);
    return found == visited.end() ? -1 : static_cast<int>(found - visited.begin());
}

}  // namespace

TEST_CASE("keyboard only: Tab reaches every control of the new-ritual form in order; Space and Enter operate them", "[ui][keys][tab]") {
    AppOnFreshStore app;
    app.seedPeer("Ada Lovelace");
    app.click("Rituals");  // the ritual name field has the keyboard
    REQUIRE(app.imgui.focusedLabel() == "Ritual name");
    std::vector<std::string> visited;
    // Back to the kind combo before it, open it with Space, pick the second kind with Down and Enter.
    tabTo(app, "kind", visited, true);
    app.imgui.press(ImGuiKey_Space, app.draw);
    app.imgui.press(ImGuiKey_DownArrow, app.draw);
    app.imgui.press(ImGuiKey_Enter, app.draw);
    app.imgui.settle(app.draw);
    visited.clear();
    tabTo(app, "Ritual name", visited);
    app.imgui.type("Breakfast before the QBR", app.draw);
    tabTo(app, "Work event", visited);
    app.imgui.type("QBR", app.draw);
    tabTo(app, "repeats", visited);
    tabTo(app, "Ada Lovelace", visited);  // the peer's checkbox
    app.imgui.press(ImGuiKey_Space, app.draw);
    tabTo(app, "Add ritual", visited);
    // Every control between, in the order drawn: the combo and checkbox are stops, not skipped.
    CHECK(indexOf(visited, "Work event") < indexOf(visited, "repeats"));
    CHECK(indexOf(visited, "repeats") < indexOf(visited, "Ada Lovelace"));
    CHECK(indexOf(visited, "first date") >= 0);
    app.imgui.press(ImGuiKey_Enter, app.draw);
    app.imgui.settle(app.draw);

    const auto rituals = app.all<Ritual>();
    REQUIRE(rituals.size() == 1);
    CHECK(rituals[0]->title == "Breakfast before the QBR");
    CHECK(rituals[0]->workEvent == "QBR");
    CHECK(static_cast<int>(rituals[0]->kind) == 1);
    REQUIRE(rituals[0]->participants.size() == 1);
    CHECK(app.notebook().find<Peer>(rituals[0]->participants[0])->name == "Ada Lovelace");
}

TEST_CASE("keyboard only: a peer's profile, its combo and checkbox by Tab and Space", "[ui][keys][tab]") {
    AppOnFreshStore app;
    const EntityId ada = app.seedPeer("Ada Lovelace");
    app.open(ui::Page::Peer, ada);
    std::vector<std::string> visited;
    tabTo(app, "Role", visited);
    app.imgui.type("VP Engineering", app.draw);
    tabTo(app, "Interdependence", visited);  // leaving Role saves it
    app.imgui.press(ImGuiKey_Space, app.draw);  // opens the choice
    app.imgui.press(ImGuiKey_DownArrow, app.draw);
    app.imgui.press(ImGuiKey_DownArrow, app.draw);
    app.imgui.press(ImGuiKey_Space, app.draw);
    app.imgui.settle(app.draw);
    tabTo(app, "On my leadership team", visited);
    app.imgui.press(ImGuiKey_Space, app.draw);
    app.imgui.settle(app.draw);
    CHECK(indexOf(visited, "Team") >= 0);
    CHECK(indexOf(visited, "Relationship") > indexOf(visited, "Interdependence"));

    const Peer& peer = *app.notebook().find<Peer>(ada);
    CHECK(peer.role == "VP Engineering");
    CHECK(peer.onLeadershipTeam);
    CHECK(peer.interdependence != Peer{}.interdependence);
}

}  // namespace rapport::test
