// The record matrix: for every record kind, through the real screens, create it, correct every field
// (Enter saves, Esc cancels), delete it, undo, redo, and restart the app on the same folder, checking
// the notebook and what a fresh reader finds on disk at each step.
#include <algorithm>
#include <optional>

#include "core/model/commands_edit.h"
#include "tests/ui/app_fixture.h"

using namespace rapport;

namespace {

// Entities in a fixed order, so two notebooks compare equal whatever their tables' order.
std::vector<Entity> sorted(const Notebook& nb) {
    auto all = nb.entities();
    std::sort(all.begin(), all.end(), [](const Entity& a, const Entity& b) {
        return std::make_pair(kindOf(a), entityId(a)) < std::make_pair(kindOf(b), entityId(b));
    });
    return all;
}

// The app on a folder that survives restarts of the app.
struct Matrix {
    std::string dir = test::makeTempDir();
    store::PosixMedium medium;
    FixedClock clock{1'764'000'000'000, CivilDate::fromDayNumber(20'416)};  // Mon 24 Nov 2025
    test::HeadlessImGui imgui;
    std::unique_ptr<ui::App> app;
    std::function<bool()> draw = [this] { return app->draw(); };

    Matrix() { start(); }
    void start() {
        app = std::make_unique<ui::App>(test::openerFor(medium, dir, clock), clock, true);
        app->setExtraKeys(test::HeadlessImGui::kExtraKeys);
        imgui.settle(draw);
    }
    // Closes the app and opens the folder again, as a user quitting and coming back would.
    void restart() {
        const auto before = sorted(nb());
        app.reset();
        start();
        CHECK(sorted(nb()) == before);
    }
    const Notebook& nb() const { return app->notebookStore()->notebook(); }
    ui::UiContext& ui() { return *app->context(); }
    CivilDate today() const { return clock.today(); }
    std::string status() { return ui().status(); }
    std::optional<Entity> find(EntityId id) const { return nb().findEntity(id); }
    template <class T>
    const T& get(EntityId id) const {
        const T* x = nb().find<T>(id);
        REQUIRE(x != nullptr);
        return *x;
    }
    template <class T>
    std::vector<EntityId> ids() const {
        std::vector<EntityId> out;
        for (const auto& entry : nb().all<T>()) out.push_back(entry.first);
        return out;
    }
    EntityId seed(Result<Command> command) {
        INFO((command ? std::string() : command.error().message));
        REQUIRE(command.ok());
        return ui().runCreating(std::move(command));
    }
    void open(ui::Page page, EntityId id = kNoId) {
        ui().go(ui::Route{page, id});
        imgui.settle(draw);
    }
    void click(const std::string& label) {
        INFO("clicking " << label << " among: " << imgui.labels());
        REQUIRE(imgui.click(label, draw));
        imgui.settle(draw, 2);
    }
    void clickFirst(const std::string& label) {
        INFO("clicking the first " << label);
        REQUIRE(imgui.clickFirst(label, draw));
        imgui.settle(draw, 2);
    }
    // Replaces a field's text as a user would: click into it, select all, type.
    void fill(const std::string& label, const std::string& text) {
        click(label);
        imgui.press(ImGuiKey_A, draw, /*ctrl=*/true);
        imgui.type(text, draw);
    }
    void choose(const std::string& combo, const std::string& option) {
        click(combo);
        click(option);
    }
    void key(int imguiKey, bool ctrl = false, bool shift = false) {
        imgui.press(imguiKey, draw, ctrl, shift);
        imgui.settle(draw, 2);
    }
    void enter() { key(ImGuiKey_Enter); }
    void escape() { key(ImGuiKey_Escape); }
    void undo() { key(ImGuiKey_Z, true); }
    void redo() { key(ImGuiKey_Z, true, true); }
    // What a fresh reader of the folder finds is what the app shows.
    void checkDisk() {
        auto reread = NotebookStore::openReadOnly(medium, dir, clock);
        REQUIRE(reread.ok());
        CHECK(sorted(reread.value()->notebook()) == sorted(nb()));
    }
};

// The second half of every row of the matrix: the corrected record is deleted from its page, undone,
// redone, undone again and survives a restart; `reopen` shows its page again after the restart.
void deleteUndoRedoRestart(Matrix& m, const std::string& what, EntityId id, const std::function<void()>& reopen) {
    const std::optional<Entity> edited = m.find(id);
    REQUIRE(edited);
    m.click("Delete##" + what);
    CHECK_FALSE(m.find(id));
    CHECK(m.status().rfind("Deleted ", 0) == 0);
    m.checkDisk();
    m.undo();
    CHECK(m.find(id) == edited);
    m.checkDisk();
    m.redo();
    CHECK_FALSE(m.find(id));
    m.checkDisk();
    m.undo();
    CHECK(m.find(id) == edited);
    m.restart();
    CHECK(m.find(id) == edited);
    m.checkDisk();
    reopen();
    CHECK(m.imgui.shows("Edit##" + what));
}

// After a correction: undo brings back the record as it was, redo the correction.
void undoRedoEdit(Matrix& m, EntityId id, const std::optional<Entity>& before) {
    const std::optional<Entity> after = m.find(id);
    CHECK(after != before);
    m.undo();
    CHECK(m.find(id) == before);
    m.redo();
    CHECK(m.find(id) == after);
    m.checkDisk();
}

}  // namespace

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
    CHECK(m.status() == "Add fact about Maria Chen");
    m.checkDisk();
}

TEST_CASE("on a phone, a row's actions sit behind a finger-sized menu and a deletion is undone from the status line",
          "[ui][matrix]") {
    Matrix m;
    ImGui::GetIO().DisplaySize = ImVec2(390.0f, 800.0f);
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
    m.click("Add due date");
    m.fill("due date", "2025-12-01");
    m.fill("Commitment", "Send the hiring plan");
    m.enter();
    const auto ids = m.ids<Commitment>();
    REQUIRE(ids.size() == 1);
    CHECK(m.get<Commitment>(ids[0]).due == CivilDate::ymd(2025, 12, 1));
    CHECK(m.imgui.shows("Add due date"));  // the form is ready for the next one, with no date
}
