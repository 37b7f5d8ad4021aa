// The first journey a user makes, with the app alone and the keyboard or a click:
// set up three peers, plan a week of 1:1s, hold one with the prep card, log two commitments and a
// fact, and find all of it again by search.
#include "tests/ui/app_fixture.h"

using namespace rapport;
using namespace rapport::test;

namespace {

// Ctrl+K, a query, Enter: where does the top hit lead?
ui::Route searchAndOpen(AppOnFreshStore& app, const std::string& query) {
    app.ctrlExtra(HeadlessImGui::kExtraKeys.k);
    app.typeAndEnter(query);
    return app.ui().route();
}

}  // namespace

TEST_CASE("a new user sets up peers, plans the week, holds a 1:1 and finds it all again", "[ui][journey]") {
    AppOnFreshStore app;

    // Three peers, typed one after the other into the Peers page's add field.
    for (const char* name : {"Maria Chen", "Omar Haddad", "Priya Raman"}) app.addPeerWithKeyboard(name);
    REQUIRE(app.notebook().peers().size() == 3);

    // Plan: open Maria's page from the list and start a regular 1:1 at the recommended cadence.
    app.click("Maria Chen");
    REQUIRE(app.ui().route().page == ui::Page::Peer);
    const EntityId maria = app.ui().route().id;
    app.click("1:1s");
    app.click("Start a regular 1:1 (recommended cadence)");
    REQUIRE(app.all<OneOnOneSeries>().size() == 1);
    const OneOnOneSeries& series = *app.all<OneOnOneSeries>()[0];
    CHECK(series.peerId == maria);
    CHECK(series.weekday == Weekday::Thursday);  // peers' 1:1s are on Thursdays by default

    // This week (Ctrl+1) shows the 1:1 with its prep card one click away.
    app.ctrlExtra(HeadlessImGui::kExtraKeys.digit1);
    REQUIRE(app.ui().route().page == ui::Page::ThisWeek);
    app.click("Prep card");
    REQUIRE(app.ui().route().page == ui::Page::PrepCard);
    CHECK(app.ui().route().id == maria);

    // Hold it from the prep card.
    app.click("Start the 1:1");
    REQUIRE(app.ui().route().page == ui::Page::Meeting);
    REQUIRE(app.all<Meeting>().size() == 1);
    CHECK(app.all<Meeting>()[0]->peerId == maria);

    // Two commitments and a fact, with quick capture from wherever we are.
    app.ctrlExtra(HeadlessImGui::kExtraKeys.n);
    app.typeAndEnter("Maria: I owe her the hiring plan by friday");
    app.ctrlExtra(HeadlessImGui::kExtraKeys.n);
    app.typeAndEnter("Maria: the churn numbers owes me");
    app.ctrlExtra(HeadlessImGui::kExtraKeys.n);
    app.typeAndEnter("Maria: kids Léa and Tom");
    REQUIRE(app.all<Commitment>().size() == 2);
    REQUIRE(app.all<Fact>().size() == 1);

    // Everything is found again by search, and Enter goes to its peer.
    for (const char* query : {"Maria", "hiring plan", "churn", "Léa"}) {
        INFO(query);
        app.ctrlExtra(HeadlessImGui::kExtraKeys.digit1);  // start from home each time
        const ui::Route found = searchAndOpen(app, query);
        CHECK(found.page != ui::Page::ThisWeek);
        CHECK(app.ui().search().search(query, 5).size() >= 1);
    }
    CHECK(searchAndOpen(app, "hiring").id != kNoId);

    // And it is all on disk: a second reader of the same folder (read-only, since the app still holds
    // the writer's lock) sees every change.
    store::PosixMedium medium;
    auto opened = NotebookStore::openReadOnly(medium, app.dir, app.clock);
    REQUIRE(opened.ok());
    const auto& reopened = opened.value();
    CHECK(reopened->notebook().peers().size() == 3);
    CHECK(reopened->notebook().all<Commitment>().size() == 2);
    CHECK(reopened->notebook().all<Fact>().size() == 1);
    CHECK(reopened->notebook().all<Meeting>().size() == 1);
}
