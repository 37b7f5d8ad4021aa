// Typed dates, the calendar popup, important dates and interest matches in the real app: what the user
// types or presses, and what ends up in the notebook.
#include "tests/ui/app_fixture.h"

#include "core/model/important_dates.h"

using namespace rapport;
using test::AppOnFreshStore;

namespace {

const Peer& peerNamed(AppOnFreshStore& app, EntityId id) { return *app.notebook().findPeer(id); }

}  // namespace

TEST_CASE("a date field reads 'next thu', shows the day before saving, and saves it on Enter", "[ui][dates]") {
    AppOnFreshStore app;  // today: Mon 24 Nov 2025
    const EntityId maria = app.seedPeer("Maria Chen");
    app.open(ui::Page::Peer, maria);
    app.click("Add date we met");  // starts at today
    CHECK(peerNamed(app, maria).metOn == CivilDate::ymd(2025, 11, 24));
    app.click("date we met");
    app.imgui.press(ImGuiKey_A, app.draw, true);  // select the shown date, then type over it
    app.imgui.type("next thu", app.draw);
    app.imgui.settle(app.draw, 2);
    CHECK(app.imgui.shows("= Thu 4 Dec 2025"));
    CHECK(peerNamed(app, maria).metOn == CivilDate::ymd(2025, 11, 24));  // shown, not saved yet
    app.imgui.press(ImGuiKey_Enter, app.draw);
    app.imgui.settle(app.draw, 2);
    CHECK(peerNamed(app, maria).metOn == CivilDate::ymd(2025, 12, 4));

    // An impossible day is refused: the saved date stays.
    app.click("date we met");
    app.imgui.press(ImGuiKey_A, app.draw, true);
    app.imgui.type("31 April", app.draw);
    app.imgui.press(ImGuiKey_Enter, app.draw);
    app.imgui.settle(app.draw, 2);
    CHECK(peerNamed(app, maria).metOn == CivilDate::ymd(2025, 12, 4));
}

TEST_CASE("the calendar popup works by keyboard: arrows, PgDn, Enter picks, Esc closes", "[ui][dates]") {
    AppOnFreshStore app;  // today: Mon 24 Nov 2025
    app.seedPeer("Omar Haddad");
    app.open(ui::Page::Rituals);
    app.imgui.type("Coffee before the QBR", app.draw);
    app.click("Pick");
    REQUIRE(app.imgui.shows("24*"));  // open on this month, today marked
    app.imgui.press(ImGuiKey_Escape, app.draw);
    app.imgui.settle(app.draw, 2);
    CHECK_FALSE(app.imgui.shows("24*"));

    app.click("Pick");
    app.imgui.press(ImGuiKey_RightArrow, app.draw);  // Tue 25 Nov
    app.imgui.press(ImGuiKey_RightArrow, app.draw);  // Wed 26 Nov
    app.imgui.press(ImGuiKey_DownArrow, app.draw);   // Wed 3 Dec
    app.imgui.press(ImGuiKey_PageDown, app.draw);    // Sat 3 Jan 2026
    app.imgui.press(ImGuiKey_UpArrow, app.draw);     // Sat 27 Dec 2025
    app.imgui.press(ImGuiKey_Enter, app.draw);
    app.imgui.settle(app.draw, 2);
    CHECK_FALSE(app.imgui.shows("24*"));  // closed on picking
    CHECK(app.imgui.shows("= Sat 27 Dec 2025"));
    app.click("Omar Haddad");
    app.click("Add ritual");
    const auto rituals = app.all<Ritual>();
    REQUIRE(rituals.size() == 1);
    CHECK(rituals[0]->nextDue == CivilDate::ymd(2025, 12, 27));
}

TEST_CASE("an important date is added on the Get to know tab and shown with its next occurrence", "[ui][dates]") {
    AppOnFreshStore app;  // today: Mon 24 Nov 2025
    const EntityId maria = app.seedPeer("Maria Chen");
    app.open(ui::Page::Peer, maria);
    app.click("Get to know");
    app.click("Add date");  // nothing typed: refused, nothing saved
    CHECK(app.all<Fact>().empty());
    CHECK(app.ui().statusIsError());
    app.click("On");
    app.typeAndEnter("December 3 1979");
    const auto facts = app.all<Fact>();
    REQUIRE(facts.size() == 1);
    CHECK(facts[0]->category == FactCategory::ImportantDate);
    CHECK(facts[0]->text == kBirthdayLabel);
    CHECK(*facts[0]->date == (AnnualDate{1979, 12, 3}));
    CHECK(app.ui().status() == "Added Birthday, 3 Dec 1979, for Maria Chen");
    // This week shows it coming up, and one click notes a reminder, once.
    app.open(ui::Page::ThisWeek);
    REQUIRE(app.imgui.shows("Note to congratulate"));
    app.click("Note to congratulate");
    const auto reminders = app.all<Commitment>();
    REQUIRE(reminders.size() == 1);
    CHECK(reminders[0]->text == "Wish Maria a happy birthday");
    CHECK(reminders[0]->due == CivilDate::ymd(2025, 12, 3));
    CHECK_FALSE(app.imgui.shows("Note to congratulate"));  // now says "Noted"
    app.click("Open");
    CHECK(app.ui().route() == (ui::Route{ui::Page::Peer, maria}));
}

TEST_CASE("an interest match on the Get to know tab becomes a connection in one click", "[ui][dates]") {
    AppOnFreshStore app;
    Settings settings = app.notebook().settings();
    settings.myInterests = {"Swimming"};
    app.seed(saveSettings(app.notebook(), app.ui().ids(), settings));
    const EntityId dev = app.seedPeer("Dev Patel");
    app.seed(addFact(app.notebook(), app.ui().ids(), dev, FactCategory::Sport, "Swimming lessons on Saturdays"));
    app.open(ui::Page::PrepCard, dev);
    CHECK(app.imgui.shows("Make it a connection"));  // the prep card offers it too
    app.open(ui::Page::Peer, dev);
    app.click("Get to know");
    app.click("Make it a connection");
    const auto connections = app.all<Connection>();
    REQUIRE(connections.size() == 1);
    CHECK(connections[0]->interest == "Swimming");
    CHECK(connections[0]->fromMyProfile);
    CHECK_FALSE(app.imgui.shows("Make it a connection"));
}

TEST_CASE("quick capture files 'Maria's birthday is 14 March' as her birthday", "[ui][dates][capture]") {
    AppOnFreshStore app;
    const EntityId maria = app.seedPeer("Maria Chen");
    app.ctrlExtra(test::HeadlessImGui::kExtraKeys.n);
    app.typeAndEnter("Maria's birthday is 14 March");
    const auto facts = app.all<Fact>();
    REQUIRE(facts.size() == 1);
    CHECK(facts[0]->peerId == maria);
    CHECK(isBirthday(*facts[0]));
    CHECK(*facts[0]->date == (AnnualDate{0, 3, 14}));
    // An ambiguous due date is refused with the reason; nothing is saved.
    app.ctrlExtra(test::HeadlessImGui::kExtraKeys.n);
    app.typeAndEnter("I owe Maria the deck by 9/12");
    CHECK(app.all<Commitment>().empty());
    CHECK(app.ui().status().rfind("The due date: '9/12' could be 9 Dec or 12 Sep", 0) == 0);
}
