// Live 1:1 mode in the real app: a whole 1:1 by keyboard alone (move, discuss, carry over, drop, a preview
// with stance and feedback, commitments both ways, a fact, an insight, a conflict, notes, finish), checked
// in the notebook and in a second reader of the folder; the entry points; the 1:1 page's preview question.
#include "tests/ui/app_fixture.h"

#include <algorithm>

#include "core/model/commands_meeting.h"
#include "core/model/recurrence.h"
#include "core/rules/live_meeting.h"

using namespace rapport;
using test::AppOnFreshStore;
using test::HeadlessImGui;

namespace {

// Maria Chen with a weekly Monday series; last Monday's 1:1 carried "Hiring plan" over to today's (Mon
// 24 Nov 2025), which also plans "Budget split" and, from a preview for Wednesday's staff meeting, the
// proposal. The app is on her prep card.
struct LiveFixture : AppOnFreshStore {
    EntityId peer = seedPeer("Maria Chen");
    EntityId series = seed(addSeries(notebook(), ui().ids(), peer, today().addDays(-14), Cadence{CadenceKind::Weekly, 1},
                                     Weekday::Monday));
    EntityId preview = kNoId;
    EntityId meeting = kNoId;

    LiveFixture() {
        const EntityId last = seed(addMeeting(notebook(), ui().ids(), peer, today().addDays(-7), series));
        imgui.settle(draw, 1);  // seeds are saved at the end of a frame
        seed(addAgendaItem(notebook(), last, "Hiring plan", TrustTier::Low, AgendaKind::Priority));
        imgui.settle(draw, 1);
        seed(finishMeeting(notebook(), ui().ids(), last));
        imgui.settle(draw, 1);
        meeting = meetingOn(notebook(), peer, today())->id;
        seed(addAgendaItem(notebook(), meeting, "Budget split", TrustTier::Low, AgendaKind::Dependency));
        preview = seed(addPreview(notebook(), ui().ids(), "Merge the support teams", today().addDays(2), {peer}, {peer}));
        imgui.settle(draw, 1);
        seed(putPreviewOnAgendas(notebook(), ui().ids(), preview));
        open(ui::Page::PrepCard, peer);
    }
    const Meeting& live() const { return *notebook().findMeeting(meeting); }
    // A letter pressed with no field active (the live screen reads typed characters).
    void key(const char* letters) {
        for (const char* c = letters; *c; ++c) {
            imgui.type(std::string(1, *c), draw);
            imgui.settle(draw, 2);
        }
    }
    void press(int imguiKey) {
        imgui.press(imguiKey, draw);
        imgui.settle(draw, 2);
    }
    const AgendaItem& item(const std::string& text) const {
        for (const AgendaItem& a : live().agenda) {
            if (a.text == text) return a;
        }
        FAIL("no agenda item " << text);
        return live().agenda.front();
    }
};

}  // namespace

TEST_CASE("live mode: a whole 1:1 by keyboard alone, in the notebook and on disk", "[ui][live]") {
    LiveFixture app;
    app.click("Start live 1:1");  // the one click: from here on, only keys
    REQUIRE(app.ui().route().page == ui::Page::LiveMeeting);
    REQUIRE(app.ui().route().id == app.meeting);
    const auto entries = liveAgenda(app.notebook(), app.meeting);
    REQUIRE(entries.size() >= 5);
    REQUIRE(entries[0].text == "Hiring plan");  // carried over comes first
    REQUIRE(entries[1].text == "Budget split");
    REQUIRE(entries[2].previewId == app.preview);
    REQUIRE(entries[3].source == LiveSource::Suggested);
    const std::string taken = entries[3].text, dropped = entries[4].text;

    app.key("d");  // Hiring plan discussed; the cursor moves on to Budget split
    CHECK(app.item("Hiring plan").status == AgendaStatus::Discussed);
    app.key("j");  // the preview
    app.key("d");  // asks how Maria took it, the feedback field has the keyboard
    CHECK(app.item(entries[2].text).status == AgendaStatus::Pending);
    app.press(ImGuiKey_DownArrow);  // not sure -> supportive
    app.press(ImGuiKey_DownArrow);  // -> has concerns
    app.imgui.type("Wants a pilot first", app.draw);
    app.press(ImGuiKey_Enter);
    CHECK(app.item(entries[2].text).status == AgendaStatus::Discussed);
    const PreviewPeer& previewed = app.notebook().find<ExecPreview>(app.preview)->peers.front();
    CHECK(previewed.status == PreviewStatus::Previewed);
    CHECK(previewed.stance == Stance::Concerns);
    CHECK(previewed.feedback == "Wants a pilot first");
    app.key("kk");  // back up past the preview to Budget split
    app.press(ImGuiKey_DownArrow);
    app.press(ImGuiKey_UpArrow);
    app.key("c");   // carried over; on to the first suggestion
    CHECK(app.item("Budget split").status == AgendaStatus::CarriedOver);
    app.key("d");   // a suggested topic taken up, discussed
    CHECK(app.item(taken).status == AgendaStatus::Discussed);
    app.key("x");   // the next one dropped: kept as dropped, no longer suggested
    CHECK(app.item(dropped).status == AgendaStatus::Dropped);

    app.key("a");  // a commitment, through the capture line
    app.typeAndEnter("I owe them the deck by fri");
    app.typeAndEnter("they owe me the Q1 numbers");  // the line keeps the keyboard after Enter
    app.typeAndEnter("kids Léa and Tom");
    app.typeAndEnter("I believed she wanted headcount / actually she wanted budget");
    app.typeAndEnter("conflict: who owns onboarding / me: my team / them: hers");
    app.imgui.type("half a line", app.draw);
    app.press(ImGuiKey_Escape);  // leaves the line and keeps what was typed
    CHECK(app.ui().route().page == ui::Page::LiveMeeting);
    CHECK_FALSE(ImGui::GetIO().WantTextInput);
    app.key("l");
    app.press(ImGuiKey_Enter);  // back in the line, the kept text is filed
    CHECK(app.all<Fact>().size() == 2);
    app.press(ImGuiKey_Escape);
    app.key("n");
    app.imgui.type("Open about the reorg", app.draw);
    app.press(ImGuiKey_Enter);
    app.imgui.type("Tired after the offsite", app.draw);
    app.press(ImGuiKey_Escape);  // leaves the notes, saved
    CHECK(app.live().notes == "Open about the reorg\nTired after the offsite");
    app.key("f");
    CHECK_FALSE(app.live().held);  // Finish asks first
    app.press(ImGuiKey_Enter);

    const Meeting& held = app.live();
    CHECK(held.held);
    CHECK(held.date == app.today());
    CHECK(app.item("Budget split").status == AgendaStatus::CarriedOver);
    CHECK(app.imgui.shows("Open the 1:1 page"));  // the summary
    const MeetingSummary summary = meetingSummary(app.notebook(), app.meeting, app.today()).value();
    CHECK(summary.discussed.size() == 3);
    CHECK(summary.carried == std::vector<std::string>{"Budget split"});
    REQUIRE(summary.iOwe.size() == 1);
    CHECK(summary.iOwe[0]->text == "the deck");
    CHECK(summary.iOwe[0]->due == app.today().addDays(4));
    REQUIRE(summary.theyOwe.size() == 1);
    CHECK(summary.theyOwe[0]->text == "the Q1 numbers");
    REQUIRE(summary.facts.size() == 2);
    std::vector<std::string> facts{summary.facts[0]->text, summary.facts[1]->text};
    std::sort(facts.begin(), facts.end());
    CHECK(facts == std::vector<std::string>{"half a line", "kids Léa and Tom"});
    REQUIRE(held.insights.size() == 1);
    CHECK(held.insights[0].happened == "she wanted budget");
    REQUIRE(held.conflicts.size() == 1);
    CHECK(held.conflicts[0].theirPosition == "hers");
    REQUIRE(summary.nextMeeting);
    CHECK(*summary.nextMeeting == app.today().addDays(7));

    // Everything is on disk: a second reader of the folder (the app still holds the writer's lock).
    store::PosixMedium medium;
    auto opened = NotebookStore::openReadOnly(medium, app.dir, app.clock);
    REQUIRE(opened.ok());
    const Notebook& disk = opened.value()->notebook();
    CHECK(*disk.findMeeting(app.meeting) == held);
    CHECK(disk.find<ExecPreview>(app.preview)->peers.front().stance == Stance::Concerns);
    CHECK(disk.all<Commitment>().size() == 2);
    CHECK(disk.all<Fact>().size() == 2);
}

TEST_CASE("live mode is entered from the 1:1 page; the summary stays after the 1:1 is held", "[ui][live]") {
    LiveFixture app;
    app.click("Start the 1:1");
    REQUIRE(app.ui().route().page == ui::Page::Meeting);
    app.click("Live mode");
    REQUIRE(app.ui().route().page == ui::Page::LiveMeeting);
    CHECK(app.ui().route().id == app.meeting);
    // A click on a row makes it current; its buttons act on it.
    app.click("##entry Budget split");
    app.click("Drop");
    CHECK(app.item("Budget split").status == AgendaStatus::Dropped);
    CHECK_FALSE(app.imgui.shows("Reopen"));  // the cursor moved on to the next open item
    app.click("##entry Budget split");
    app.click("Reopen");
    CHECK(app.item("Budget split").status == AgendaStatus::Pending);
    app.click("Finish");
    app.click("Not yet");
    CHECK_FALSE(app.live().held);
    app.click("Finish");
    app.click("Finish the 1:1");
    CHECK(app.live().held);
    // Undo brings the 1:1 back to live.
    app.ui().undo();
    app.imgui.settle(app.draw);
    CHECK_FALSE(app.live().held);
    CHECK(app.imgui.shows("Finish"));
}

TEST_CASE("live mode keeps notes typed when the page is left with the field still active", "[ui][live]") {
    LiveFixture app;
    app.click("Start live 1:1");
    app.key("n");
    app.imgui.type("Mentioned the move to Lisbon", app.draw);
    app.ctrlExtra(HeadlessImGui::kExtraKeys.digit1);  // straight to This week, the notes field still active
    CHECK(app.ui().route().page == ui::Page::ThisWeek);
    CHECK(app.live().notes == "Mentioned the move to Lisbon");
}

TEST_CASE("1:1 page: a preview item marked discussed asks for stance and feedback", "[ui][live][previews]") {
    LiveFixture app;
    app.click("Start the 1:1");
    REQUIRE(app.ui().route().page == ui::Page::Meeting);
    REQUIRE(app.imgui.clickFirst("Discussed", app.draw));  // Hiring plan: no question
    app.imgui.settle(app.draw, 2);
    CHECK(app.item("Hiring plan").status == AgendaStatus::Discussed);
    app.click("Discussed");  // the preview, last on the agenda
    CHECK(app.imgui.shows("Record preview"));
    app.click("Supportive");
    app.click("##feedback");
    app.typeAndEnter("Happy to co-present");
    const PreviewPeer& p = app.notebook().find<ExecPreview>(app.preview)->peers.front();
    CHECK(p.status == PreviewStatus::Previewed);
    CHECK(p.stance == Stance::Supportive);
    CHECK(p.feedback == "Happy to co-present");
    CHECK_FALSE(app.imgui.shows("Record preview"));
}

TEST_CASE("previews: 'the proposal depends on them' is set per peer where the peer is listed", "[ui][previews]") {
    LiveFixture app;
    app.open(ui::Page::Previews);
    CHECK(app.notebook().find<ExecPreview>(app.preview)->peers.front().dependsOn);
    app.click("the proposal depends on them");
    CHECK_FALSE(app.notebook().find<ExecPreview>(app.preview)->peers.front().dependsOn);
    CHECK(app.ui().status() == "The proposal no longer depends on Maria Chen");
    app.click("the proposal depends on them");
    CHECK(app.notebook().find<ExecPreview>(app.preview)->peers.front().dependsOn);
}
