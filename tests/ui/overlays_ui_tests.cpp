// The Ctrl+K search and Ctrl+N quick capture overlays, driven with keys in the real app: what they
// find and what they file.
#include "tests/ui/app_fixture.h"

#include "core/capture/capture_line.h"
#include "core/sample/sample_notebook.h"

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

namespace {

bool writeSample(store::PosixMedium& medium, const std::string& dir, const Clock& clock) {
    auto store = test::openStore(medium, dir, clock);
    const auto commands = sampleCommands(SampleOptions{clock.today()});
    REQUIRE(commands.ok());
    REQUIRE(store->executeAll(commands.value()).ok());
    return true;
}

// The app just opened on a store holding the sample notebook, its search index not read yet; every
// step of the index reads a few entities, as on a notebook many times larger.
struct AppJustOpened {
    std::string dir = test::makeTempDir();
    store::PosixMedium medium;
    FixedClock clock{1'764'000'000'000, CivilDate::fromDayNumber(20'416)};
    bool stored = writeSample(medium, dir, clock);
    HeadlessImGui imgui;
    ui::App app{test::openerFor(medium, dir, clock), clock, true};
    std::function<bool()> draw = [this] { return app.draw(); };
    ui::UiContext& ui = *app.context();
    const Notebook& nb = app.notebookStore()->notebook();

    AppJustOpened() {
        app.setExtraKeys(HeadlessImGui::kExtraKeys);
        ui.setSearchPace(4);
        imgui.settle(draw);  // the first frames (no time between them: nothing is read yet)
    }
    void openSearch() {
        ImGuiIO& io = ImGui::GetIO();
        io.KeyCtrl = true;
        io.KeysDown[HeadlessImGui::kExtraKeys.k] = true;
        imgui.frame(draw);
        io.KeysDown[HeadlessImGui::kExtraKeys.k] = false;
        io.KeyCtrl = false;
        imgui.frame(draw);
    }
    // Every hit of a query, in order, next to what an index read at once finds.
    void checkSameAsOneShot() {
        const SearchIndex oneShot(nb);
        for (const char* q : {"the", "budget", "a"}) {
            INFO(q);
            std::vector<EntityId> a, b;
            for (const SearchHit& h : ui.search().search(q, 50)) a.push_back(h.id);
            for (const SearchHit& h : oneShot.search(q, 50)) b.push_back(h.id);
            CHECK(a == b);
        }
    }
};

}  // namespace

TEST_CASE("Ctrl+K right after open says search is getting ready, answers meanwhile, then finds all", "[ui][search]") {
    AppJustOpened x;
    const std::string peer = x.nb.peers().begin()->second.name;
    CHECK(x.ui.searchReadiness() == 0.0);
    x.openSearch();
    x.imgui.type(peer.substr(0, peer.find(' ')), x.draw);
    // Not ready: the box says so (text, seen in the window screenshot) and answers from what is read.
    CHECK_FALSE(x.ui.searchReady());
    CHECK(x.ui.searchReadiness() > 0.0);
    CHECK(x.imgui.shows(peer));  // peers are read first: a name is found at once
    CHECK(x.app.wakeAfterMs() == 0);  // the loop keeps drawing while the index is read

    // The open box reads on every frame, with no idle time at all.
    for (int i = 0; i < 2000 && !x.ui.searchReady(); ++i) x.imgui.frame(x.draw);
    REQUIRE(x.ui.searchReady());
    x.imgui.frame(x.draw);
    CHECK(x.app.wakeAfterMs() != 0);  // ready: idle is free again
    x.checkSameAsOneShot();
}

TEST_CASE("after open the search index is read after each frame until ready, then the app sleeps", "[ui][search]") {
    AppJustOpened x;
    int frames = 0;
    for (; frames < 2000 && !x.ui.searchReady(); ++frames) {
        CHECK(x.app.wakeAfterMs() == 0);
        x.imgui.frame(x.draw);
        x.app.afterFrame();
    }
    CHECK(frames > 10);  // a few entities a frame: the work was spread, no frame did it all
    REQUIRE(x.ui.searchReady());
    CHECK(x.app.wakeAfterMs() != 0);
    // Ctrl+K now: no note, the answer is complete.
    const std::string peer = x.nb.peers().rbegin()->second.name;
    x.openSearch();
    x.imgui.type(peer.substr(0, peer.find(' ')), x.draw);
    CHECK(x.imgui.shows(peer));
    x.checkSameAsOneShot();
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

TEST_CASE("Ctrl+K and Ctrl+N say they are taking the keyboard until their field has it, a few frames at most",
          "[ui][search][capture][input]") {
    // AppLoop holds typing while this is true (app/input_gate.h), so a fast typist's first letters wait
    // for the field instead of reaching a frame with nothing to type into.
    AppOnFreshStore app;
    app.seedPeer("Maria Chen");
    app.open(ui::Page::ThisWeek);
    for (const int key : {HeadlessImGui::kExtraKeys.k, HeadlessImGui::kExtraKeys.n}) {
        CAPTURE(key);
        ImGuiIO& io = ImGui::GetIO();
        io.KeyCtrl = true;
        io.KeysDown[key] = true;
        app.imgui.frame(app.draw);
        io.KeysDown[key] = false;
        io.KeyCtrl = false;
        CHECK(app.app.takingKeyboard());
        int frames = 0;
        while (app.app.takingKeyboard() && frames < 10) {
            app.imgui.frame(app.draw);
            ++frames;
        }
        CHECK(frames <= 3);  // then what was held goes into the field (typed below, in the next frame)
        if (key == HeadlessImGui::kExtraKeys.k) {
            app.imgui.type("mar", app.draw);
            app.imgui.settle(app.draw, 2);
            CHECK(app.imgui.shows("Maria Chen"));
            app.imgui.press(ImGuiKey_Escape, app.draw);
            app.imgui.settle(app.draw, 2);
        } else {
            app.typeAndEnter("maria: plays the cello");
            const auto facts = app.all<Fact>();
            REQUIRE(facts.size() == 1);
            CHECK(facts[0]->text == "plays the cello");
        }
        CHECK_FALSE(app.app.takingKeyboard());
    }
}
