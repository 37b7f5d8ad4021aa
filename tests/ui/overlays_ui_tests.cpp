// The Ctrl+K search and Ctrl+N quick capture overlays, driven with keys in the real app: what they
// find and what they file.
#include "tests/ui/app_fixture.h"

#include "core/capture/capture_line.h"

using namespace rapport;
using test::AppOnFreshStore;
using test::HeadlessImGui;

TEST_CASE("Ctrl+K finds a fact as you type and Enter opens its peer", "[ui][search]") {
    AppOnFreshStore app;
    const EntityId maria = app.seedPeer("Maria Chen");
    app.seedPeer("Omar Haddad");
    app.seed(addFact(app.notebook(), app.ui().ids(), maria, FactCategory::Family, "Kids Léa and Tom", app.today()));
    app.open(ui::Page::ThisWeek);

    app.ctrlExtra(HeadlessImGui::kExtraKeys.k);
    app.imgui.type("lea", app.draw);
    app.imgui.settle(app.draw, 2);
    CHECK(app.imgui.shows("Kids Léa and Tom"));
    app.imgui.press(ImGuiKey_Enter, app.draw);
    app.imgui.settle(app.draw);
    CHECK(app.ui().route() == ui::Route{ui::Page::Peer, maria});
}

TEST_CASE("search: Down picks the next hit; Esc closes without moving", "[ui][search]") {
    AppOnFreshStore app;
    const EntityId ana = app.seedPeer("Ana Lima");
    const EntityId anna = app.seedPeer("Anna Berg");
    app.ctrlExtra(HeadlessImGui::kExtraKeys.k);
    app.imgui.type("an", app.draw);
    app.imgui.press(ImGuiKey_DownArrow, app.draw);
    app.imgui.press(ImGuiKey_Enter, app.draw);
    app.imgui.settle(app.draw);
    const ui::Route route = app.ui().route();
    CHECK(route.page == ui::Page::Peer);
    CHECK((route.id == ana || route.id == anna));
    const EntityId second = route.id;

    app.ctrlExtra(HeadlessImGui::kExtraKeys.k);
    app.imgui.type("anna", app.draw);
    app.imgui.press(ImGuiKey_Escape, app.draw);
    app.imgui.settle(app.draw);
    CHECK(app.ui().route().id == second);
}

TEST_CASE("search sees changes made after it was first used, and after an undo", "[ui][search]") {
    AppOnFreshStore app;
    const EntityId omar = app.seedPeer("Omar Haddad");
    CHECK(app.ui().search().search("omar", 5).size() == 1);
    app.seed(addCommitment(app.notebook(), app.ui().ids(), omar, CommitmentDirection::MeToThem, "Send the budget",
                           app.today()));
    const SearchIndex* index = &app.ui().search();
    CHECK(index->search("budget", 5).size() == 1);  // updated from the command
    app.ui().undo();
    CHECK(app.ui().search().search("budget", 5).empty());  // followed the undo...
    app.ui().redo();
    CHECK(app.ui().search().search("budget", 5).size() == 1);  // ...and the redo
    CHECK(&app.ui().search() == index);  // incrementally: never rebuilt (seconds on a large notebook)
}

TEST_CASE("quick capture \"Maria: kids Léa and Tom\" files a family fact", "[ui][capture]") {
    AppOnFreshStore app;
    const EntityId maria = app.seedPeer("María Chen");
    app.seedPeer("Omar Haddad");
    app.ctrlExtra(HeadlessImGui::kExtraKeys.n);
    app.typeAndEnter("maria: kids Léa and Tom");
    const auto facts = app.all<Fact>();
    REQUIRE(facts.size() == 1);
    CHECK(facts[0]->peerId == maria);
    CHECK(facts[0]->category == FactCategory::Family);
    CHECK(facts[0]->text == "kids Léa and Tom");
    CHECK(facts[0]->learnedOn == app.today());
}

TEST_CASE("quick capture files commitments with a direction and a due date", "[ui][capture]") {
    AppOnFreshStore app;
    const EntityId omar = app.seedPeer("Omar Haddad");
    app.ctrlExtra(HeadlessImGui::kExtraKeys.n);
    app.typeAndEnter("Omar: I owe him the hiring plan by friday");
    app.ctrlExtra(HeadlessImGui::kExtraKeys.n);
    app.typeAndEnter("had: the pricing deck owes me");
    const auto all = app.all<Commitment>();
    REQUIRE(all.size() == 2);
    const Commitment* mine = all[0]->direction == CommitmentDirection::MeToThem ? all[0] : all[1];
    const Commitment* theirs = mine == all[0] ? all[1] : all[0];
    CHECK(mine->peerId == omar);
    CHECK(mine->text == "the hiring plan");  // "I owe Omar Haddad: the hiring plan", not "...: I owe him the..."
    REQUIRE(mine->due);
    CHECK(mine->due->weekday() == Weekday::Friday);
    CHECK(app.today().daysUntil(*mine->due) < 7);
    CHECK(theirs->direction == CommitmentDirection::ThemToMe);
    CHECK_FALSE(theirs->due);
}

TEST_CASE("quick capture shows an ambiguous name, saves nothing until one is picked, and can log a note", "[ui][capture]") {
    AppOnFreshStore app;
    app.seedPeer("Ana Lima");
    const EntityId anna = app.seedPeer("Anna Berg");
    app.ctrlExtra(HeadlessImGui::kExtraKeys.n);
    app.imgui.type("an: back from parental leave", app.draw);
    app.imgui.settle(app.draw, 2);
    CHECK(app.imgui.shows("Ana Lima"));  // both are offered
    CHECK(app.imgui.shows("Anna Berg"));
    app.imgui.press(ImGuiKey_Enter, app.draw);
    CHECK(app.all<Fact>().empty());
    app.click("Anna Berg");
    app.click("Note");
    app.click("Save (Enter)");
    const auto notes = app.all<Interaction>();
    REQUIRE(notes.size() == 1);
    CHECK(notes[0]->peerId == anna);
    CHECK(notes[0]->note == "back from parental leave");
    CHECK_FALSE(app.imgui.shows("Save (Enter)"));  // closed after saving
}

TEST_CASE("capture lines: names by any word's start, exact names win, due phrases", "[ui][capture]") {
    AppOnFreshStore app;
    const EntityId ana = app.seedPeer("Ana");
    const EntityId anabel = app.seedPeer("Anabel Ruiz");
    const Notebook& nb = app.notebook();
    CHECK(readCaptureLine(nb, "ana: x", app.today()).peers == std::vector<EntityId>{ana});
    CHECK(readCaptureLine(nb, "RUIZ: x", app.today()).peers == std::vector<EntityId>{anabel});
    CHECK(readCaptureLine(nb, "no colon here", app.today()).hasPeerPart == false);
    const auto line = readCaptureLine(nb, "ana: send notes by tomorrow", app.today());
    CHECK(line.kind == CaptureKind::Commitment);
    CHECK(line.due == app.today().addDays(1));
    CHECK(line.text == "send notes");
    CHECK(readCaptureLine(nb, "ana: loves her dog Rex", app.today()).category == FactCategory::Pets);
}
