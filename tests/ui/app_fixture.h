// The one fixture of the UI tests: the real App on a fresh store in a temp folder, in a headless ImGui,
// with helpers to seed data through the same commands the screens use and to drive keys and clicks.
#pragma once

#include <catch2/catch.hpp>
#include <imgui.h>

#include <stdlib.h>

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "app/app.h"
#include "core/model/commands.h"
#include "core/store/notebook_store.h"
#include "core/store/posix_medium.h"
#include "tests/ui/headless_imgui.h"

namespace rapport::test {

// A fresh, empty data folder per test.
inline std::string makeTempDir() {
    char pattern[] = "/tmp/rapport-ui-XXXXXX";
    const char* dir = mkdtemp(pattern);
    REQUIRE(dir != nullptr);
    return dir;
}

inline std::unique_ptr<NotebookStore> openStore(store::StorageMedium& medium, const std::string& dir,
                                                const Clock& clock) {
    auto opened = NotebookStore::open(medium, dir, clock);
    INFO((opened ? std::string() : opened.error().message));
    REQUIRE(opened.ok());
    return std::move(opened).value();
}

// What main() gives the app, on a test folder.
inline ui::NotebookOpener openerFor(store::StorageMedium& medium, const std::string& dir, const Clock& clock) {
    return ui::NotebookOpener{[&medium, dir, &clock] { return NotebookStore::open(medium, dir, clock); },
                              [&medium, dir, &clock] { return NotebookStore::openReadOnly(medium, dir, clock); }, nullptr};
}

inline std::vector<std::string> peerNames(const NotebookStore& s) {
    std::vector<std::string> names;
    for (const auto& entry : s.notebook().peers()) names.push_back(entry.second.name);
    return names;
}

// The app on a fresh store, in a headless ImGui, on the Peers page with the add field focused.
struct AppOnFreshStore {
    std::string dir = makeTempDir();
    store::PosixMedium medium;
    FixedClock clock{1'764'000'000'000, CivilDate::fromDayNumber(20'416)};  // Mon 24 Nov 2025
    HeadlessImGui imgui;
    ui::App app{openerFor(medium, dir, clock), clock, true};
    std::function<bool()> draw = [this] { return app.draw(); };

    AppOnFreshStore() {
        app.setExtraKeys(HeadlessImGui::kExtraKeys);
        imgui.settle(draw);
        REQUIRE(imgui.click("Peers", draw));  // home is This week; peers are one click away
        imgui.settle(draw);
    }
    const Notebook& notebook() const { return app.notebookStore()->notebook(); }
    ui::UiContext& ui() { return *app.context(); }
    CivilDate today() const { return clock.today(); }

    void addPeerWithKeyboard(const std::string& name) {
        imgui.type(name, draw);
        imgui.press(ImGuiKey_Enter, draw);
        imgui.settle(draw);  // the add field takes the focus back for the next name
    }
    // Seeds data the way a screen would (through UiContext, so caches see the new revision).
    EntityId seed(Result<Command> command) {
        INFO((command ? std::string() : command.error().message));
        REQUIRE(command.ok());
        const EntityId id = ui().runCreating(std::move(command));
        return id;
    }
    EntityId seedPeer(const std::string& name) { return seed(addPeer(notebook(), ui().ids(), name)); }
    // Opens a page as a link or button would, and lets focus settle.
    void open(ui::Page page, EntityId id = kNoId) {
        ui().go(ui::Route{page, id});
        imgui.settle(draw);
    }
    // Clicks a visible label; fails the test when it is not on screen.
    void click(const std::string& label) {
        INFO("clicking " << label);
        REQUIRE(imgui.click(label, draw));
        imgui.settle(draw, 2);
    }
    void typeAndEnter(const std::string& text) {
        imgui.type(text, draw);
        imgui.press(ImGuiKey_Enter, draw);
        imgui.settle(draw, 2);
    }
    // Ctrl + one of the keys ImGui 1.86 has no name for (K, N...), by its test index.
    void ctrlExtra(int index) {
        ImGuiIO& io = ImGui::GetIO();
        io.KeyCtrl = true;
        io.KeysDown[index] = true;
        imgui.frame(draw);
        io.KeysDown[index] = false;
        io.KeyCtrl = false;
        imgui.settle(draw, 2);
    }
    template <class T>
    std::vector<const T*> all() const {
        std::vector<const T*> out;
        for (const auto& entry : notebook().all<T>()) out.push_back(&entry.second);
        return out;
    }
};

}  // namespace rapport::test
