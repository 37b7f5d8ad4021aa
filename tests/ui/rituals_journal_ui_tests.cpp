// The Rituals and Journal pages in the real app: adding and marking done, writing entries.
#include "tests/ui/app_fixture.h"

using namespace rapport;
using test::AppOnFreshStore;

TEST_CASE("rituals: add one with a participant, then mark it done", "[ui][rituals]") {
    AppOnFreshStore app;
    const EntityId omar = app.seedPeer("Omar Haddad");
    app.open(ui::Page::Rituals);
    app.imgui.type("Coffee before the QBR", app.draw);  // the name field has the keyboard
    app.click("Omar Haddad");
    app.click("Add ritual");
    auto rituals = app.all<Ritual>();
    REQUIRE(rituals.size() == 1);
    CHECK(rituals[0]->title == "Coffee before the QBR");
    CHECK(rituals[0]->participants == std::vector<EntityId>{omar});

    app.click("Done today");
    rituals = app.all<Ritual>();
    CHECK(rituals[0]->lastDone == app.today());
}

TEST_CASE("journal: an entry with a prompt and a linked peer, newest first", "[ui][journal]") {
    AppOnFreshStore app;
    const EntityId ana = app.seedPeer("Ana Lima");
    app.seed(addJournalEntry(app.notebook(), app.ui().ids(), app.today().addDays(-3), "Older entry"));
    app.open(ui::Page::Journal);
    app.imgui.type("Ana pushed back and was right.", app.draw);
    app.click("About peers");
    app.click("Ana Lima");
    app.click("Add entry");
    const auto entries = app.all<JournalEntry>();
    REQUIRE(entries.size() == 2);
    const JournalEntry* added = entries[0]->text == "Older entry" ? entries[1] : entries[0];
    CHECK(added->text == "Ana pushed back and was right.");
    CHECK(added->date == app.today());
    CHECK(added->peerIds == std::vector<EntityId>{ana});
}
