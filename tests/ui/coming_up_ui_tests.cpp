// Coming up on This week and the prep card, driven headless: a follow-up captured with Ctrl+N comes up
// on its day and is done with one click; a birthday is dismissed; the load guard's advice is one click.
#include <catch2/catch.hpp>

#include "core/model/commands.h"
#include "core/rules/series_layout.h"
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

TEST_CASE("a new cadence on a series with held 1:1s starts a new period; the held ones keep the old one", "[ui][series]") {
    AppOnFreshStore app;  // today: Mon 24 Nov 2025
    const EntityId omar = app.seedPeer("Omar Haddad");
    const CivilDate start = app.today().addDays(-28);  // Mon 27 Oct, weekly on Mondays
    const EntityId series = app.seed(addSeries(app.notebook(), app.ui().ids(), omar, start,
                                               Cadence{CadenceKind::Weekly, 1}, Weekday::Monday, 30));
    std::vector<EntityId> held;
    for (const CivilDate day : {start.addDays(7), start.addDays(21)}) {
        const EntityId m = app.seed(addMeeting(app.notebook(), app.ui().ids(), omar, day, series));
        app.seed(finishMeeting(app.notebook(), app.ui().ids(), m));
        held.push_back(m);
    }
    app.open(ui::Page::Peer, omar);
    app.click("1:1s");
    // 1:1s were held in this period: no correction in place, only a change from today.
    CHECK_FALSE(app.imgui.shows("Edit##series"));
    app.click("Change from today");
    app.click("Cadence");
    app.click("monthly");
    app.click("Apply from today");

    const OneOnOneSeries& s = *app.notebook().find<OneOnOneSeries>(series);
    CHECK(s.cadence.kind == CadenceKind::Monthly);
    CHECK(s.start == app.today());
    REQUIRE(s.history.size() == 1);
    const SeriesPeriod& old = s.history[0];
    CHECK(old.cadence.kind == CadenceKind::Weekly);
    CHECK(old.start == start);
    CHECK(old.decision == ReviewDecision::Changed);
    CHECK(old.decidedOn == app.today());
    CHECK(periodEnd(s, 0) == app.today().addDays(-1));
    for (EntityId id : held) {
        const Meeting& m = *app.notebook().findMeeting(id);
        CHECK(m.held);
        CHECK(m.seriesId == series);
        CHECK(old.start <= m.date);
        CHECK(m.date <= periodEnd(s, 0));  // inside the old period, before the new one began
    }
    CHECK(periodText(app.notebook(), s, 0) == "weekly on Mondays, 14:00-14:30 (changed)");
    CHECK(app.ui().status() == "Changed the 1:1s with Omar Haddad: monthly");
    // The new period has no 1:1 held yet: a mistake in it can be corrected in place again.
    CHECK(app.imgui.shows("Edit##series"));
}
