// The app compacts the store's log when it is idle, never inside an edit, and an edit typed while the
// compaction's slow part runs (a worker thread on the desktop; held back here) is kept.
#include <algorithm>

#include "tests/ui/app_fixture.h"

using namespace rapport;
using namespace rapport::test;

TEST_CASE("App: the log is compacted at idle, not in an edit, and edits during it are kept", "[ui][store]") {
    const std::string dir = makeTempDir();
    store::PosixMedium medium;
    FixedClock clock{1'764'000'000'000, CivilDate::fromDayNumber(20'416)};
    StoreOptions options;
    options.log.compactMinBytes = 4096;
    options.compactAtIdle = true;  // as the real app opens it (app/main.cpp)
    HeadlessImGui imgui;
    ui::App app{ui::NotebookOpener{[&] { return NotebookStore::open(medium, dir, clock, options); }, nullptr, nullptr},
                clock, true};
    std::vector<std::function<void()>> background;  // the "worker thread": runs when the test says
    app.setBackgroundRunner([&](std::function<void()> task) { background.push_back(std::move(task)); });
    app.setExtraKeys(HeadlessImGui::kExtraKeys);
    std::function<bool()> draw = [&] { return app.draw(); };
    imgui.settle(draw);
    REQUIRE(imgui.click("Peers", draw));
    imgui.settle(draw);
    const NotebookStore& store = *app.notebookStore();
    // Peers typed in until the log is due: frames (edits included) never compact.
    for (int i = 0; !store.compactionDue(); ++i) {
        REQUIRE(i < 200);
        imgui.type("Peer " + std::to_string(i), draw);
        imgui.press(ImGuiKey_Enter, draw);
        imgui.settle(draw);
    }
    imgui.settle(draw, 5);
    // The search index is read after frames once the app opens (the loop wakes for it): done first,
    // so what wakes the loop below is the compaction alone.
    for (int i = 0; i < 1000 && !app.context()->searchReady(); ++i) app.afterFrame();
    REQUIRE(app.context()->searchReady());
    CHECK(store.stats().snapshotBytes == 0);
    CHECK(app.wakeAfterMs() < 0);

    app.idle();  // the loop found nothing to draw
    REQUIRE(background.size() == 1);
    CHECK(store.compacting());
    CHECK(app.wakeAfterMs() > 0);  // the loop looks again soon, to finish it
    imgui.type("Typed meanwhile", draw);
    imgui.press(ImGuiKey_Enter, draw);
    imgui.settle(draw);
    background.front()();
    imgui.settle(draw);
    app.idle();
    CHECK_FALSE(store.compacting());
    CHECK(store.stats().snapshotBytes > 0);
    CHECK(store.stats().records == 1);  // the peer typed during the compaction, in the log after it
    CHECK(app.wakeAfterMs() < 0);
    app.idle();
    CHECK(background.size() == 1);  // nothing more to do

    const auto names = peerNames(store);
    CHECK(std::find(names.begin(), names.end(), "Typed meanwhile") != names.end());
    auto reread = NotebookStore::openReadOnly(medium, dir, clock);
    REQUIRE(reread);
    CHECK(reread.value()->notebook() == store.notebook());
}
