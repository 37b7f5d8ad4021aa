// The record matrix, a peer's own records: for each kind, through the real screens, create it, correct
// every field (Enter saves, Esc cancels), delete it, undo, redo and restart, checking the notebook and
// the disk at each step (tests/ui/record_matrix.h). Shared records are in record_matrix_shared_ui_tests.cpp.
#include "tests/ui/record_matrix.h"

using namespace rapport;
using test::Matrix;
using test::deleteUndoRedoRestart;
using test::undoRedoEdit;

TEST_CASE("record matrix: facts, with an important date; Esc cancels, Enter saves", "[ui][matrix]") {
    Matrix m;
    const EntityId maria = m.seed(addPeer(m.nb(), m.ui().ids(), "Maria Chen"));
    auto page = [&] {
        m.open(ui::Page::Peer, maria);
        m.click("Get to know");
    };
    page();
    m.fill("Fact", "Kids: Léa and Tom");
    m.click("Add fact");
    REQUIRE(m.ids<Fact>().size() == 1);
    const EntityId id = m.ids<Fact>()[0];
    CHECK(m.get<Fact>(id).text == "Kids: Léa and Tom");
    m.checkDisk();
    const auto created = m.find(id);

    m.click("Edit##fact");
    m.fill("About them", "Something else");
    m.escape();
    CHECK(m.find(id) == created);
    CHECK_FALSE(m.imgui.shows("About them"));

    m.click("Edit##fact");
    m.choose("Category", "important date");
    m.choose("Month", "March");  // the combo shows eight months at a time
    m.fill("Day", "14");
    m.fill("Year (0 if unknown)", "1984");
    m.fill("Learned where", "the offsite");
    m.fill("About them", "Birthday");
    m.enter();
    const Fact& fact = m.get<Fact>(id);
    CHECK(fact.category == FactCategory::ImportantDate);
    CHECK(fact.text == "Birthday");
    CHECK(fact.learnedWhere == "the offsite");
    CHECK(fact.date == AnnualDate{1984, 3, 14});
    CHECK(m.status() == "Changed Maria's birthday");
    CHECK_FALSE(m.imgui.shows("About them"));
    m.checkDisk();
    undoRedoEdit(m, id, created);
    deleteUndoRedoRestart(m, "fact", id, page);
}

TEST_CASE("record matrix: connections and banter topics", "[ui][matrix]") {
    Matrix m;
    const EntityId maria = m.seed(addPeer(m.nb(), m.ui().ids(), "Maria Chen"));
    auto page = [&] {
        m.open(ui::Page::Peer, maria);
        m.click("Get to know");
    };
    page();
    m.fill("Connection", "swimming");
    m.click("Add connection");
    REQUIRE(m.ids<Connection>().size() == 1);
    const EntityId connection = m.ids<Connection>()[0];
    const auto created = m.find(connection);
    m.click("Edit##connection");
    m.fill("Interest", "open-water swimming");
    m.fill("Note", "both train on Sundays");
    m.fill("Helped when", "the reorg talk");
    m.click("Save");
    const Connection& c = m.get<Connection>(connection);
    CHECK(c.interest == "open-water swimming");
    CHECK(c.note == "both train on Sundays");
    CHECK(c.helpedWhen == "the reorg talk");
    CHECK(m.status() == "Changed the shared interest 'open-water swimming'");
    m.checkDisk();
    undoRedoEdit(m, connection, created);
    deleteUndoRedoRestart(m, "connection", connection, page);

    m.fill("Banter topic", "the derby");
    m.click("Add topic");
    REQUIRE(m.ids<BanterTopic>().size() == 1);
    const EntityId banter = m.ids<BanterTopic>()[0];
    const auto added = m.find(banter);
    m.click("Edit##banter");
    m.fill("Topic", "the derby on Sunday");
    m.enter();
    CHECK(m.get<BanterTopic>(banter).text == "the derby on Sunday");
    undoRedoEdit(m, banter, added);
    deleteUndoRedoRestart(m, "banter", banter, page);
}

TEST_CASE("record matrix: commitments (text, who owes, due date, status)", "[ui][matrix]") {
    Matrix m;
    const EntityId sam = m.seed(addPeer(m.nb(), m.ui().ids(), "Sam Okafor"));
    auto page = [&] {
        m.open(ui::Page::Peer, sam);
        m.click("Commitments");
    };
    page();
    m.fill("Commitment", "Send the hiring plan");
    m.click("Add commitment");
    REQUIRE(m.ids<Commitment>().size() == 1);
    const EntityId id = m.ids<Commitment>()[0];
    const auto created = m.find(id);
    m.click("Edit##commitment");
    m.fill("Promise", "Send the Q1 numbers");
    m.choose("Who owes", "them to me");
    m.clickFirst("Add due date");  // the row's, above the new-commitment form's
    m.fill("due date", "2025-12-05");
    m.choose("Status", "kept");
    m.click("Save");
    const Commitment& c = m.get<Commitment>(id);
    CHECK(c.text == "Send the Q1 numbers");
    CHECK(c.direction == CommitmentDirection::ThemToMe);
    CHECK(c.due == CivilDate::ymd(2025, 12, 5));
    CHECK(c.status == CommitmentStatus::Kept);
    CHECK(c.resolvedOn == m.today());
    m.checkDisk();
    undoRedoEdit(m, id, created);
    deleteUndoRedoRestart(m, "commitment", id, page);
}

TEST_CASE("record matrix: 1:1 series (cadence, weekday, length, end)", "[ui][matrix]") {
    Matrix m;
    const EntityId sam = m.seed(addPeer(m.nb(), m.ui().ids(), "Sam Okafor"));
    auto page = [&] {
        m.open(ui::Page::Peer, sam);
        m.click("1:1s");
    };
    page();
    m.click("Start a regular 1:1 (recommended cadence)");
    REQUIRE(m.ids<OneOnOneSeries>().size() == 1);
    const EntityId id = m.ids<OneOnOneSeries>()[0];
    const auto created = m.find(id);
    // Esc with the keyboard on a picker (not a text field) cancels the edit and stays on the page.
    m.click("Edit##series");
    REQUIRE(m.imgui.shows("Cadence"));
    m.escape();
    CHECK_FALSE(m.imgui.shows("Cadence"));
    CHECK(m.ui().route().page == ui::Page::Peer);
    CHECK(m.find(id) == created);

    m.click("Edit##series");
    m.choose("Cadence", "weekly");
    m.choose("Weekday", "Tuesday");
    m.fill("Minutes", "45");
    m.enter();
    const OneOnOneSeries& s = m.get<OneOnOneSeries>(id);
    CHECK(s.cadence.kind == CadenceKind::Weekly);
    CHECK(s.weekday == Weekday::Tuesday);
    CHECK(s.durationMinutes == 45);
    CHECK(m.status() == "Changed the 1:1 series with Sam Okafor");
    m.checkDisk();
    undoRedoEdit(m, id, created);
    deleteUndoRedoRestart(m, "series", id, page);

    m.click("Edit##series");
    m.click("End the series");
    CHECK_FALSE(m.get<OneOnOneSeries>(id).active);
    m.checkDisk();
}

TEST_CASE("record matrix: trust history notes", "[ui][matrix]") {
    Matrix m;
    const EntityId sam = m.seed(addPeer(m.nb(), m.ui().ids(), "Sam Okafor"));
    m.open(ui::Page::Peer, sam);
    m.fill("##trust-note", "after the launch");
    m.click("3");
    REQUIRE(m.get<Peer>(sam).trustHistory.size() == 1);
    const auto created = m.find(sam);
    m.click("Edit note##trust");
    m.fill("Why", "after we shipped the launch together");
    m.enter();
    CHECK(m.get<Peer>(sam).trustHistory[0].note == "after we shipped the launch together");
    m.checkDisk();
    undoRedoEdit(m, sam, created);
    m.click("Delete##trust");
    CHECK(m.get<Peer>(sam).trustHistory.empty());
    m.checkDisk();
    m.undo();
    CHECK(m.get<Peer>(sam).trustHistory.size() == 1);
    m.redo();
    CHECK(m.get<Peer>(sam).trustHistory.empty());
    m.undo();
    m.restart();
    CHECK(m.get<Peer>(sam).trustHistory.size() == 1);
    m.checkDisk();
}

TEST_CASE("record matrix: peers (profile fields, delete with their notes, archive when they have 1:1s)", "[ui][matrix]") {
    Matrix m;
    m.open(ui::Page::Peers);
    m.imgui.type("Sam Okafor", m.draw);
    m.enter();
    REQUIRE(m.ids<Peer>().size() == 1);
    const EntityId sam = m.ids<Peer>()[0];
    m.seed(addFact(m.nb(), m.ui().ids(), sam, FactCategory::Sport, "Runs marathons"));
    const auto created = m.find(sam);
    m.open(ui::Page::Peer, sam);
    m.fill("Name", "Sam Okafor-Reid");
    m.enter();
    m.fill("Role", "VP Sales");
    m.enter();
    m.fill("Team", "Revenue");
    m.enter();
    m.fill("Met where", "the Lisbon offsite");
    m.enter();
    m.fill("Introduced by", "Maria");
    m.enter();
    m.choose("Interdependence", "strong");
    m.choose("Relationship", "direct report");
    const Peer& p = m.get<Peer>(sam);
    CHECK(p.name == "Sam Okafor-Reid");
    CHECK(p.role == "VP Sales");
    CHECK(p.team == "Revenue");
    CHECK(p.metWhere == "the Lisbon offsite");
    CHECK(p.introducedBy == "Maria");
    CHECK(p.interdependence == Interdependence::Strong);
    CHECK(p.relationship == RelationshipKind::DirectReport);
    CHECK(m.status() == "Changed Sam Okafor-Reid");
    m.checkDisk();

    m.click("Delete peer...");
    m.click("Delete");
    CHECK_FALSE(m.find(sam));
    CHECK(m.nb().all<Fact>().empty());
    CHECK(m.status() == "Deleted Sam Okafor-Reid and 1 note about them");
    m.checkDisk();
    m.undo();
    REQUIRE(m.find(sam));
    CHECK(m.nb().all<Fact>().size() == 1);
    m.redo();
    CHECK_FALSE(m.find(sam));
    m.undo();
    m.restart();
    REQUIRE(m.find(sam));
    CHECK(m.find(sam) != created);
    m.checkDisk();

    // With a 1:1 on record, deleting is refused and Archive is offered instead.
    m.seed(addMeeting(m.nb(), m.ui().ids(), sam, m.today()));
    m.open(ui::Page::Peer, sam);
    m.click("Delete peer...");
    CHECK_FALSE(m.imgui.shows("Delete"));
    m.click("Archive");
    CHECK(m.get<Peer>(sam).archived);
    CHECK(m.find(sam));
    m.checkDisk();
}

TEST_CASE("important dates are added from the fact form with month, day and year", "[ui][matrix]") {
    Matrix m;
    const EntityId maria = m.seed(addPeer(m.nb(), m.ui().ids(), "Maria Chen"));
    m.open(ui::Page::Peer, maria);
    m.click("Get to know");
    m.click("##fact-category");
    m.click("important date");
    m.choose("Month", "May");
    m.fill("Day", "3");
    m.fill("Fact", "Léa's birthday");
    m.enter();
    const auto facts = m.ids<Fact>();
    INFO(m.status());
    REQUIRE(facts.size() == 1);
    const Fact& fact = m.get<Fact>(facts[0]);
    CHECK(fact.category == FactCategory::ImportantDate);
    CHECK(fact.date == AnnualDate{0, 5, 3});
    CHECK(m.status() == "Added Léa's birthday, 3 May, for Maria Chen");
    m.checkDisk();
}

TEST_CASE("on a phone, a row's actions sit behind a finger-sized menu and a deletion is undone from the status line",
          "[ui][matrix]") {
    Matrix m;
    // Phone width; tall enough that the form's Save is on screen without scrolling (the headless
    // driver clicks only what is drawn, and the peer card plus 44 px section buttons fill 800 px).
    ImGui::GetIO().DisplaySize = ImVec2(390.0f, 1400.0f);
    m.imgui.settle(m.draw);
    const EntityId maria = m.seed(addPeer(m.nb(), m.ui().ids(), "Maria Chen"));
    const EntityId id = m.seed(addConnection(m.nb(), m.ui().ids(), maria, "swimming"));
    m.open(ui::Page::Peer, maria);
    m.click("Get to know");
    CHECK_FALSE(m.imgui.shows("Edit##connection"));  // no small buttons on a phone
    m.click("...");
    REQUIRE(m.imgui.shows("Edit##connection"));
    m.click("Edit##connection");
    // Labels sit above full-width fields: the field itself carries no visible label.
    m.fill("##Interest", "open-water swimming");
    m.click("Save");
    CHECK(m.get<Connection>(id).interest == "open-water swimming");
    m.click("...");
    m.click("Delete##connection");
    CHECK_FALSE(m.find(id));
    m.click("Undo##status");
    CHECK(m.get<Connection>(id).interest == "open-water swimming");
    m.checkDisk();
}

TEST_CASE("the commitment form takes an optional due date through the shared date field", "[ui][matrix]") {
    Matrix m;
    const EntityId sam = m.seed(addPeer(m.nb(), m.ui().ids(), "Sam Okafor"));
    m.open(ui::Page::Peer, sam);
    m.click("Commitments");
    m.fill("##due", "2025-12-01");
    m.fill("Commitment", "Send the hiring plan");
    m.enter();
    auto ids = m.ids<Commitment>();
    REQUIRE(ids.size() == 1);
    CHECK(m.get<Commitment>(ids[0]).due == CivilDate::ymd(2025, 12, 1));
    // The form is ready for the next one, with no date.
    m.fill("Commitment", "Book the offsite");
    m.enter();
    ids = m.ids<Commitment>();
    REQUIRE(ids.size() == 2);
    for (const EntityId id : ids) {
        if (m.get<Commitment>(id).text == "Book the offsite") CHECK_FALSE(m.get<Commitment>(id).due);
    }
}
