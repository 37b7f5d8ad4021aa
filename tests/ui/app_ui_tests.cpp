// The real App, driven with simulated keys in a headless ImGui, on a real store in a temp folder:
// adding a peer with the keyboard reaches the notebook, survives reopening, and undo/redo work.
#include <algorithm>
#include <string>
#include <vector>

#include "tests/ui/app_fixture.h"

using namespace rapport;
using test::AppOnFreshStore;
using test::makeTempDir;
using test::openerFor;
using test::openStore;
using test::peerNames;

TEST_CASE("a peer typed into the add field and confirmed with Enter is saved", "[ui]") {
    std::string dir;
    {
        AppOnFreshStore ui;
        dir = ui.dir;
        ui.addPeerWithKeyboard("Ada Lovelace");
        REQUIRE(peerNames(*ui.app.notebookStore()) == std::vector<std::string>{"Ada Lovelace"});
        // The field is ready for the next name straight away.
        ui.addPeerWithKeyboard("Grace Hopper");
        INFO(ui.app.context()->status());
        CHECK(ui.notebook().peers().size() == 2);
        CHECK(ui.app.describeForAutomation().find("\"Grace Hopper\"") != std::string::npos);
    }

    // Reopening the same folder (an app restart) shows both.
    store::PosixMedium medium;
    FixedClock clock(1'764'000'000'000, CivilDate::fromDayNumber(20'416));
    auto reopened = openStore(medium, dir, clock);
    auto names = peerNames(*reopened);
    std::sort(names.begin(), names.end());
    CHECK(names == std::vector<std::string>{"Ada Lovelace", "Grace Hopper"});
}

TEST_CASE("a name typed straight after Enter keeps its first letter", "[ui]") {
    AppOnFreshStore ui;
    ui.imgui.type("Ada Lovelace", ui.draw);
    ImGuiIO& io = ImGui::GetIO();
    io.KeysDown[ImGuiKey_Enter] = true;
    ui.imgui.frame(ui.draw);
    io.KeysDown[ImGuiKey_Enter] = false;
    io.AddInputCharactersUTF8("Grace Hopper");  // arrives with the key release, before any refocus frame
    ui.imgui.frame(ui.draw);
    ui.imgui.press(ImGuiKey_Enter, ui.draw);
    auto names = peerNames(*ui.app.notebookStore());
    std::sort(names.begin(), names.end());
    CHECK(names == std::vector<std::string>{"Ada Lovelace", "Grace Hopper"});
}

TEST_CASE("an empty name is refused and adds nothing", "[ui]") {
    AppOnFreshStore ui;
    ui.addPeerWithKeyboard("   ");
    CHECK(ui.notebook().peers().empty());
}

TEST_CASE("Ctrl+Z undoes the last add and Ctrl+Shift+Z redoes it", "[ui]") {
    AppOnFreshStore ui;
    ui.addPeerWithKeyboard("Ada Lovelace");
    REQUIRE(ui.notebook().peers().size() == 1);

    ui.imgui.press(ImGuiKey_Escape, ui.draw);  // leave the text field: Ctrl+Z now means the app's undo
    ui.imgui.settle(ui.draw);
    REQUIRE_FALSE(ImGui::GetIO().WantTextInput);
    ui.imgui.press(ImGuiKey_Z, ui.draw, /*ctrl=*/true);
    CHECK(ui.notebook().peers().empty());
    ui.imgui.press(ImGuiKey_Z, ui.draw, /*ctrl=*/true, /*shift=*/true);
    CHECK(peerNames(*ui.app.notebookStore()) == std::vector<std::string>{"Ada Lovelace"});
}

TEST_CASE("a damaged notebook is reported, left untouched, and can be opened read-only", "[ui]") {
    const std::string dir = makeTempDir();
    store::PosixMedium medium;
    FixedClock clock(1'764'000'000'000, CivilDate::fromDayNumber(20'416));
    {
        auto notebook = openStore(medium, dir, clock);
        for (const char* name : {"Ada Lovelace", "Grace Hopper", "Katherine Johnson"}) {
            auto command = addPeer(notebook->notebook(), notebook->ids(), name);
            REQUIRE(command.ok());
            REQUIRE(notebook->execute(command.value()).ok());
        }
    }
    // Damage the first record of the log: mid-file corruption, not a torn tail.
    auto files = medium.listFiles(dir);
    REQUIRE(files.ok());
    std::string segment;
    for (const auto& f : files.value()) {
        if (f.rfind("log-", 0) == 0) segment = dir + "/" + f;
    }
    REQUIRE_FALSE(segment.empty());
    std::string bytes = medium.readFile(segment).value();
    REQUIRE(bytes.size() > 100);
    bytes[bytes.size() / 4] = static_cast<char>(bytes[bytes.size() / 4] ^ 0x5a);
    REQUIRE(medium.writeFile(segment, bytes).ok());

    test::HeadlessImGui imgui;
    ui::App app(openerFor(medium, dir, clock), clock, true);
    auto draw = [&] { return app.draw(); };
    imgui.settle(draw);
    CHECK(app.notebookStore() == nullptr);
    CHECK(app.describeForAutomation().find("log-") != std::string::npos);  // names the damaged file
    CHECK(medium.readFile(segment).value() == bytes);                      // and leaves it as it was

    REQUIRE(imgui.click("Open read-only", draw));
    REQUIRE(app.notebookStore() != nullptr);
    CHECK(app.notebookStore()->readOnly());
    CHECK_FALSE(imgui.shows("Add peer"));  // nothing that writes is offered
    CHECK(medium.readFile(segment).value() == bytes);
}
