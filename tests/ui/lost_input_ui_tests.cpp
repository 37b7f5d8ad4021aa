// Nothing typed is lost: for every form with two or more fields, type into one, click straight into
// the next (no settling frame in between, as a quick user does), type, and both values are in the
// notebook and on disk; the field under the pointer stays where it was through the whole sequence.
#include "tests/ui/app_fixture.h"

#include <imgui_internal.h>

using namespace rapport;
using test::AppOnFreshStore;
using test::HeadlessImGui;

namespace {

struct Typist : AppOnFreshStore {
    // Clicks a field or button by label (visible or "##id"); fails when it is not on screen.
    // A user looks before the next click: the page may have grown (a new row) after the last action.
    void press(const std::string& label) {
        INFO("clicking " << label);
        REQUIRE(imgui.click(label, draw));
        imgui.settle(draw, 2);
    }
    // Clicks into `field` straight from wherever the keyboard is, types `text`, and checks that the
    // field did not move between the frame before the click and the frame after the typing.
    void typeInto(const std::string& field, const std::string& text) {
        INFO("typing into " << field);
        const ImRect before = imgui.rectOf(field);
        REQUIRE(before.GetWidth() > 0.0f);
        REQUIRE(imgui.click(field, draw));
        CHECK(sameRect(imgui.rectOf(field), before));
        imgui.type(text, draw);
        CHECK(sameRect(imgui.rectOf(field), before));
    }
    // Leaves the field that has the keyboard with a click on empty space (the status line's right end).
    void clickAway() {
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = ImVec2(io.DisplaySize.x - 4.0f, io.DisplaySize.y - 4.0f);
        imgui.frame(draw);
        io.MouseDown[0] = true;
        imgui.frame(draw);
        io.MouseDown[0] = false;
        imgui.settle(draw, 2);
    }
    // Esc while a field has the keyboard (ImGui's own Esc would put back the text the field started with).
    void escape() {
        imgui.press(ImGuiKey_Escape, draw);
        imgui.settle(draw, 2);
    }
    // Ctrl+1 (This week) while a field has the keyboard: another page opens.
    void thisWeekByKey() {
        ctrlExtra(HeadlessImGui::kExtraKeys.digit1);
        REQUIRE(ui().route().page == ui::Page::ThisWeek);
    }
    // What a restart would read.
    std::unique_ptr<NotebookStore> onDisk() {
        auto opened = NotebookStore::openReadOnly(medium, dir, clock);
        REQUIRE(opened.ok());
        return std::move(opened).value();
    }
    static bool sameRect(const ImRect& a, const ImRect& b) {
        return a.Min.x == b.Min.x && a.Min.y == b.Min.y && a.Max.x == b.Max.x && a.Max.y == b.Max.y;
    }
};

// A peer with a weekly series and a 1:1 started from the prep card, on the 1:1 page.
struct OnMeeting : Typist {
    EntityId peer = seedPeer("Maria Chen");
    EntityId meetingId = kNoId;
    OnMeeting() {
        seed(addSeries(notebook(), ui().ids(), peer, today(), Cadence{CadenceKind::Weekly, 1}));
        open(ui::Page::PrepCard, peer);
        click("Start the 1:1");
        meetingId = ui().route().id;
        REQUIRE(ui().route().page == ui::Page::Meeting);
    }
    const Meeting& meeting() { return *notebook().findMeeting(meetingId); }
    static const Meeting& meetingIn(const NotebookStore& store, EntityId id) {
        const Meeting* m = store.notebook().findMeeting(id);
        REQUIRE(m);
        return *m;
    }
};

bool hasFact(const Notebook& nb, const std::string& text) {
    for (const auto& entry : nb.all<Fact>()) {
        if (entry.second.text == text) return true;
    }
    return false;
}

}  // namespace

TEST_CASE("1:1 page: Notes, then straight into What I learned", "[ui][lost-input]") {
    OnMeeting app;
    app.typeInto("##notes", "Open about the reorg");
    app.typeInto("Learned", "Training for a half marathon");
    app.imgui.press(ImGuiKey_Enter, app.draw);
    app.imgui.settle(app.draw);
    CHECK(app.meeting().notes == "Open about the reorg");
    CHECK(hasFact(app.notebook(), "Training for a half marathon"));
    const auto disk = app.onDisk();
    CHECK(OnMeeting::meetingIn(*disk, app.meetingId).notes == "Open about the reorg");
    CHECK(hasFact(disk->notebook(), "Training for a half marathon"));
}

TEST_CASE("1:1 page: an agenda item, mood and notes, one after the other", "[ui][lost-input]") {
    OnMeeting app;
    app.typeInto("Agenda item", "Hand-off between our teams");
    app.imgui.press(ImGuiKey_Enter, app.draw);  // the list above Notes grows by one row
    app.typeInto("mood", "upbeat");
    app.typeInto("##notes", "Wants the numbers first");
    app.clickAway();
    const auto disk = app.onDisk();
    for (const Meeting* m : {&app.meeting(), &OnMeeting::meetingIn(*disk, app.meetingId)}) {
        REQUIRE(m->agenda.size() == 1);
        CHECK(m->agenda[0].text == "Hand-off between our teams");
        CHECK(m->mood == "upbeat");
        CHECK(m->notes == "Wants the numbers first");
    }
}

TEST_CASE("1:1 page: insight and conflict fields keep every typed value", "[ui][lost-input]") {
    OnMeeting app;
    app.typeInto("##believed", "She resists change");
    app.typeInto("##happened", "She wanted a say in it");
    app.press("Add insight");
    app.typeInto("##the issue", "Headcount");
    app.typeInto("##my position", "Hire now");
    app.typeInto("##their position", "Wait a quarter");
    app.press("Add conflict");
    app.imgui.settle(app.draw);
    app.typeInto("##resolution", "Hire one now, one in Q2");
    app.typeInto("##notes", "Good talk");
    app.clickAway();
    const auto disk = app.onDisk();
    for (const Meeting* m : {&app.meeting(), &OnMeeting::meetingIn(*disk, app.meetingId)}) {
        REQUIRE(m->insights.size() == 1);
        CHECK(m->insights[0].believed == "She resists change");
        CHECK(m->insights[0].happened == "She wanted a say in it");
        REQUIRE(m->conflicts.size() == 1);
        CHECK(m->conflicts[0].issue == "Headcount");
        CHECK(m->conflicts[0].myPosition == "Hire now");
        CHECK(m->conflicts[0].theirPosition == "Wait a quarter");
        CHECK(m->conflicts[0].resolution == "Hire one now, one in Q2");
        CHECK(m->notes == "Good talk");
    }
}

TEST_CASE("1:1 page: a commitment's due date, then its text", "[ui][lost-input]") {
    OnMeeting app;
    app.typeInto("##due", "2025-12-05");
    app.typeInto("Commitment", "Send the hand-off checklist");
    app.imgui.press(ImGuiKey_Enter, app.draw);
    app.imgui.settle(app.draw);
    const auto disk = app.onDisk();
    REQUIRE(disk->notebook().all<Commitment>().size() == 1);
    const Commitment& c = disk->notebook().all<Commitment>().begin()->second;
    CHECK(c.text == "Send the hand-off checklist");
    CHECK(c.due == CivilDate::ymd(2025, 12, 5));
    CHECK(c.originId == app.meetingId);
}

TEST_CASE("project page: every notes field of explore, observation, outcome and retro", "[ui][lost-input]") {
    Typist app;
    const EntityId omar = app.seedPeer("Omar Haddad");
    const EntityId id = app.seed(addProject(app.notebook(), app.ui().ids(), "Shared on-call rota", {omar},
                                            ProjectKind::WhiteSpace, app.today()));
    app.open(ui::Page::Project, id);
    app.typeInto("##What I know", "Pager load doubled");
    app.typeInto("##What they know", "Two people quit over it");
    app.typeInto("##People we talked to", "Priya, the SRE lead");
    app.typeInto("Observation", "Decides from data");
    app.imgui.press(ImGuiKey_Enter, app.draw);
    app.typeInto("##Outcome", "A rota both teams signed");
    app.typeInto("##Retro: what worked between us, what to change", "Weekly check-ins worked");
    app.clickAway();
    const auto disk = app.onDisk();
    for (const Notebook* nb : {&app.notebook(), &disk->notebook()}) {
        const JointProject& p = *nb->find<JointProject>(id);
        REQUIRE(p.phaseNotes.size() == 1);
        CHECK(p.phaseNotes[0].whatIKnow == "Pager load doubled");
        CHECK(p.phaseNotes[0].whatTheyKnow == "Two people quit over it");
        CHECK(p.phaseNotes[0].peopleTalkedTo == "Priya, the SRE lead");
        REQUIRE(p.observations.size() == 1);
        CHECK(p.observations[0].text == "Decides from data");
        CHECK(p.outcome == "A rota both teams signed");
        CHECK(p.retro == "Weekly check-ins worked");
    }
}

TEST_CASE("project page: converge notes and a project commitment", "[ui][lost-input]") {
    Typist app;
    const EntityId omar = app.seedPeer("Omar Haddad");
    const EntityId id = app.seed(addProject(app.notebook(), app.ui().ids(), "Shared on-call rota", {omar},
                                            ProjectKind::WhiteSpace, app.today()));
    app.seed(setProjectPhase(app.notebook(), id, ProjectPhase::Converge, app.today()));
    app.open(ui::Page::Project, id);
    app.typeInto("##Debates", "Follow the sun or not");
    app.typeInto("##Ideas", "Pair juniors with seniors");
    app.typeInto("##Decision", "Follow the sun from January");
    app.typeInto("##due", "2025-12-10");
    app.typeInto("Commitment", "Draft the rota");
    app.imgui.press(ImGuiKey_Enter, app.draw);
    app.imgui.settle(app.draw);
    const auto disk = app.onDisk();
    const JointProject& p = *disk->notebook().find<JointProject>(id);
    const PhaseNotes* notes = nullptr;
    for (const PhaseNotes& n : p.phaseNotes) {
        if (n.phase == ProjectPhase::Converge) notes = &n;
    }
    REQUIRE(notes);
    CHECK(notes->debates == "Follow the sun or not");
    CHECK(notes->ideas == "Pair juniors with seniors");
    CHECK(notes->decision == "Follow the sun from January");
    REQUIRE(disk->notebook().all<Commitment>().size() == 1);
    CHECK(disk->notebook().all<Commitment>().begin()->second.due == CivilDate::ymd(2025, 12, 10));
}

TEST_CASE("peer page: profile fields one after the other", "[ui][lost-input]") {
    Typist app;
    const EntityId sam = app.seedPeer("Sam Okafor");
    app.open(ui::Page::Peer, sam);
    app.typeInto("Role", "VP Sales");
    app.typeInto("Team", "Sales");
    app.typeInto("Tags", "exec, emea");
    app.typeInto("Met where", "Offsite 2024");
    app.typeInto("Introduced by", "Dana");
    app.typeInto("Notes", "Prefers mornings");
    app.clickAway();
    const auto disk = app.onDisk();
    for (const Notebook* nb : {&app.notebook(), &disk->notebook()}) {
        const Peer& p = *nb->findPeer(sam);
        CHECK(p.role == "VP Sales");
        CHECK(p.team == "Sales");
        CHECK(p.tags == std::vector<std::string>{"exec", "emea"});
        CHECK(p.metWhere == "Offsite 2024");
        CHECK(p.introducedBy == "Dana");
        CHECK(p.notes == "Prefers mornings");
    }
}

TEST_CASE("previews: proposal, date, and feedback from two peers", "[ui][lost-input]") {
    Typist app;
    const EntityId ana = app.seedPeer("Ana Silva");
    const EntityId ben = app.seedPeer("Ben Ito");
    app.open(ui::Page::Previews);
    app.typeInto("Proposal", "Merge the two support queues");
    app.typeInto("staff meeting", "2025-12-04");
    app.press("Ana Silva");
    app.press("Ben Ito");
    app.press("Add preview");
    app.imgui.settle(app.draw);
    app.typeInto("##feedback", "Worried about SLAs");
    app.typeInto("##feedback#2", "Fine if we keep the tiers");
    app.clickAway();
    const auto disk = app.onDisk();
    REQUIRE(disk->notebook().all<ExecPreview>().size() == 1);
    const ExecPreview& p = disk->notebook().all<ExecPreview>().begin()->second;
    CHECK(p.proposal == "Merge the two support queues");
    CHECK(p.staffMeetingOn == CivilDate::ymd(2025, 12, 4));
    REQUIRE(p.peers.size() == 2);
    std::map<EntityId, std::string> feedback;
    for (const PreviewPeer& peer : p.peers) feedback[peer.peerId] = peer.feedback;
    // Which row is first on screen does not matter: both typed texts are saved, each with its peer.
    INFO("Ana: " << feedback[ana] << " / Ben: " << feedback[ben]);
    CHECK(((feedback[ana] == "Worried about SLAs" && feedback[ben] == "Fine if we keep the tiers") ||
           (feedback[ben] == "Worried about SLAs" && feedback[ana] == "Fine if we keep the tiers")));
}

TEST_CASE("rituals: name, work event and first date", "[ui][lost-input]") {
    Typist app;
    app.seedPeer("Ana Silva");
    app.open(ui::Page::Rituals);
    app.typeInto("Ritual name", "Breakfast before the QBR");
    app.typeInto("Work event", "Quarterly business review");
    app.typeInto("first date", "2025-12-15");
    app.press("Ana Silva");
    app.press("Add ritual");
    app.imgui.settle(app.draw);
    const auto disk = app.onDisk();
    REQUIRE(disk->notebook().all<Ritual>().size() == 1);
    const Ritual& r = disk->notebook().all<Ritual>().begin()->second;
    CHECK(r.title == "Breakfast before the QBR");
    CHECK(r.workEvent == "Quarterly business review");
    CHECK(r.nextDue == CivilDate::ymd(2025, 12, 15));
}

TEST_CASE("journal and projects: the text survives typing into the peer filter", "[ui][lost-input]") {
    Typist app;
    const EntityId ana = app.seedPeer("Ana Silva");
    app.open(ui::Page::Journal);
    app.typeInto("##entry", "Ana surprised me today");
    app.press("About peers");
    app.imgui.settle(app.draw);
    app.typeInto("##peer-filter", "An");
    app.press("Ana Silva");
    app.press("Add entry");
    app.imgui.settle(app.draw);

    app.open(ui::Page::Projects);
    app.typeInto("Project title", "Shared hiring loop");
    app.typeInto("##peer-filter", "Ana");
    app.press("Ana Silva");
    app.press("Start project");
    app.imgui.settle(app.draw);

    const auto disk = app.onDisk();
    REQUIRE(disk->notebook().all<JournalEntry>().size() == 1);
    const JournalEntry& entry = disk->notebook().all<JournalEntry>().begin()->second;
    CHECK(entry.text == "Ana surprised me today");
    CHECK(entry.peerIds == std::vector<EntityId>{ana});
    REQUIRE(disk->notebook().all<JointProject>().size() == 1);
    CHECK(disk->notebook().all<JointProject>().begin()->second.title == "Shared hiring loop");
}

TEST_CASE("settings: my name, then straight into my interests", "[ui][lost-input]") {
    Typist app;
    app.open(ui::Page::Settings);
    app.typeInto("My name", "Jordan");
    app.typeInto("My interests", "cycling, jazz");
    app.clickAway();
    const auto disk = app.onDisk();
    CHECK(disk->notebook().settings().myName == "Jordan");
    CHECK(disk->notebook().settings().myInterests == std::vector<std::string>{"cycling", "jazz"});
}

TEST_CASE("two edits of one 1:1 in the same frame both land, and undo takes them back one by one",
          "[ui][lost-input]") {
    OnMeeting app;
    // What two widgets of one frame would do: both built from the meeting as drawn.
    app.ui().beginFrame();
    Meeting edited = app.meeting();
    edited.notes = "Open about the reorg";
    CHECK(app.ui().run(updateEntity(app.notebook(), edited, "Edit 1:1 notes")));
    CHECK(app.ui().run(addAgendaItem(app.notebook(), app.meetingId, "Q1 hiring", TrustTier::Low, AgendaKind::Update)));
    CHECK(app.meeting().notes.empty());  // nothing changes while the frame is drawn
    app.ui().endFrame();
    CHECK(app.meeting().notes == "Open about the reorg");
    REQUIRE(app.meeting().agenda.size() == 1);
    app.ui().undo();
    CHECK(app.meeting().agenda.empty());
    CHECK(app.meeting().notes == "Open about the reorg");
    app.ui().undo();
    CHECK(app.meeting().notes.empty());
}

TEST_CASE("undo and navigation queued in a frame follow the commands before them", "[ui][lost-input]") {
    Typist app;
    app.ui().beginFrame();
    const EntityId sam = app.ui().runCreating(addPeer(app.notebook(), app.ui().ids(), "Sam Okafor"));
    REQUIRE(sam != kNoId);
    app.ui().go(ui::Route{ui::Page::Peer, sam});
    CHECK(app.ui().route().page == ui::Page::Peers);  // not yet
    app.ui().endFrame();
    CHECK(app.notebook().findPeer(sam));
    CHECK(app.ui().route() == ui::Route{ui::Page::Peer, sam});

    app.ui().beginFrame();
    app.ui().undo();
    CHECK(app.notebook().findPeer(sam));
    app.ui().endFrame();
    CHECK_FALSE(app.notebook().findPeer(sam));
}

// Esc and the page keys while typing: Esc leaves the field keeping its text, another page saves it.
TEST_CASE("1:1 page: Esc in Notes and in mood keeps what was typed, saved", "[ui][lost-input][esc]") {
    OnMeeting app;
    app.typeInto("##notes", "Open about the reorg");
    app.escape();
    CHECK_FALSE(ImGui::GetIO().WantTextInput);
    CHECK(app.ui().route().page == ui::Page::Meeting);  // Esc left the field, not the page
    app.typeInto("mood", "tired");
    app.escape();
    const auto disk = app.onDisk();
    for (const Meeting* m : {&app.meeting(), &OnMeeting::meetingIn(*disk, app.meetingId)}) {
        CHECK(m->notes == "Open about the reorg");
        CHECK(m->mood == "tired");
    }
}

TEST_CASE("1:1 page: Ctrl+1 while typing Notes saves them", "[ui][lost-input][esc]") {
    OnMeeting app;
    const uint64_t untouched = app.ui().revision();
    app.thisWeekByKey();
    CHECK(app.ui().revision() == untouched);  // a look at the page, nothing typed: nothing saved
    app.open(ui::Page::Meeting, app.meetingId);
    app.typeInto("##notes", "Wants the numbers first");
    app.thisWeekByKey();
    CHECK(app.meeting().notes == "Wants the numbers first");
    CHECK(OnMeeting::meetingIn(*app.onDisk(), app.meetingId).notes == "Wants the numbers first");
    app.open(ui::Page::Meeting, app.meetingId);  // and the page shows them again
    app.imgui.settle(app.draw, 30);  // a while after the last click: the next one is no double-click
    app.typeInto("##notes", ", then the plan");
    app.escape();
    CHECK(app.meeting().notes == "Wants the numbers first, then the plan");
}

TEST_CASE("project page: Esc and Ctrl+1 while typing notes keep them", "[ui][lost-input][esc]") {
    Typist app;
    const EntityId omar = app.seedPeer("Omar Haddad");
    const EntityId id = app.seed(addProject(app.notebook(), app.ui().ids(), "Shared on-call rota", {omar},
                                            ProjectKind::WhiteSpace, app.today()));
    app.open(ui::Page::Project, id);
    const uint64_t untouched = app.ui().revision();
    app.thisWeekByKey();
    CHECK(app.ui().revision() == untouched);  // a look at the page, nothing typed: nothing saved
    app.open(ui::Page::Project, id);
    app.typeInto("##What I know", "Pager load doubled");
    app.escape();
    app.typeInto("##People we talked to", "Priya, the SRE lead");
    app.thisWeekByKey();
    const auto disk = app.onDisk();
    for (const Notebook* nb : {&app.notebook(), &disk->notebook()}) {
        const JointProject& p = *nb->find<JointProject>(id);
        REQUIRE(p.phaseNotes.size() == 1);
        CHECK(p.phaseNotes[0].whatIKnow == "Pager load doubled");
        CHECK(p.phaseNotes[0].peopleTalkedTo == "Priya, the SRE lead");
    }
}

TEST_CASE("peer page: Esc and Ctrl+1 while typing the profile keep it", "[ui][lost-input][esc]") {
    Typist app;
    const EntityId sam = app.seedPeer("Sam Okafor");
    app.open(ui::Page::Peer, sam);
    const uint64_t untouched = app.ui().revision();
    app.thisWeekByKey();
    CHECK(app.ui().revision() == untouched);  // a look at the page, nothing typed: nothing saved
    app.open(ui::Page::Peer, sam);
    app.typeInto("Notes", "Prefers mornings");
    app.escape();
    app.typeInto("Role", "VP Sales");
    app.thisWeekByKey();
    const auto disk = app.onDisk();
    for (const Notebook* nb : {&app.notebook(), &disk->notebook()}) {
        CHECK(nb->findPeer(sam)->notes == "Prefers mornings");
        CHECK(nb->findPeer(sam)->role == "VP Sales");
    }
}

TEST_CASE("journal: Esc in a new entry keeps the draft", "[ui][lost-input][esc]") {
    Typist app;
    app.open(ui::Page::Journal);
    app.typeInto("##entry", "Ana surprised me today");
    app.escape();
    app.press("Add entry");
    app.imgui.settle(app.draw);
    const auto disk = app.onDisk();
    REQUIRE(disk->notebook().all<JournalEntry>().size() == 1);
    CHECK(disk->notebook().all<JournalEntry>().begin()->second.text == "Ana surprised me today");
}

TEST_CASE("peer page: an important date's kid name, then straight into its day", "[ui][lost-input]") {
    Typist app;
    const EntityId maria = app.seedPeer("Maria Chen");
    app.open(ui::Page::Peer, maria);
    app.press("Get to know");
    app.press("##date-kind");
    app.press("kid's birthday");
    app.typeInto("##date-name", "Léa");
    app.typeInto("On", "14 March 2015");
    app.press("Add date");
    const auto disk = app.onDisk();
    for (const Notebook* nb : {&app.notebook(), &disk->notebook()}) {
        REQUIRE(nb->all<Fact>().size() == 1);
        const Fact& f = nb->all<Fact>().begin()->second;
        CHECK(f.text == "Léa's birthday");
        CHECK(*f.date == (AnnualDate{2015, 3, 14}));
    }
}
