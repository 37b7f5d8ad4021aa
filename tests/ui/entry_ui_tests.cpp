// What a user repeats or does out of order, in the real app: a second click shows what is done, Ctrl+Z on
// a new notebook keeps the shipped topics, a 1:1 held early is dated today, carry-over after an ad-hoc
// 1:1, a project's earlier phases and timebox, and status lines in the user's words.
#include "tests/ui/app_fixture.h"

#include "core/rules/prep_card.h"

using namespace rapport;
using test::AppOnFreshStore;

TEST_CASE("first run: Ctrl+Z keeps the shipped topics, before and after a restart", "[ui][entry]") {
    const std::string dir = test::makeTempDir();
    store::PosixMedium medium;
    FixedClock clock(1'764'000'000'000, CivilDate::fromDayNumber(20'416));
    size_t topics = 0;
    for (int launch = 1; launch <= 2; ++launch) {
        INFO("launch " << launch);
        test::HeadlessImGui imgui;
        ui::App app(test::openerFor(medium, dir, clock), clock, true);
        std::function<bool()> draw = [&] { return app.draw(); };
        imgui.settle(draw);  // home (This week): no field has the keyboard, Ctrl+Z is the app's
        const auto& bank = app.notebookStore()->notebook().all<BankTopic>();
        if (launch == 1) topics = bank.size();
        REQUIRE(topics >= 20);
        CHECK(bank.size() == topics);
        CHECK_FALSE(app.context()->canUndo());
        imgui.press(ImGuiKey_Z, draw, true);
        imgui.settle(draw);
        CHECK(app.notebookStore()->notebook().all<BankTopic>().size() == topics);
        CHECK(app.context()->status() == "Nothing to undo.");
    }
}

TEST_CASE("a peer's regular 1:1 and today's 1:1 are started once, however often they are clicked", "[ui][entry]") {
    AppOnFreshStore app;
    const EntityId sam = app.seedPeer("Sam Okafor");
    app.open(ui::Page::Peer, sam);
    app.click("1:1s");
    app.click("Start a regular 1:1 (recommended cadence)");
    CHECK(app.notebook().all<OneOnOneSeries>().size() == 1);
    CHECK(app.ui().status() == "Started regular 1:1s with Sam Okafor");
    CHECK_FALSE(app.imgui.shows("Start a regular 1:1 (recommended cadence)"));
    CHECK(app.imgui.shows("Series running"));

    app.click("Hold a 1:1 today");
    REQUIRE(app.ui().route().page == ui::Page::Meeting);
    const EntityId first = app.ui().route().id;
    CHECK(app.notebook().findMeeting(first)->seriesId == app.notebook().all<OneOnOneSeries>().begin()->first);
    app.open(ui::Page::Peer, sam);
    app.click("Hold a 1:1 today");
    CHECK(app.ui().route().id == first);
    CHECK(app.notebook().all<Meeting>().size() == 1);
}

TEST_CASE("a preview on every agenda it can be on shows how many instead of the button", "[ui][entry]") {
    AppOnFreshStore app;
    const EntityId ana = app.seedPeer("Ana Silva");
    app.seed(addSeries(app.notebook(), app.ui().ids(), ana, app.today(), Cadence{CadenceKind::Weekly, 1}));
    app.seed(addPreview(app.notebook(), app.ui().ids(), "Merge the support queues", app.today().addDays(9), {ana}));
    app.open(ui::Page::Previews);
    app.click("Put on their 1:1 agendas");
    CHECK(app.ui().status() == "Put \"Merge the support queues\" on 1 1:1 agenda");
    CHECK_FALSE(app.imgui.shows("Put on their 1:1 agendas"));
    CHECK(app.imgui.shows("On 1 agenda"));
    size_t items = 0;
    for (const auto& [id, m] : app.notebook().all<Meeting>()) items += m.agenda.size();
    CHECK(items == 1);
}

TEST_CASE("a 1:1 finished before its date is dated today by default, and the card shows it held", "[ui][entry]") {
    AppOnFreshStore app;
    const EntityId maria = app.seedPeer("Maria Chen");
    app.seed(addSeries(app.notebook(), app.ui().ids(), maria, app.today(), Cadence{CadenceKind::Weekly, 1},
                       Weekday::Thursday));
    const CivilDate thursday = app.today().addDays(3);  // Mon 24 Nov -> Thu 27 Nov
    const EntityId meeting = app.seed(addMeeting(app.notebook(), app.ui().ids(), maria, thursday));
    app.seed(addAgendaItem(app.notebook(), meeting, "Hiring plan", TrustTier::Low, AgendaKind::Priority));
    app.open(ui::Page::Meeting, meeting);
    app.click("Learned");
    app.typeAndEnter("Training for a half marathon");
    app.click("Finish meeting");
    REQUIRE(app.imgui.shows("Date it today (Mon 24 Nov)"));
    app.click("Date it today (Mon 24 Nov)");
    const Meeting& held = *app.notebook().findMeeting(meeting);
    CHECK(held.held);
    CHECK(held.date == app.today());
    CHECK(app.ui().status() == "Finished the 1:1 with Maria Chen");
    for (const auto& [id, fact] : app.notebook().all<Fact>()) CHECK(fact.learnedOn == app.today());
    // The next 1:1 is next Thursday, with the undiscussed item.
    const Meeting* next = nullptr;
    for (const auto& [id, m] : app.notebook().all<Meeting>()) {
        if (id != meeting) next = &m;
    }
    REQUIRE(next);
    CHECK(next->date == thursday.addDays(7));
    REQUIRE(next->agenda.size() == 1);
    const auto card = prepCard(app.notebook(), maria, app.today());
    REQUIRE(card.ok());
    REQUIRE(card.value().lastMeeting);
    CHECK(card.value().lastMeeting->id == meeting);
    CHECK(card.value().lastInteraction == app.today());
}

TEST_CASE("an ad-hoc 1:1 with a peer who has a series: undiscussed items reach the next series 1:1", "[ui][entry]") {
    AppOnFreshStore app;
    const EntityId omar = app.seedPeer("Omar Haddad");
    app.seed(addSeries(app.notebook(), app.ui().ids(), omar, app.today(), Cadence{CadenceKind::Weekly, 1},
                       Weekday::Thursday));
    app.open(ui::Page::Peer, omar);
    app.click("1:1s");
    app.click("Hold a 1:1 today");
    const EntityId today = app.ui().route().id;
    app.click("Agenda item");
    app.typeAndEnter("Reorg rumours");
    app.click("Finish meeting");  // today's date: no question asked
    CHECK(app.notebook().findMeeting(today)->held);
    const Meeting* next = nullptr;
    for (const auto& [id, m] : app.notebook().all<Meeting>()) {
        if (id != today) next = &m;
    }
    REQUIRE(next);
    CHECK(next->date == app.today().addDays(3));
    REQUIRE(next->agenda.size() == 1);
    CHECK(next->agenda[0].text == "Reorg rumours");
}

TEST_CASE("a project keeps its earlier phases readable and its timebox visible and editable", "[ui][entry]") {
    AppOnFreshStore app;
    const EntityId omar = app.seedPeer("Omar Haddad");
    const EntityId id = app.seed(addProject(app.notebook(), app.ui().ids(), "Shared on-call rota", {omar},
                                            ProjectKind::WhiteSpace, app.today().addDays(-16)));
    JointProject notes = *app.notebook().find<JointProject>(id);
    notes.phaseNotes.push_back(PhaseNotes{ProjectPhase::Explore, "Pager load doubled", "", "", "", "", ""});
    notes.phaseNotes.push_back(PhaseNotes{ProjectPhase::Converge, "", "", "Follow the sun?", "", "", "Follow the sun"});
    app.seed(updateEntity(app.notebook(), notes, "notes"));
    app.open(ui::Page::Project, id);
    CHECK_FALSE(app.imgui.shows("Notes from explore"));  // the current phase: its fields are open
    CHECK(app.imgui.shows("##What I know"));
    app.click("converge");
    CHECK(app.imgui.shows("Notes from explore"));
    CHECK(app.imgui.shows("##Debates"));
    app.click("execute");
    CHECK(app.imgui.shows("Notes from explore"));
    CHECK(app.imgui.shows("Notes from converge"));
    CHECK(app.imgui.shows("##Decision"));
    CHECK_FALSE(app.imgui.shows("##Debates"));

    // Day 17 of 14: past the timebox. One day longer, with the field's + button: saved at once.
    app.click("+");
    CHECK(app.notebook().find<JointProject>(id)->timeboxDays == 15);
    CHECK(app.ui().status() == "Saved the timebox of Shared on-call rota");
}

TEST_CASE("status lines say what happened, undo too", "[ui][entry]") {
    AppOnFreshStore app;
    app.addPeerWithKeyboard("Sam Okafor");
    CHECK(app.ui().status() == "Added Sam Okafor");
    app.imgui.press(ImGuiKey_Escape, app.draw);  // leave the add field, so Ctrl+Z is the app's
    app.ui().undo();
    CHECK(app.ui().status() == "Undone: added Sam Okafor");
    app.ui().redo();
    CHECK(app.ui().status() == "Redone: added Sam Okafor");
}
