// The record matrix, records shared between peers and pages: rituals, journal entries, previews,
// projects and agenda items (see record_matrix_people_ui_tests.cpp for how each row is checked).
#include "tests/ui/record_matrix.h"

using namespace rapport;
using test::Matrix;
using test::deleteUndoRedoRestart;
using test::undoRedoEdit;

TEST_CASE("record matrix: rituals (kind, name, event, recurrence, next date, participants)", "[ui][matrix]") {
    Matrix m;
    const EntityId omar = m.seed(addPeer(m.nb(), m.ui().ids(), "Omar Haddad"));
    const EntityId ana = m.seed(addPeer(m.nb(), m.ui().ids(), "Ana Lima"));
    auto page = [&] { m.open(ui::Page::Rituals); };
    page();
    m.imgui.type("Coffee before the QBR", m.draw);
    m.click("Omar Haddad");
    m.click("Add ritual");
    REQUIRE(m.ids<Ritual>().size() == 1);
    const EntityId id = m.ids<Ritual>()[0];
    const auto created = m.find(id);
    m.click("Edit##ritual");
    m.choose("Kind", "dinner after an offsite");
    m.fill("Name", "Dinner after the offsite");
    m.fill("With the event", "the spring offsite");
    m.choose("Repeats", "every N months");
    m.fill("Every", "3");
    m.click("Add next date");
    m.fill("next date", "2025-12-10");
    m.clickFirst("Ana Lima");
    m.click("Save");
    const Ritual& r = m.get<Ritual>(id);
    CHECK(r.kind == RitualKind::DinnerAfterOffsite);
    CHECK(r.title == "Dinner after the offsite");
    CHECK(r.workEvent == "the spring offsite");
    CHECK(r.unit == RecurrenceUnit::Months);
    CHECK(r.every == 3);
    CHECK(r.nextDue == CivilDate::ymd(2025, 12, 10));
    CHECK(r.participants == std::vector<EntityId>{omar, ana});
    m.checkDisk();
    undoRedoEdit(m, id, created);
    deleteUndoRedoRestart(m, "ritual", id, page);
}

TEST_CASE("record matrix: journal entries (date, text with Ctrl+Enter, peers)", "[ui][matrix]") {
    Matrix m;
    const EntityId ana = m.seed(addPeer(m.nb(), m.ui().ids(), "Ana Lima"));
    auto page = [&] { m.open(ui::Page::Journal); };
    page();
    m.imgui.type("Ana pushed back.", m.draw);
    m.click("Add entry");
    REQUIRE(m.ids<JournalEntry>().size() == 1);
    const EntityId id = m.ids<JournalEntry>()[0];
    const auto created = m.find(id);
    m.click("Edit##journal");
    m.fill("Date", "2025-11-20");
    m.click("Ana Lima");
    m.fill("Entry", "Ana pushed back and was right.");
    m.key(ImGuiKey_Enter);  // a new line in the entry, not a save
    CHECK(m.find(id) == created);
    m.key(ImGuiKey_Enter, /*ctrl=*/true);
    const JournalEntry& j = m.get<JournalEntry>(id);
    CHECK(j.date == CivilDate::ymd(2025, 11, 20));
    CHECK(j.text == "Ana pushed back and was right.\n");
    CHECK(j.peerIds == std::vector<EntityId>{ana});
    m.checkDisk();
    undoRedoEdit(m, id, created);
    deleteUndoRedoRestart(m, "journal", id, page);
}

TEST_CASE("record matrix: previews (proposal, date, peers, depends on them)", "[ui][matrix]") {
    Matrix m;
    const EntityId ana = m.seed(addPeer(m.nb(), m.ui().ids(), "Ana Lima"));
    const EntityId omar = m.seed(addPeer(m.nb(), m.ui().ids(), "Omar Haddad"));
    auto page = [&] { m.open(ui::Page::Previews); };
    page();
    m.imgui.type("Merge the two support teams", m.draw);
    m.fill("staff meeting", "2025-12-03");
    m.click("Ana Lima");
    m.click("Add preview");
    REQUIRE(m.ids<ExecPreview>().size() == 1);
    const EntityId id = m.ids<ExecPreview>()[0];
    const auto created = m.find(id);
    m.click("Edit##preview");
    m.fill("Proposal##edit", "Merge support and success");
    m.fill("Staff meeting##edit", "2025-12-04");
    m.click("Omar Haddad");  // the form's list comes after the new-preview form's
    m.click("The proposal depends on Omar Haddad");
    m.click("Save");
    const ExecPreview& p = m.get<ExecPreview>(id);
    CHECK(p.proposal == "Merge support and success");
    CHECK(p.staffMeetingOn == CivilDate::ymd(2025, 12, 4));
    REQUIRE(p.peers.size() == 2);
    CHECK(p.peers[0].peerId == ana);
    CHECK_FALSE(p.peers[0].dependsOn);
    CHECK(p.peers[1].peerId == omar);
    CHECK(p.peers[1].dependsOn);
    m.checkDisk();
    undoRedoEdit(m, id, created);
    deleteUndoRedoRestart(m, "preview", id, page);
}

TEST_CASE("record matrix: projects (title, timebox, peers)", "[ui][matrix]") {
    Matrix m;
    const EntityId ana = m.seed(addPeer(m.nb(), m.ui().ids(), "Ana Lima"));
    const EntityId omar = m.seed(addPeer(m.nb(), m.ui().ids(), "Omar Haddad"));
    auto page = [&] { m.open(ui::Page::Projects); };
    page();
    m.imgui.type("Shared onboarding", m.draw);
    m.click("Ana Lima");
    m.click("Start project");
    REQUIRE(m.ids<JointProject>().size() == 1);
    const EntityId id = m.ids<JointProject>()[0];
    const auto created = m.find(id);
    m.click("Edit##project");
    m.fill("##Title", "Shared onboarding week");
    m.fill("##Timebox (days)", "21");
    m.click("Omar Haddad");
    m.click("Save");
    const JointProject& p = m.get<JointProject>(id);
    CHECK(p.title == "Shared onboarding week");
    CHECK(p.timeboxDays == 21);
    CHECK(p.peerIds == std::vector<EntityId>{ana, omar});
    m.checkDisk();
    undoRedoEdit(m, id, created);
    deleteUndoRedoRestart(m, "project", id, page);
}

TEST_CASE("record matrix: agenda items (text, kind, trust, order)", "[ui][matrix]") {
    Matrix m;
    const EntityId sam = m.seed(addPeer(m.nb(), m.ui().ids(), "Sam Okafor"));
    const EntityId meeting = m.seed(addMeeting(m.nb(), m.ui().ids(), sam, m.today()));
    m.open(ui::Page::Meeting, meeting);
    for (const char* text : {"Budget", "Hiring"}) {
        m.fill("Agenda item", text);
        m.click("Add item");
    }
    auto agenda = [&] {
        std::vector<std::string> texts;
        for (const AgendaItem& item : m.get<Meeting>(meeting).agenda) texts.push_back(item.text);
        return texts;
    };
    REQUIRE(agenda() == std::vector<std::string>{"Budget", "Hiring"});
    const auto created = m.find(meeting);
    m.click("Edit##agenda");  // the last row: Hiring
    m.fill("Item", "Hiring plan");
    m.choose("Kind##item", "ask");
    m.choose("Trust##item", "medium");
    m.click("Save");
    const AgendaItem& item = m.get<Meeting>(meeting).agenda[1];
    CHECK(item.text == "Hiring plan");
    CHECK(item.kind == AgendaKind::Ask);
    CHECK(item.trust == TrustTier::Medium);
    CHECK(m.status() == "Changed the agenda item 'Hiring plan'");
    undoRedoEdit(m, meeting, created);

    m.click("Move up");  // the last row moves up
    CHECK(agenda() == std::vector<std::string>{"Hiring plan", "Budget"});
    m.checkDisk();
    m.click("Delete##agenda");  // the last row: Budget
    CHECK(agenda() == std::vector<std::string>{"Hiring plan"});
    CHECK(m.status() == "Deleted the agenda item 'Budget'");
    m.checkDisk();
    m.undo();
    CHECK(agenda() == std::vector<std::string>{"Hiring plan", "Budget"});
    m.redo();
    CHECK(agenda() == std::vector<std::string>{"Hiring plan"});
    m.undo();
    m.restart();
    CHECK(agenda() == std::vector<std::string>{"Hiring plan", "Budget"});
    m.checkDisk();
}
