// The prep card and the 1:1 page in the real app: start a 1:1 from the card, build the agenda from
// suggestions and free items, log a commitment and a fact, finish, and see items carried over.
#include "tests/ui/app_fixture.h"

#include "core/rules/topics.h"

using namespace rapport;
using test::AppOnFreshStore;

namespace {

// A peer with a weekly series, and the app on their prep card.
struct PrepCardFixture : AppOnFreshStore {
    EntityId peer = seedPeer("Maria Chen");
    EntityId series = seed(addSeries(notebook(), ui().ids(), peer, today(), Cadence{CadenceKind::Weekly, 1}));

    PrepCardFixture() {
        seed(addFact(notebook(), ui().ids(), peer, FactCategory::Family, "Kids Léa and Tom", today()));
        open(ui::Page::PrepCard, peer);
    }
    const Meeting* meeting() { return notebook().findMeeting(ui().route().id); }
};

}  // namespace

TEST_CASE("the prep card shows the peer's facts and starts the 1:1", "[ui][meeting]") {
    PrepCardFixture app;
    CHECK(app.imgui.shows("Start the 1:1"));
    app.click("Start the 1:1");
    REQUIRE(app.ui().route().page == ui::Page::Meeting);
    const Meeting* meeting = app.meeting();
    REQUIRE(meeting);
    CHECK(meeting->peerId == app.peer);
    CHECK(meeting->seriesId == app.series);
    CHECK_FALSE(meeting->held);

    // Back on the card, the same button opens the same prepared 1:1 rather than a second one.
    app.open(ui::Page::PrepCard, app.peer);
    app.click("Start the 1:1");
    CHECK(app.ui().route().id == meeting->id);
    CHECK(app.notebook().all<Meeting>().size() == 1);
}

TEST_CASE("a 1:1: suggested topic, free item by keyboard, commitment, fact, finish carries items over",
          "[ui][meeting]") {
    PrepCardFixture app;
    app.click("Start the 1:1");
    const EntityId meetingId = app.ui().route().id;

    // A suggestion from the bank at the peer's trust level, one click.
    const auto suggestions = suggestTopics(app.notebook(), app.peer, 6);
    REQUIRE_FALSE(suggestions.empty());
    const std::string topic = suggestions.front().topic->text;
    app.click((suggestions.front().stretch ? "* " : "+ ") + topic);
    REQUIRE(app.notebook().findMeeting(meetingId)->agenda.size() == 1);
    CHECK(app.notebook().findMeeting(meetingId)->agenda[0].text == topic);

    // The agenda field has the keyboard when the page opens: type and Enter, twice in a row.
    app.typeAndEnter("Hand-off between our teams");
    app.typeAndEnter("Q1 hiring");
    REQUIRE(app.notebook().findMeeting(meetingId)->agenda.size() == 3);

    app.click("Commitment");
    app.typeAndEnter("Send the hand-off checklist");
    const auto commitments = app.all<Commitment>();
    REQUIRE(commitments.size() == 1);
    CHECK(commitments[0]->origin == CommitmentOrigin::OneOnOne);
    CHECK(commitments[0]->originId == meetingId);
    CHECK(commitments[0]->direction == CommitmentDirection::MeToThem);

    app.click("Learned");
    app.typeAndEnter("Training for a half marathon");
    bool filed = false;
    for (const Fact* f : app.all<Fact>()) filed |= f->text == "Training for a half marathon" && f->peerId == app.peer;
    CHECK(filed);

    // Discuss the first item; the other two carry over when the meeting is finished.
    app.click("Discussed");
    app.click("Finish meeting");
    const Meeting* held = app.notebook().findMeeting(meetingId);
    REQUIRE(held);
    CHECK(held->held);
    const Meeting* next = nullptr;
    for (const Meeting* m : app.all<Meeting>()) {
        if (m->id != meetingId) next = m;
    }
    REQUIRE(next);
    CHECK(next->date > app.today());
    REQUIRE(next->agenda.size() == 2);
    for (const AgendaItem& item : next->agenda) {
        CHECK(item.carriedFrom == meetingId);
        CHECK(item.status == AgendaStatus::Pending);
    }

    // The next 1:1 lists them first, marked as carried over, and the card shows them.
    app.open(ui::Page::PrepCard, app.peer);
    CHECK(app.imgui.shows("Start the 1:1"));
    app.click("Start the 1:1");
    CHECK(app.ui().route().id == next->id);
}

TEST_CASE("meeting notes are saved when the field is left, and undo restores them", "[ui][meeting]") {
    PrepCardFixture app;
    app.click("Start the 1:1");
    const EntityId meetingId = app.ui().route().id;
    app.ui().run(addAgendaItem(app.notebook(), meetingId, "x", TrustTier::Low, AgendaKind::Update));
    app.imgui.settle(app.draw);
    Meeting edited = *app.notebook().findMeeting(meetingId);
    edited.notes = "Open about the reorg";
    edited.conflicts.push_back(Conflict{"Headcount", "Hire now", "Wait", "", ConflictStatus::Open});
    app.seed(updateEntity(app.notebook(), edited, "Edit"));
    app.imgui.settle(app.draw);
    CHECK(app.imgui.shows("Add conflict"));
    app.ui().undo();
    app.imgui.settle(app.draw);
    CHECK(app.notebook().findMeeting(meetingId)->notes.empty());
}
