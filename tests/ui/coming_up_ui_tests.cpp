// Coming up on This week and the prep card, driven headless: a follow-up captured with Ctrl+N comes up
// on its day and is done with one click; a birthday is dismissed; the load guard's advice is one click.
#include <catch2/catch.hpp>

#include "core/model/commands.h"
#include "tests/ui/app_fixture.h"

using namespace rapport;
using namespace rapport::test;

TEST_CASE("a follow-up captured with Ctrl+N comes up and is done with one click", "[ui][coming-up]") {
    AppOnFreshStore app;  // today: Mon 24 Nov 2025
    const EntityId maria = app.seedPeer("Maria Chen");
    app.ctrlExtra(HeadlessImGui::kExtraKeys.n);
    app.typeAndEnter("Maria: ask about Tom's swimming tomorrow");
    const auto follow = app.all<FollowUp>();
    REQUIRE(follow.size() == 1);
    CHECK(follow[0]->peerId == maria);
    CHECK(follow[0]->text == "about Tom's swimming");
    CHECK(follow[0]->due == app.today().addDays(1));
    // Only buttons are seen headless: a follow-up's line is the one with "Snooze a week".
    app.open(ui::Page::ThisWeek);
    REQUIRE(app.imgui.shows("Snooze a week"));
    app.open(ui::Page::PrepCard, maria);
    REQUIRE(app.imgui.shows("Snooze a week"));
    app.click("Done");
    CHECK_FALSE(app.all<FollowUp>()[0]->isOpen());
    CHECK(app.ui().status() == "Asked Maria Chen about Tom's swimming");
    CHECK_FALSE(app.imgui.shows("Snooze a week"));
}

TEST_CASE("a dismissed birthday leaves Coming up; the load advice is one undoable click", "[ui][coming-up]") {
    AppOnFreshStore app;
    const EntityId omar = app.seedPeer("Omar Haddad");
    app.seed(addFact(app.notebook(), app.ui().ids(), omar, FactCategory::ImportantDate, "Birthday", std::nullopt, {},
                     AnnualDate{0, 11, 30}));
    Settings st = app.notebook().settings();
    st.weeklyBudgetMinutes = 10;  // a bi-weekly 30-minute 1:1 is 15 a week
    app.seed(saveSettings(app.notebook(), app.ui().ids(), st));
    app.seed(addSeries(app.notebook(), app.ui().ids(), omar, app.today()));
    app.open(ui::Page::ThisWeek);
    REQUIRE(app.imgui.shows("Note to congratulate"));
    app.click("Dismiss");
    CHECK_FALSE(app.imgui.shows("Note to congratulate"));
    CHECK(app.notebook().settings().dismissedReminders.size() == 1);
    REQUIRE(app.imgui.shows("Make Omar's 1:1s monthly"));
    app.click("Make Omar's 1:1s monthly");
    const auto series = app.all<OneOnOneSeries>();
    CHECK(series[0]->cadence.kind == CadenceKind::Monthly);
    CHECK(series[0]->history.back().decision == ReviewDecision::Changed);
}

TEST_CASE("a series is changed from today on the 1:1s tab: a new period, the old one kept", "[ui][series]") {
    AppOnFreshStore app;  // today: Mon 24 Nov 2025
    const EntityId omar = app.seedPeer("Omar Haddad");
    app.seed(addSeries(app.notebook(), app.ui().ids(), omar, app.today().addDays(-14)));
    app.open(ui::Page::Peer, omar);
    app.click("1:1s");
    app.click("Change from today");
    app.click("+");  // the last step button is the length's: 5 minutes more
    app.click("+");
    app.click("+");
    app.click("Apply from today");
    const auto series = app.all<OneOnOneSeries>();
    REQUIRE(series.size() == 1);
    CHECK(series[0]->durationMinutes == 45);
    REQUIRE(series[0]->history.size() == 1);
    CHECK(series[0]->history[0].decision == ReviewDecision::Changed);
    CHECK(series[0]->history[0].durationMinutes == 30);
    CHECK(app.ui().status() == "Changed the 1:1s with Omar Haddad: 45 min");
}
