// 10,000 peers (imported the way they would arrive: one CSV file) and every page of the app: the
// lists stay usable and no frame freezes, including the first frame after the import rebuilds caches.
#include "core/interchange/csv_peers.h"
#include "core/interchange/import_plan.h"
#include "tests/hostile/hostile_fixture.h"

using namespace rapport;
using namespace rapport::test;

namespace {

constexpr int kPeers = 10'000;

// Names in several scripts, each one unique, with a role and a team so every column has text.
std::string manyPeersCsv() {
    const char* const given[] = {"Ana", "\xd9\x85\xd8\xb1\xd9\x8a\xd9\x85", "\xd7\xa9\xd7\xa8\xd7\x94", "Zoe\xcc\x88",
                                 "\xe5\xb0\x8f\xe6\x9e\x97", "\xf0\x9f\xa7\x91\xe2\x80\x8d\xf0\x9f\x92\xbb Kai"};
    std::string csv = "Name,Title,Organisation,Notes\n";
    for (int i = 0; i < kPeers; ++i) {
        csv += std::string(given[i % 6]) + " Person " + std::to_string(i) + ",Engineer,Team " +
               std::to_string(i % 40) + ",met at the offsite\n";
    }
    return csv;
}

}  // namespace

TEST_CASE("10,000 peers: every page draws without a freeze", "[hostile]") {
    HostileApp app;
    auto records = interchange::parseCsvPeers(manyPeersCsv());
    REQUIRE(records.ok());
    auto plan = interchange::planPeerImport(app.notebook(), app.ui().ids(), records.value(), "CSV file");
    INFO((plan ? std::string() : plan.error().message));
    REQUIRE(plan.ok());
    for (auto& command : plan.value().commands) REQUIRE(app.ui().run(std::move(command)));
    REQUIRE(app.notebook().peers().size() == size_t(kPeers));

    app.open(ui::Page::Peers);
    app.imgui.settle(app.draw, 3);
    app.checkFrames("10,000 peers: peers list (first draw)");

    // Into the filter (Tab from the add field now stops at "Add peer" first: every control is a Tab stop).
    REQUIRE(app.imgui.click("##filter", app.draw));
    app.imgui.type("person 99", app.draw);  // one frame per keystroke in real use; one here
    app.imgui.settle(app.draw);
    CHECK(app.imgui.shows("Ana Person 9996"));
    app.checkFrames("10,000 peers: filter the list");

    // The first search after the import reads the index in bounded steps while it answers (the app
    // reads it after each frame; this headless test has no time between frames): no frame waits for
    // the whole index, so this one is held to the normal limit.
    app.open(ui::Page::ThisWeek);
    app.ctrlExtra(HeadlessImGui::kExtraKeys.k);
    app.imgui.type("p", app.draw);
    app.checkFrames("10,000 peers: first search after a change");
    app.imgui.type("erson 4204", app.draw);
    app.imgui.settle(app.draw, 2);
    for (int i = 0; i < 500 && !app.ui().searchReady(); ++i) app.imgui.frame(app.draw);  // the rest of the index
    CHECK(app.imgui.shows("\xe5\xb0\x8f\xe6\x9e\x97 Person 4204"));
    app.imgui.press(ImGuiKey_Escape, app.draw);
    app.checkFrames("10,000 peers: search as you type");

    const EntityId someone = app.notebook().peers().begin()->first;
    for (const auto page : {ui::Page::ThisWeek, ui::Page::Projects, ui::Page::Previews, ui::Page::Rituals,
                            ui::Page::Journal, ui::Page::Settings}) {
        app.open(page);
    }
    app.open(ui::Page::Peer, someone);
    app.checkFrames("10,000 peers: every other page");
}
