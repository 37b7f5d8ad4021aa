// The record matrix, records shown inside another record's page: a 1:1's commitments, insights and
// conflicts on the 1:1 page, a project's observations and commitments on the project page, and a peer's
// rituals and logged contacts on their page (see record_matrix_people_ui_tests.cpp for how each row is checked).
#include "tests/ui/record_matrix.h"

using namespace rapport;
using test::Matrix;
using test::deleteUndoRedoRestart;
using test::undoRedoEdit;

namespace {

// Deletes the part of `owner` behind `button`, then undo, redo, undo and a restart, each checked on disk.
void deletePart(Matrix& m, EntityId owner, const std::string& button, const std::function<size_t()>& count,
                const std::function<void()>& reopen) {
    const auto before = m.find(owner);
    const size_t n = count();
    m.click(button);
    CHECK(count() == n - 1);
    CHECK(m.status().rfind("Deleted ", 0) == 0);
    m.checkDisk();
    m.undo();
    CHECK(m.find(owner) == before);
    m.redo();
    CHECK(count() == n - 1);
    m.undo();
    m.restart();
    CHECK(m.find(owner) == before);
    m.checkDisk();
    reopen();
    CHECK(m.imgui.shows(button));
}

}  // namespace

TEST_CASE("record matrix: a 1:1's commitments, insights and conflicts on the 1:1 page", "[ui][matrix]") {
    Matrix m;
    const EntityId sam = m.seed(addPeer(m.nb(), m.ui().ids(), "Sam Okafor"));
    const EntityId meeting = m.seed(addMeeting(m.nb(), m.ui().ids(), sam, m.today()));
    auto page = [&] { m.open(ui::Page::Meeting, meeting); };
    page();

    m.fill("Commitment", "Send the hiring plan");
    m.click("Add commitment");
    REQUIRE(m.ids<Commitment>().size() == 1);
    const EntityId promise = m.ids<Commitment>()[0];
    const auto made = m.find(promise);
    m.click("Edit##commitment");
    m.fill("Promise", "Send the Q1 numbers");
    m.choose("Who owes", "them to me");
    m.click("Save");
    CHECK(m.get<Commitment>(promise).text == "Send the Q1 numbers");
    CHECK(m.get<Commitment>(promise).direction == CommitmentDirection::ThemToMe);
    m.checkDisk();
    undoRedoEdit(m, promise, made);
    deleteUndoRedoRestart(m, "commitment", promise, page);

    m.fill("##believed", "she wanted headcount");
    m.fill("##happened", "she wanted budget");
    m.click("Add insight");
    REQUIRE(m.get<Meeting>(meeting).insights.size() == 1);
    auto before = m.find(meeting);
    m.click("Edit##insight");
    m.fill("I believed##edit", "she wanted more people");
    m.fill("What really happened##edit", "she wanted a bigger budget");
    m.click("Save");
    CHECK(m.get<Meeting>(meeting).insights[0] == Insight{"she wanted more people", "she wanted a bigger budget"});
    CHECK(m.status() == "Changed the insight of the 1:1 with Sam Okafor");
    undoRedoEdit(m, meeting, before);
    deletePart(m, meeting, "Delete##insight", [&] { return m.get<Meeting>(meeting).insights.size(); }, page);

    m.fill("##the issue", "who owns onboarding");
    m.fill("##my position", "my team");
    m.fill("##their position", "hers");
    m.click("Add conflict");
    REQUIRE(m.get<Meeting>(meeting).conflicts.size() == 1);
    before = m.find(meeting);
    m.click("Edit##conflict");
    m.fill("The issue##edit", "who owns onboarding and training");
    m.fill("My position##edit", "my team, with her help");
    m.fill("Their position##edit", "hers, with ours");
    m.click("Save");
    const Conflict& c = m.get<Meeting>(meeting).conflicts[0];
    CHECK(c.issue == "who owns onboarding and training");
    CHECK(c.myPosition == "my team, with her help");
    CHECK(c.theirPosition == "hers, with ours");
    undoRedoEdit(m, meeting, before);
    deletePart(m, meeting, "Delete##conflict", [&] { return m.get<Meeting>(meeting).conflicts.size(); }, page);
}

TEST_CASE("record matrix: a project's observations and commitments on the project page", "[ui][matrix]") {
    Matrix m;
    const EntityId omar = m.seed(addPeer(m.nb(), m.ui().ids(), "Omar Haddad"));
    const EntityId ana = m.seed(addPeer(m.nb(), m.ui().ids(), "Ana Lima"));
    const EntityId project = m.seed(addProject(m.nb(), m.ui().ids(), "Shared on-call rota", {omar, ana},
                                               ProjectKind::WhiteSpace, m.today().addDays(-7)));
    auto page = [&] { m.open(ui::Page::Project, project); };
    page();
    m.fill("Observation", "Decides from data");
    m.click("Add");
    REQUIRE(m.get<JointProject>(project).observations.size() == 1);
    const auto before = m.find(project);
    m.click("Edit##observation");
    m.fill("Observation##edit", "Decides from data, wants it in writing");
    m.choose("About##edit", "Ana Lima");
    m.choose("Aspect##edit", "how they communicate");
    m.fill("Seen on##edit", "2025-11-20");
    m.click("Save");
    const Observation& o = m.get<JointProject>(project).observations[0];
    CHECK(o.text == "Decides from data, wants it in writing");
    CHECK(o.peerId == ana);
    CHECK(o.aspect == ObservationAspect::Communicates);
    CHECK(o.date == CivilDate::ymd(2025, 11, 20));
    CHECK(m.status() == "Changed an observation about Ana Lima");
    undoRedoEdit(m, project, before);
    deletePart(m, project, "Delete##observation", [&] { return m.get<JointProject>(project).observations.size(); }, page);

    m.fill("Commitment", "Draft the rota");
    m.click("Add commitment");
    REQUIRE(m.ids<Commitment>().size() == 1);
    const EntityId promise = m.ids<Commitment>()[0];
    const auto made = m.find(promise);
    m.click("Edit##commitment");
    m.fill("Promise", "Draft the rota with Ana");
    m.click("Save");
    CHECK(m.get<Commitment>(promise).text == "Draft the rota with Ana");
    undoRedoEdit(m, promise, made);
    deleteUndoRedoRestart(m, "commitment", promise, page);
}

TEST_CASE("record matrix: logged contacts on the peer's Timeline (date, kind, note)", "[ui][matrix]") {
    Matrix m;
    const EntityId sam = m.seed(addPeer(m.nb(), m.ui().ids(), "Sam Okafor"));
    auto page = [&] {
        m.open(ui::Page::Peer, sam);
        m.click("Timeline");
    };
    page();
    m.click("Talked today");
    REQUIRE(m.ids<Interaction>().size() == 1);
    const EntityId id = m.ids<Interaction>()[0];
    const auto logged = m.find(id);
    m.click("Edit##contact");
    m.fill("Date##contact", "2025-11-21");
    m.choose("Kind##contact", label(InteractionKind::Ritual));
    m.fill("Note##contact", "coffee after the offsite");
    m.click("Save");
    const Interaction& contact = m.get<Interaction>(id);
    CHECK(contact.date == CivilDate::ymd(2025, 11, 21));
    CHECK(contact.kind == InteractionKind::Ritual);
    CHECK(contact.note == "coffee after the offsite");
    m.checkDisk();
    undoRedoEdit(m, id, logged);
    deleteUndoRedoRestart(m, "contact", id, page);
}

TEST_CASE("record matrix: rituals on the peer's Rituals tab (name, event)", "[ui][matrix]") {
    Matrix m;
    const EntityId sam = m.seed(addPeer(m.nb(), m.ui().ids(), "Sam Okafor"));
    const EntityId id = m.seed(addRitual(m.nb(), m.ui().ids(), RitualKind::CoffeeBeforeMeeting, "Coffee", "the QBR", {sam}));
    auto page = [&] {
        m.open(ui::Page::Peer, sam);
        m.click("Rituals");
    };
    page();
    const auto created = m.find(id);
    m.click("Edit##ritual");
    m.fill("Name", "Coffee before the QBR");
    m.fill("With the event", "the spring QBR");
    m.click("Save");
    CHECK(m.get<Ritual>(id).title == "Coffee before the QBR");
    CHECK(m.get<Ritual>(id).workEvent == "the spring QBR");
    m.checkDisk();
    undoRedoEdit(m, id, created);
    deleteUndoRedoRestart(m, "ritual", id, page);
}
