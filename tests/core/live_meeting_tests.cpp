// Tests of live 1:1 mode's core: the agenda order (carried over, planned, suggested at the trust level with
// one stretch topic), moving to the next open item, the builders a live 1:1 uses (a topic taken up with
// its outcome, a preview item discussed, insights, conflicts, "depends on") and the summary at Finish.
#include <catch2/catch.hpp>

#include <algorithm>

#include "core/model/commands.h"
#include "core/model/commands_meeting.h"
#include "core/rules/live_meeting.h"
#include "core/rules/topics.h"
#include "test_support.h"

using namespace rapport;
using rapport::test::addPeerOk;
using rapport::test::applyOk;
using rapport::test::d;

namespace {

// A peer at trust 2 (low tier) with a weekly Monday series, a held 1:1 that carried one item over, and
// the next 1:1 prepared with one planned item; a bank of low, medium and high topics.
struct LiveFixture {
    Notebook nb;
    IdSource ids{77};
    EntityId peer = kNoId, series = kNoId, first = kNoId, meeting = kNoId;
    LiveFixture() {
        std::vector<BankTopic> bank;
        for (int i = 0; i < 5; ++i) {
            bank.push_back({0, "low " + std::to_string(i), TrustTier::Low, AgendaKind::Update});
            bank.push_back({0, "medium " + std::to_string(i), TrustTier::Medium, AgendaKind::Ask});
            bank.push_back({0, "high " + std::to_string(i), TrustTier::High, AgendaKind::Feedback});
        }
        applyOk(nb, importTopics(nb, ids, bank));
        peer = addPeerOk(nb, ids, "Maria Chen");
        applyOk(nb, recordTrust(nb, peer, 2, d(2026, 1, 1)));
        series = entityId(*applyOk(nb, addSeries(nb, ids, peer, d(2026, 11, 2), Cadence{CadenceKind::Weekly, 1},
                                                 Weekday::Monday)).changes[0].after);
        first = entityId(*applyOk(nb, addMeeting(nb, ids, kNoId, d(2026, 11, 23), series)).changes[0].after);
        applyOk(nb, addAgendaItem(nb, first, "Hiring plan", TrustTier::Low, AgendaKind::Priority));
        applyOk(nb, finishMeeting(nb, ids, first));  // carries "Hiring plan" to Mon 30 Nov
        meeting = nb.meetingsOfSeries(series).rbegin()->second;
        applyOk(nb, addAgendaItem(nb, meeting, "Budget split", TrustTier::Low, AgendaKind::Dependency));
    }
    const Meeting& live() const { return *nb.findMeeting(meeting); }
};

}  // namespace

TEST_CASE("live agenda: carried over first, then planned, then topics at the trust level and one stretch", "[live]") {
    LiveFixture f;
    // Planned first in the stored agenda: live mode still opens with what was carried over.
    Meeting reordered = f.live();
    std::swap(reordered.agenda[0], reordered.agenda[1]);
    applyOk(f.nb, updateEntity(f.nb, reordered, "reorder"));
    const auto entries = liveAgenda(f.nb, f.meeting, 4);
    REQUIRE(entries.size() == 6);
    CHECK(entries[0].source == LiveSource::CarriedOver);
    CHECK(entries[0].text == "Hiring plan");
    CHECK(entries[0].index == 1);
    CHECK(entries[1].source == LiveSource::Planned);
    CHECK(entries[1].text == "Budget split");
    CHECK(entries[1].index == 0);
    int stretch = 0;
    for (size_t i = 2; i < entries.size(); ++i) {
        INFO(entries[i].text);
        CHECK(entries[i].source == LiveSource::Suggested);
        REQUIRE(entries[i].topic);
        CHECK(entries[i].topic->trust != TrustTier::High);  // never two rungs up
        stretch += entries[i].stretch;
        if (entries[i].stretch) CHECK(entries[i].topic->trust == TrustTier::Medium);
        else CHECK(entries[i].topic->trust == TrustTier::Low);
    }
    CHECK(stretch == 1);
    CHECK(entries.back().stretch);  // the stretch topic comes last
    // Each suggestion is one the prep card and the 1:1 page would offer too.
    const auto offered = suggestTopics(f.nb, f.peer, 20);
    for (size_t i = 2; i < entries.size(); ++i) {
        CHECK(std::any_of(offered.begin(), offered.end(), [&](const TopicSuggestion& s) { return s.topic == entries[i].topic; }));
    }
    CHECK(liveAgenda(f.nb, 999).empty());
    CHECK(liveAgenda(f.nb, f.meeting, 0).size() == 2);
}

TEST_CASE("live agenda: a topic taken up leaves the suggestions; a held 1:1 gets none", "[live]") {
    LiveFixture f;
    const auto before = liveAgenda(f.nb, f.meeting, 3);
    REQUIRE(before.size() == 5);
    const BankTopic topic = *before[2].topic;
    applyOk(f.nb, takeUpTopic(f.nb, f.meeting, topic, AgendaStatus::Discussed));
    const auto after = liveAgenda(f.nb, f.meeting, 3);
    CHECK(after[2].source == LiveSource::Planned);
    CHECK(after[2].text == topic.text);
    CHECK(after[2].status == AgendaStatus::Discussed);
    for (size_t i = 3; i < after.size(); ++i) CHECK(after[i].text != topic.text);
    // A second take-up of the same topic says it is there already; a dropped one is kept as dropped.
    const auto again = takeUpTopic(f.nb, f.meeting, topic, AgendaStatus::Dropped);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.find("already on this agenda") != std::string::npos);
    applyOk(f.nb, takeUpTopic(f.nb, f.meeting, *after[3].topic, AgendaStatus::Dropped));
    CHECK(f.live().agenda.back().status == AgendaStatus::Dropped);
    applyOk(f.nb, finishMeeting(f.nb, f.ids, f.meeting));
    for (const auto& e : liveAgenda(f.nb, f.meeting)) CHECK(e.source != LiveSource::Suggested);
    CHECK_FALSE(takeUpTopic(f.nb, f.meeting, *after[4].topic, AgendaStatus::Discussed).ok());
}

TEST_CASE("live agenda: the next open entry after a decision wraps around and skips decided ones", "[live]") {
    LiveFixture f;
    auto entries = liveAgenda(f.nb, f.meeting, 2);
    REQUIRE(entries.size() == 4);
    CHECK(nextOpenEntry(entries, 0) == 1u);
    CHECK(nextOpenEntry(entries, 3) == 0u);
    entries[0].status = AgendaStatus::Discussed;
    entries[2].status = AgendaStatus::Dropped;
    CHECK(nextOpenEntry(entries, 1) == 3u);
    CHECK(nextOpenEntry(entries, 3) == 1u);
    for (auto& e : entries) e.status = AgendaStatus::Discussed;
    CHECK(nextOpenEntry(entries, 2) == 2u);  // nothing open: stay
    CHECK_FALSE(nextOpenEntry({}, 0));
}

TEST_CASE("live summary: discussed, carried, dropped, commitments both ways and facts learned", "[live]") {
    LiveFixture f;
    const CivilDate today = d(2026, 11, 30);
    applyOk(f.nb, setAgendaItemStatus(f.nb, f.meeting, 0, AgendaStatus::Discussed));  // Hiring plan
    applyOk(f.nb, addCommitment(f.nb, f.ids, f.peer, CommitmentDirection::MeToThem, "Send the deck", today, d(2026, 12, 4),
                                CommitmentOrigin::OneOnOne, f.meeting));
    applyOk(f.nb, addCommitment(f.nb, f.ids, f.peer, CommitmentDirection::ThemToMe, "Q1 numbers", today, std::nullopt,
                                CommitmentOrigin::OneOnOne, f.meeting));
    applyOk(f.nb, addCommitment(f.nb, f.ids, f.peer, CommitmentDirection::MeToThem, "Elsewhere", today));
    applyOk(f.nb, addFact(f.nb, f.ids, f.peer, FactCategory::Family, "Kids Léa and Tom", today, kLearnedInOneOnOne));
    applyOk(f.nb, addFact(f.nb, f.ids, f.peer, FactCategory::Hobbies, "Runs", today, "offsite"));
    applyOk(f.nb, addInsight(f.nb, f.meeting, Insight{"she wanted headcount", "she wanted budget"}));
    auto open = meetingSummary(f.nb, f.meeting, today);
    REQUIRE(open.ok());
    CHECK(open.value().open == std::vector<std::string>{"Budget split"});
    applyOk(f.nb, finishMeeting(f.nb, f.ids, f.meeting, today));
    auto s = meetingSummary(f.nb, f.meeting, today);
    REQUIRE(s.ok());
    CHECK(s.value().discussed == std::vector<std::string>{"Hiring plan"});
    CHECK(s.value().carried == std::vector<std::string>{"Budget split"});
    CHECK(s.value().open.empty());
    REQUIRE(s.value().iOwe.size() == 1);
    CHECK(s.value().iOwe[0]->text == "Send the deck");
    REQUIRE(s.value().theyOwe.size() == 1);
    CHECK(s.value().theyOwe[0]->text == "Q1 numbers");
    REQUIRE(s.value().facts.size() == 1);
    CHECK(s.value().facts[0]->text == "Kids Léa and Tom");
    CHECK(s.value().insights == 1);
    CHECK(s.value().nextMeeting == d(2026, 12, 7));  // the carried item opens the next 1:1
    CHECK_FALSE(meetingSummary(f.nb, 4242, today).ok());
}

TEST_CASE("finishing a live 1:1 dates it today, also when it was prepared for another day", "[live]") {
    LiveFixture f;
    const CivilDate held = d(2026, 12, 2);  // a Wednesday; planned for Monday
    // While it runs, what is learned today is learned in it, whatever day it was planned for.
    applyOk(f.nb, addFact(f.nb, f.ids, f.peer, FactCategory::Travel, "Moving to Lisbon", held, kLearnedInOneOnOne));
    CHECK(meetingSummary(f.nb, f.meeting, held).value().facts.size() == 1);
    CHECK(meetingSummary(f.nb, f.meeting, d(2026, 12, 3)).value().facts.empty());
    applyOk(f.nb, finishMeeting(f.nb, f.ids, f.meeting, held));
    CHECK(meetingSummary(f.nb, f.meeting, d(2026, 12, 9)).value().facts.size() == 1);  // dated the day held
    CHECK(f.live().date == held);
    CHECK(f.live().held);
    CHECK(meetingSummary(f.nb, f.meeting, held).value().nextMeeting == d(2026, 12, 7));
}

TEST_CASE("a preview item discussed records the peer as previewed with stance and feedback", "[live][previews]") {
    LiveFixture f;
    const EntityId other = addPeerOk(f.nb, f.ids, "Dev Patel");
    const Command added = applyOk(f.nb, addPreview(f.nb, f.ids, "Move support to EMEA", d(2026, 12, 3), {f.peer, other}, {f.peer}));
    const EntityId preview = test::createdId<ExecPreview>(added);
    applyOk(f.nb, putPreviewOnAgendas(f.nb, f.ids, preview));
    const auto& agenda = f.live().agenda;
    const auto item = std::find_if(agenda.begin(), agenda.end(), [&](const AgendaItem& a) { return a.previewId == preview; });
    REQUIRE(item != agenda.end());
    const size_t index = static_cast<size_t>(item - agenda.begin());
    CHECK_FALSE(discussPreviewItem(f.nb, f.meeting, 0, Stance::Supportive, "").ok());  // not a preview item
    const Command c = applyOk(f.nb, discussPreviewItem(f.nb, f.meeting, index, Stance::Concerns, "Wants a pilot first"));
    CHECK(c.changes.size() == 2);
    CHECK(c.label == "Previewed \"Preview: Move support to EMEA\" with Maria Chen");
    CHECK(f.live().agenda[index].status == AgendaStatus::Discussed);
    const ExecPreview& p = *f.nb.find<ExecPreview>(preview);
    CHECK(p.peers[0].status == PreviewStatus::Previewed);
    CHECK(p.peers[0].stance == Stance::Concerns);
    CHECK(p.peers[0].feedback == "Wants a pilot first");
    CHECK(p.peers[0].dependsOn);
    CHECK(p.peers[1].status == PreviewStatus::NotYet);  // only the peer across the table
    // One undo takes both back.
    REQUIRE(f.nb.apply(inverted(c)).ok());
    CHECK(f.nb.find<ExecPreview>(preview)->peers[0].status == PreviewStatus::NotYet);
    CHECK(f.live().agenda[index].status == AgendaStatus::Pending);
}

TEST_CASE("'the proposal depends on them' is set per peer, and a second identical set says so", "[previews]") {
    LiveFixture f;
    const EntityId other = addPeerOk(f.nb, f.ids, "Dev Patel");
    const EntityId stranger = addPeerOk(f.nb, f.ids, "Sam Okafor");
    const EntityId preview = test::createdId<ExecPreview>(
        applyOk(f.nb, addPreview(f.nb, f.ids, "Reorg", d(2026, 12, 3), {f.peer, other})));
    const Command c = applyOk(f.nb, setPreviewDependsOn(f.nb, preview, other, true));
    CHECK(c.label == "The proposal depends on Dev Patel");
    CHECK(f.nb.find<ExecPreview>(preview)->peers[1].dependsOn);
    CHECK_FALSE(f.nb.find<ExecPreview>(preview)->peers[0].dependsOn);
    const auto again = setPreviewDependsOn(f.nb, preview, other, true);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message == "The proposal already depends on Dev Patel.");
    CHECK(setPreviewDependsOn(f.nb, preview, stranger, true).error().message == "That peer is not on this preview.");
    applyOk(f.nb, setPreviewDependsOn(f.nb, preview, other, false));
    CHECK_FALSE(f.nb.find<ExecPreview>(preview)->peers[1].dependsOn);
}

TEST_CASE("insights and conflicts are added to a 1:1; empty ones are refused with the reason", "[live]") {
    LiveFixture f;
    applyOk(f.nb, addInsight(f.nb, f.meeting, Insight{"she wanted headcount", "she wanted budget"}));
    applyOk(f.nb, addConflict(f.nb, f.meeting, Conflict{"who owns onboarding", "my team", "hers", "", ConflictStatus::Resolved}));
    REQUIRE(f.live().insights.size() == 1);
    REQUIRE(f.live().conflicts.size() == 1);
    CHECK(f.live().conflicts[0].status == ConflictStatus::Open);  // a new conflict is open
    CHECK(addInsight(f.nb, f.meeting, Insight{"", "x"}).error().message.rfind("Say what you believed", 0) == 0);
    CHECK(addConflict(f.nb, f.meeting, Conflict{}).error().message.rfind("Name the issue", 0) == 0);
    CHECK_FALSE(addInsight(f.nb, 4242, Insight{"a", "b"}).ok());
}
