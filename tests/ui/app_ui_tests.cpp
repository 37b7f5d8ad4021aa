// The real App, driven with simulated keys in a headless ImGui, on a real store in a temp folder:
// adding a peer with the keyboard reaches the notebook, survives reopening, and undo/redo work.
#include <catch2/catch.hpp>
#include <imgui.h>

#include <stdlib.h>
#include <unistd.h>

#include <memory>
#include <string>
#include <vector>

#include "app/app.h"
#include "core/store/notebook_store.h"
#include "core/store/posix_medium.h"
#include "tests/ui/headless_imgui.h"

namespace {

using namespace rapport;

// A fresh, empty data folder per test.
std::string makeTempDir() {
    char pattern[] = "/tmp/rapport-ui-XXXXXX";
    const char* dir = mkdtemp(pattern);
    REQUIRE(dir != nullptr);
    return dir;
}

std::unique_ptr<NotebookStore> openStore(store::StorageMedium& medium, const std::string& dir,
                                                const Clock& clock) {
    auto opened = NotebookStore::open(medium, dir, clock);
    INFO((opened ? std::string() : opened.error().message));
    REQUIRE(opened.ok());
    return std::move(opened).value();
}

std::vector<std::string> peerNames(const NotebookStore& s) {
    std::vector<std::string> names;
    for (const auto& entry : s.notebook().peers()) names.push_back(entry.second.name);
    return names;
}

}  // namespace

TEST_CASE("a peer typed into the add field and confirmed with Enter is saved", "[ui]") {
    const std::string dir = makeTempDir();
    store::PosixMedium medium;
    FixedClock clock(1'764'000'000'000, CivilDate::fromDayNumber(20'416));

    {
        test::HeadlessImGui imgui;
        ui::App app(openStore(medium, dir, clock), "", true);
        auto draw = [&] { return app.draw(); };
        imgui.settle(draw);  // the add field takes keyboard focus on the first frame

        imgui.type("Ada Lovelace", draw);
        imgui.press(ImGuiKey_Enter, draw);
        REQUIRE(peerNames(*app.notebookStore()) == std::vector<std::string>{"Ada Lovelace"});

        // The field is ready for the next name straight away.
        imgui.settle(draw);
        imgui.type("Grace Hopper", draw);
        imgui.press(ImGuiKey_Enter, draw);
        CHECK(app.notebookStore()->notebook().peers().size() == 2);
        CHECK(app.describeForAutomation().find("\"Grace Hopper\"") != std::string::npos);
    }

    // Reopening the same folder (an app restart) shows both.
    auto reopened = openStore(medium, dir, clock);
    auto names = peerNames(*reopened);
    std::sort(names.begin(), names.end());
    CHECK(names == std::vector<std::string>{"Ada Lovelace", "Grace Hopper"});
}

TEST_CASE("an empty name is refused with a message and adds nothing", "[ui]") {
    const std::string dir = makeTempDir();
    store::PosixMedium medium;
    FixedClock clock(1'764'000'000'000, CivilDate::fromDayNumber(20'416));
    test::HeadlessImGui imgui;
    ui::App app(openStore(medium, dir, clock), "", true);
    auto draw = [&] { return app.draw(); };
    imgui.settle(draw);
    imgui.type("   ", draw);
    imgui.press(ImGuiKey_Enter, draw);
    CHECK(app.notebookStore()->notebook().peers().empty());
}

TEST_CASE("Ctrl+Z undoes the last add and Ctrl+Shift+Z redoes it", "[ui]") {
    const std::string dir = makeTempDir();
    store::PosixMedium medium;
    FixedClock clock(1'764'000'000'000, CivilDate::fromDayNumber(20'416));
    test::HeadlessImGui imgui;
    ui::App app(openStore(medium, dir, clock), "", true);
    auto draw = [&] { return app.draw(); };
    imgui.settle(draw);
    imgui.type("Ada Lovelace", draw);
    imgui.press(ImGuiKey_Enter, draw);
    REQUIRE(app.notebookStore()->notebook().peers().size() == 1);

    imgui.settle(draw);  // the add field takes the focus back for the next name
    imgui.press(ImGuiKey_Escape, draw);  // leave the text field: Ctrl+Z now means the app's undo
    imgui.settle(draw);
    REQUIRE_FALSE(ImGui::GetIO().WantTextInput);
    imgui.press(ImGuiKey_Z, draw, /*ctrl=*/true);
    CHECK(app.notebookStore()->notebook().peers().empty());
    imgui.press(ImGuiKey_Z, draw, /*ctrl=*/true, /*shift=*/true);
    CHECK(peerNames(*app.notebookStore()) == std::vector<std::string>{"Ada Lovelace"});
}

TEST_CASE("a notebook that could not be opened shows the reason and offers no editing", "[ui]") {
    test::HeadlessImGui imgui;
    ui::App app(nullptr, "The notebook file log-000001.seg is damaged at offset 120.", true);
    auto draw = [&] { return app.draw(); };
    imgui.settle(draw);
    CHECK(app.describeForAutomation().find("damaged at offset 120") != std::string::npos);
    CHECK(app.notebookStore() == nullptr);
}
