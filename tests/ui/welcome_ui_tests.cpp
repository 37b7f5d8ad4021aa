// First run: the welcome page on an empty notebook, its three steps' buttons, the sample notebook that
// leaves the user's own untouched, and putting the page away.
#include "app/demo_notebook.h"
#include "tests/ui/app_fixture.h"

namespace rapport::test {

namespace {

// The app on a fresh store, left on its home page (AppOnFreshStore starts on Peers).
struct FirstRun : AppOnFreshStore {
    FirstRun() {
        app.setSampleOpener([this] { return ui::openDemoNotebook(clock); });
        click("This week");
    }
};

}  // namespace

TEST_CASE("first run: an empty notebook opens on the welcome page, whose first step leads to Peers", "[ui][welcome]") {
    FirstRun run;
    CHECK(run.imgui.shows("Add your first peers"));
    CHECK(run.imgui.shows("Try the sample notebook"));
    run.click("Add your first peers");
    CHECK(run.ui().route().page == ui::Page::Peers);
    // Once there is a peer, home is the week.
    run.seedPeer("Ada Lovelace");
    run.click("This week");
    CHECK_FALSE(run.imgui.shows("Add your first peers"));
}

TEST_CASE("first run: the sample notebook opens in memory and the user's own stays untouched", "[ui][welcome]") {
    FirstRun run;
    run.click("Try the sample notebook");
    REQUIRE(run.app.showingSample());
    CHECK(run.notebook().peers().size() >= 3);
    CHECK(run.imgui.shows("Back to my notebook"));
    // A change in the sample goes nowhere near the user's notebook.
    run.seedPeer("Someone From The Sample");
    run.click("Back to my notebook");
    CHECK_FALSE(run.app.showingSample());
    CHECK(run.notebook().peers().empty());
    CHECK(run.imgui.shows("Add your first peers"));
    // And on disk: a fresh open of the user's folder finds no peer.
    store::PosixMedium medium;
    FixedClock clock{1'764'000'000'000, CivilDate::fromDayNumber(20'416)};
    auto reopened = NotebookStore::openReadOnly(medium, run.dir, clock);
    REQUIRE(reopened.ok());
    CHECK(reopened.value()->notebook().peers().empty());
}

TEST_CASE("first run: the welcome page can be put away; the empty week then names how to add peers", "[ui][welcome]") {
    FirstRun run;
    run.click("Hide this welcome");
    CHECK_FALSE(run.imgui.shows("Add your first peers"));
    CHECK(run.ui().welcomeDismissed());
}

TEST_CASE("first run on a phone: the welcome page's buttons are at least 44 px tall", "[ui][welcome][phone]") {
    FirstRun run;
    ImGui::GetIO().DisplaySize = ImVec2(390.0f, 800.0f);
    run.app.setTouch(true);
    run.imgui.settle(run.draw);
    for (const char* button : {"Add your first peers", "Try the sample notebook", "Hide this welcome"}) {
        INFO(button);
        REQUIRE(run.imgui.shows(button));
        CHECK(run.imgui.rectOf(button).GetHeight() >= 44.0f);
        CHECK(run.imgui.rectOf(button).Max.x <= 390.0f);
    }
}

}  // namespace rapport::test
