// Tests of the rules: last interaction, drift, reviews due, commitments, project status, load guard,
// topic suggestions, important dates, preview plan, week plan and prep card.
#include <catch2/catch.hpp>

#include "core/model/commands.h"
#include "core/rules/commitments.h"
#include "core/rules/connections.h"
#include "core/rules/load_guard.h"
#include "core/rules/prep_card.h"
#include "core/rules/previews.h"
#include "core/rules/relationships.h"
#include "core/rules/topics.h"
#include "core/rules/week_plan.h"
#include "test_support.h"

using namespace rapport;
using rapport::test::addPeerOk;
using rapport::test::applyOk;
using rapport::test::d;

namespace {

void setPeer(Notebook& nb, EntityId id, Interdependence i, RelationshipKind k = RelationshipKind::Peer) {
    Peer p = *nb.findPeer(id);
    p.interdependence = i;
    p.relationship = k;
    applyOk(nb, updateEntity(nb, p, "edit"));
}

EntityId seriesOf(const Command& c) { return entityId(*c.changes.front().after); }

}  // namespace

TEST_CASE("last interaction is derived from interactions, held 1:1s and rituals", "[rules]") {
    Notebook nb;
    IdSource ids(20);
    const EntityId p = addPeerOk(nb, ids, "Kim");
    CHECK_FALSE(lastInteraction(nb, p, d(2024, 3, 1)).has_value());
    applyOk(nb, logInteraction(nb, ids, p, d(2024, 2, 1)));
    CHECK(lastInteraction(nb, p, d(2024, 3, 1)) == d(2024, 2, 1));
    Command m = applyOk(nb, addMeeting(nb, ids, p, d(2024, 2, 10)));
    CHECK(lastInteraction(nb, p, d(2024, 3, 1)) == d(2024, 2, 1));  // prepared is not contact
    applyOk(nb, finishMeeting(nb, ids, entityId(*m.changes[0].after)));
    CHECK(lastInteraction(nb, p, d(2024, 3, 1)) == d(2024, 2, 10));
    CHECK(lastInteraction(nb, p, d(2024, 2, 5)) == d(2024, 2, 1));  // nothing from the future
    Command r = applyOk(nb, addRitual(nb, ids, RitualKind::CoffeeBeforeMeeting, "Coffee", "QBR", {p}));
    applyOk(nb, markRitualDone(nb, entityId(*r.changes[0].after), d(2024, 2, 20)));
    CHECK(lastInteraction(nb, p, d(2024, 3, 1)) == d(2024, 2, 20));
}

TEST_CASE("drift: no contact for longer than cadence plus grace", "[rules]") {
    Notebook nb;
    IdSource ids(21);
    const EntityId weekly = addPeerOk(nb, ids, "Weekly");
    const EntityId light = addPeerOk(nb, ids, "Light");
    const EntityId never = addPeerOk(nb, ids, "Never");
    const EntityId archived = addPeerOk(nb, ids, "Gone");
    setPeer(nb, light, Interdependence::Light);
    applyOk(nb, addSeries(nb, ids, weekly, d(2024, 1, 1), Cadence{CadenceKind::Weekly, 1}));
    applyOk(nb, logInteraction(nb, ids, weekly, d(2024, 3, 1)));
    applyOk(nb, logInteraction(nb, ids, light, d(2024, 3, 1)));
    applyOk(nb, logInteraction(nb, ids, archived, d(2023, 1, 1)));
    applyOk(nb, archivePeer(nb, archived));
    (void)never;
    // Weekly: 7 + 7 grace = 14 days allowed. Light: 30 + 7 = 37.
    CHECK(driftingPeers(nb, d(2024, 3, 15)).empty());
    auto drift = driftingPeers(nb, d(2024, 3, 16));
    REQUIRE(drift.size() == 1);
    CHECK(drift[0].peerId == weekly);
    CHECK(drift[0].daysSince == 15);
    CHECK(drift[0].allowedDays == 14);
    drift = driftingPeers(nb, d(2024, 5, 1));
    REQUIRE(drift.size() == 2);
    CHECK(drift[0].peerId == weekly);  // most overdue first
    // A peer met long ago with nothing logged drifts from the date we met.
    Peer n = *nb.findPeer(never);
    n.metOn = d(2024, 1, 1);
    applyOk(nb, updateEntity(nb, n, "edit"));
    bool found = false;
    for (const Drift& x : driftingPeers(nb, d(2024, 5, 1))) {
        if (x.peerId != never) continue;
        found = x.neverLogged;
        // Never contacted says so; it does not count days "since" as if they had been.
        CHECK(driftText(x) == "no contact yet (met 121 days ago)");
    }
    CHECK(found);
    CHECK(driftText(drift[0]) == "61 days since last contact");
}

TEST_CASE("series are due for review on and after the review date", "[rules]") {
    Notebook nb;
    IdSource ids(22);
    const EntityId p = addPeerOk(nb, ids, "Lu");
    const EntityId sid = seriesOf(applyOk(nb, addSeries(nb, ids, p, d(2024, 1, 31))));
    CHECK(nb.findSeries(sid)->review == d(2024, 4, 30));
    CHECK(seriesDueForReview(nb, d(2024, 4, 29)).empty());
    auto due = seriesDueForReview(nb, d(2024, 4, 30));
    REQUIRE(due.size() == 1);
    CHECK(due[0].daysOverdue == 0);
    CHECK(seriesDueForReview(nb, d(2024, 5, 10))[0].daysOverdue == 10);
    applyOk(nb, decideSeriesReview(nb, sid, ReviewDecision::Keep, d(2024, 5, 10)));
    CHECK(seriesDueForReview(nb, d(2024, 5, 10)).empty());
}

TEST_CASE("kept ratio per peer and direction; due and overdue lists", "[rules]") {
    Notebook nb;
    IdSource ids(23);
    const EntityId p = addPeerOk(nb, ids, "Mo");
    auto add = [&](CommitmentDirection dir, CivilDate due) {
        return entityId(*applyOk(nb, addCommitment(nb, ids, p, dir, "x", d(2024, 1, 1), due)).changes[0].after);
    };
    const auto me = CommitmentDirection::MeToThem;
    const auto them = CommitmentDirection::ThemToMe;
    applyOk(nb, setCommitmentStatus(nb, add(me, d(2024, 1, 10)), CommitmentStatus::Kept, d(2024, 1, 9)));
    applyOk(nb, setCommitmentStatus(nb, add(me, d(2024, 1, 10)), CommitmentStatus::KeptLate, d(2024, 1, 12)));
    applyOk(nb, setCommitmentStatus(nb, add(me, d(2024, 1, 10)), CommitmentStatus::Missed, d(2024, 1, 12)));
    applyOk(nb, setCommitmentStatus(nb, add(me, d(2024, 1, 10)), CommitmentStatus::Dropped, d(2024, 1, 12)));
    const EntityId overdue = add(them, d(2024, 2, 1));
    const EntityId dueSoon = add(them, d(2024, 2, 10));
    const EntityId dueToday = add(me, d(2024, 2, 5));
    KeptRatio mine = keptRatio(nb, p, me);
    CHECK(mine.kept == 1);
    CHECK(mine.keptLate == 1);
    CHECK(mine.missed == 1);
    CHECK(mine.open == 1);
    CHECK(*mine.ratio() == Approx(2.0 / 3.0));
    CHECK_FALSE(keptRatio(nb, p, them).ratio().has_value());
    auto o = overdueCommitments(nb, d(2024, 2, 5));
    REQUIRE(o.size() == 1);
    CHECK(o[0]->id == overdue);
    auto due = commitmentsDue(nb, d(2024, 2, 5), 7);
    REQUIRE(due.size() == 2);
    CHECK(due[0]->id == dueToday);
    CHECK(due[1]->id == dueSoon);
}

TEST_CASE("project status warns past the timebox and past 21 days", "[rules]") {
    JointProject p;
    p.start = d(2024, 2, 20);
    p.timeboxDays = 14;
    CHECK(p.timeboxEnd() == d(2024, 3, 4));  // across the leap day
    auto s = projectStatus(p, d(2024, 3, 4));
    CHECK(s.dayOfProject == 14);
    CHECK(s.daysLeft == 0);
    CHECK_FALSE(s.overTimebox);
    s = projectStatus(p, d(2024, 3, 5));
    CHECK(s.overTimebox);
    CHECK_FALSE(s.runningLong);
    CHECK(projectStatus(p, d(2024, 3, 12)).runningLong);  // day 22
    p.timeboxDays = 28;
    CHECK(projectStatus(p, d(2024, 2, 21)).longTimebox);
    p.phase = ProjectPhase::Done;
    p.endedOn = d(2024, 3, 1);
    CHECK_FALSE(projectStatus(p, d(2024, 6, 1)).overTimebox);
}

TEST_CASE("load guard: over budget names the lowest interdependence first", "[rules]") {
    Notebook nb;
    IdSource ids(24);
    const EntityId strong = addPeerOk(nb, ids, "Strong");
    const EntityId light = addPeerOk(nb, ids, "Light");
    const EntityId moderate = addPeerOk(nb, ids, "Moderate");
    setPeer(nb, strong, Interdependence::Strong);
    setPeer(nb, light, Interdependence::Light);
    const Cadence weekly{CadenceKind::Weekly, 1};
    applyOk(nb, addSeries(nb, ids, strong, d(2024, 1, 1), weekly, std::nullopt, 120));
    applyOk(nb, addSeries(nb, ids, light, d(2024, 1, 1), weekly, std::nullopt, 60));
    applyOk(nb, addSeries(nb, ids, moderate, d(2024, 1, 1), weekly, std::nullopt, 90));
    LoadStatus st = loadStatus(nb);
    CHECK(st.minutesPerWeek == Approx(270));
    CHECK(st.meetingsPerWeek == Approx(3));
    CHECK_FALSE(st.overBudget);
    CHECK(st.warning.empty());
    Settings s;
    s.weeklyBudgetMinutes = 240;
    applyOk(nb, saveSettings(nb, ids, s));
    st = loadStatus(nb);
    REQUIRE(st.overBudget);
    REQUIRE(st.reduceFirst.size() == 3);
    CHECK(st.reduceFirst[0].peerId == light);
    CHECK(st.reduceFirst[1].peerId == moderate);
    CHECK(st.reduceFirst[2].peerId == strong);
    CHECK(st.warning.find("Light (weekly)") != std::string::npos);
    CHECK(st.warning.find("4.5 h") != std::string::npos);
    // Archived peers do not count.
    applyOk(nb, archivePeer(nb, strong));
    CHECK_FALSE(loadStatus(nb).overBudget);
}

TEST_CASE("topic suggestions fit the trust level and offer the next rung, never two up", "[rules]") {
    Notebook nb;
    IdSource ids(25);
    std::vector<BankTopic> bank;
    for (int i = 0; i < 4; ++i) {
        bank.push_back({0, "low " + std::to_string(i), TrustTier::Low, AgendaKind::Update});
        bank.push_back({0, "medium " + std::to_string(i), TrustTier::Medium, AgendaKind::Ask});
        bank.push_back({0, "high " + std::to_string(i), TrustTier::High, AgendaKind::Feedback});
    }
    applyOk(nb, importTopics(nb, ids, bank));
    const EntityId p = addPeerOk(nb, ids, "New");
    auto s = suggestTopics(nb, p, 6);
    REQUIRE(s.size() == 6);
    int stretch = 0;
    for (const auto& t : s) {
        CHECK(t.topic->trust != TrustTier::High);
        if (t.stretch) {
            ++stretch;
            CHECK(t.topic->trust == TrustTier::Medium);
        } else {
            CHECK(t.topic->trust == TrustTier::Low);
        }
    }
    CHECK(stretch >= 1);
    applyOk(nb, recordTrust(nb, p, 5, d(2024, 1, 1)));
    for (const auto& t : suggestTopics(nb, p, 10)) {
        CHECK(t.topic->trust == TrustTier::High);
        CHECK_FALSE(t.stretch);
    }
    applyOk(nb, recordTrust(nb, p, 3, d(2024, 2, 1)));
    for (const auto& t : suggestTopics(nb, p, 10)) CHECK(t.topic->trust != TrustTier::Low);
    CHECK(suggestTopics(nb, 12345).empty());
}

TEST_CASE("important dates: Feb 29 without a year falls on Feb 28 in common years", "[rules]") {
    CHECK(nextAnnualOccurrence(AnnualDate{0, 2, 29}, d(2025, 1, 1)) == d(2025, 2, 28));
    CHECK(nextAnnualOccurrence(AnnualDate{0, 2, 29}, d(2027, 3, 1)) == d(2028, 2, 29));
    CHECK(nextAnnualOccurrence(AnnualDate{1980, 12, 31}, d(2024, 12, 31)) == d(2024, 12, 31));
    CHECK(nextAnnualOccurrence(AnnualDate{0, 1, 1}, d(2024, 12, 31)) == d(2025, 1, 1));
    Notebook nb;
    IdSource ids(26);
    const EntityId p = addPeerOk(nb, ids, "Ned");
    applyOk(nb, addFact(nb, ids, p, FactCategory::ImportantDate, "Birthday", std::nullopt, "", AnnualDate{1980, 1, 2}));
    auto up = upcomingImportantDates(nb, d(2024, 12, 28), 7);
    REQUIRE(up.size() == 1);
    CHECK(up[0].date == d(2025, 1, 2));
    CHECK(up[0].turns == 45);
    CHECK(upcomingImportantDates(nb, d(2024, 12, 28), 5).empty());
}

TEST_CASE("week plan groups a week's items by day and warns", "[rules]") {
    Notebook nb;
    IdSource ids(27);
    const EntityId a = addPeerOk(nb, ids, "Ada");
    const EntityId b = addPeerOk(nb, ids, "Bo");
    // Week of Monday 2024-12-30 to Sunday 2025-01-05: across a year end.
    const EntityId sid =
        seriesOf(applyOk(nb, addSeries(nb, ids, a, d(2024, 12, 1), Cadence{CadenceKind::Weekly, 1}, Weekday::Thursday, 45)));
    applyOk(nb, rescheduleOccurrence(nb, sid, d(2025, 1, 2), d(2025, 1, 3)));
    applyOk(nb, addMeeting(nb, ids, b, d(2024, 12, 31)));
    applyOk(nb, addCommitment(nb, ids, b, CommitmentDirection::MeToThem, "Send notes", d(2024, 12, 1), d(2025, 1, 1)));
    applyOk(nb, addFact(nb, ids, a, FactCategory::ImportantDate, "Birthday", std::nullopt, "", AnnualDate{0, 1, 4}));
    applyOk(nb, addRitual(nb, ids, RitualKind::QuarterlyReunion, "Reunion", "", {a, b}, RecurrenceUnit::Months, 3,
                          d(2025, 1, 5)));
    applyOk(nb, addPreview(nb, ids, "Budget", d(2025, 1, 6), {a, b}));
    WeekPlan plan = weekPlan(nb, d(2025, 1, 1));
    CHECK(plan.monday == d(2024, 12, 30));
    CHECK(plan.days[1].items.size() == 1);  // Tue: 1:1 with Bo (prepared)
    CHECK(plan.days[1].items[0].kind == PlanItemKind::OneOnOne);
    CHECK(plan.days[1].items[0].meetingId != kNoId);
    CHECK(plan.days[2].items[0].kind == PlanItemKind::CommitmentDue);
    CHECK(plan.days[3].items.empty());  // Thu moved to Fri
    REQUIRE(plan.days[4].items.size() == 1);
    CHECK(plan.days[4].items[0].text.find("moved from 2025-01-02") != std::string::npos);
    CHECK(plan.days[4].items[0].text.find("45 min") != std::string::npos);
    CHECK(plan.days[5].items[0].kind == PlanItemKind::ImportantDate);
    CHECK(plan.days[6].items[0].kind == PlanItemKind::Ritual);
    // Staff meeting next Monday: the week before is Dec 30..Jan 5, where Bo (Dec 31) and Ada (Jan 3) both
    // have a 1:1, so no warning.
    CHECK(plan.warnings.empty());
    WeekPlan next = weekPlan(nb, d(2025, 1, 6));
    REQUIRE(next.days[0].items.size() == 1);
    CHECK(next.days[0].items[0].kind == PlanItemKind::StaffMeeting);
    REQUIRE(next.days[3].items.size() == 1);
    CHECK(next.days[3].items[0].kind == PlanItemKind::OneOnOne);
}

TEST_CASE("preview plan flags peers with no 1:1 in the week before", "[rules]") {
    Notebook nb;
    IdSource ids(28);
    const EntityId a = addPeerOk(nb, ids, "Cal");
    const EntityId b = addPeerOk(nb, ids, "Dot");
    applyOk(nb, addSeries(nb, ids, a, d(2024, 1, 1), Cadence{CadenceKind::Weekly, 1}, Weekday::Wednesday));
    const EntityId pid = entityId(*applyOk(nb, addPreview(nb, ids, "Pricing", d(2024, 3, 4), {a, b})).changes[0].after);
    auto plan = previewPlan(nb, pid);
    REQUIRE(plan.size() == 2);
    REQUIRE(plan[0].slot.has_value());
    CHECK(plan[0].slot->date == d(2024, 2, 28));
    CHECK_FALSE(plan[0].needsAttention());
    CHECK(plan[1].needsAttention());
    WeekPlan w = weekPlan(nb, d(2024, 2, 26));
    REQUIRE(w.warnings.size() == 1);
    CHECK(w.warnings[0].find("Dot") != std::string::npos);
    applyOk(nb, putPreviewOnAgendas(nb, ids, pid));
    CHECK(previewPlan(nb, pid)[0].onAgenda);
}

TEST_CASE("prep card gathers what to know before a 1:1", "[rules]") {
    Notebook nb;
    IdSource ids(29);
    const EntityId p = addPeerOk(nb, ids, "Eve");
    applyOk(nb, recordTrust(nb, p, 3, d(2024, 1, 1)));
    const EntityId sid =
        seriesOf(applyOk(nb, addSeries(nb, ids, p, d(2024, 1, 1), Cadence{CadenceKind::Weekly, 1}, Weekday::Monday)));
    const EntityId m1 = entityId(*applyOk(nb, addMeeting(nb, ids, kNoId, d(2024, 1, 1), sid)).changes[0].after);
    applyOk(nb, addAgendaItem(nb, m1, "Hiring plan", TrustTier::Medium, AgendaKind::Priority));
    Meeting withNotes = *nb.findMeeting(m1);
    withNotes.notes = "Talked about Q1";
    withNotes.insights.push_back({"She opposes the reorg", "She wants a say in it"});
    applyOk(nb, updateEntity(nb, withNotes, "notes"));
    applyOk(nb, finishMeeting(nb, ids, m1));
    applyOk(nb, addFact(nb, ids, p, FactCategory::ImportantDate, "Birthday", std::nullopt, "", AnnualDate{0, 1, 20}));
    applyOk(nb, addFact(nb, ids, p, FactCategory::Family, "Daughter Zoe", d(2023, 5, 1)));
    applyOk(nb, addCommitment(nb, ids, p, CommitmentDirection::MeToThem, "Share the plan", d(2024, 1, 1), d(2024, 1, 9)));
    applyOk(nb, addCommitment(nb, ids, p, CommitmentDirection::ThemToMe, "Intro", d(2024, 1, 1)));
    applyOk(nb, addBanterTopic(nb, ids, p, "Skiing"));
    applyOk(nb, addPreview(nb, ids, "Reorg", d(2024, 1, 15), {p}));
    applyOk(nb, addProject(nb, ids, "Joint hiring", {p}, ProjectKind::WhiteSpace, d(2024, 1, 2)));
    auto card = prepCard(nb, p, d(2024, 1, 5));
    REQUIRE(card.ok());
    const PrepCard& c = card.value();
    CHECK(c.peer->name == "Eve");
    CHECK(c.tier == TrustTier::Medium);
    CHECK(c.lastInteraction == d(2024, 1, 1));
    CHECK(c.facts.size() == 2);
    CHECK(c.facts[0]->category == FactCategory::Family);
    REQUIRE(c.upcomingDates.size() == 1);
    CHECK(c.upcomingDates[0].date == d(2024, 1, 20));
    REQUIRE(c.iOwe.size() == 1);
    REQUIRE(c.theyOwe.size() == 1);
    REQUIRE(c.carriedOver.size() == 1);
    CHECK(c.carriedOver[0].text == "Hiring plan");
    REQUIRE(c.lastMeeting);
    CHECK(c.lastMeeting->insights.size() == 1);
    REQUIRE(c.nextMeeting);
    CHECK(c.nextMeeting->date == d(2024, 1, 8));
    CHECK(c.previews.size() == 1);
    CHECK(c.projects.size() == 1);
    CHECK(c.banter.size() == 1);
    CHECK_FALSE(prepCard(nb, 4242, d(2024, 1, 5)).ok());
}

TEST_CASE("connections are suggested from my interests found in facts", "[rules]") {
    Notebook nb;
    IdSource ids(31);
    Settings s;
    s.myInterests = {"Cycling", "jazz", "chess"};
    applyOk(nb, saveSettings(nb, ids, s));
    const EntityId p = addPeerOk(nb, ids, "Gil");
    applyOk(nb, addFact(nb, ids, p, FactCategory::Hobbies, "Goes cycling every Sunday"));
    applyOk(nb, addFact(nb, ids, p, FactCategory::Music, "Loves jazz and old soul"));
    auto sug = suggestConnections(nb, p);
    REQUIRE(sug.size() == 2);
    CHECK(sug[0].interest == "Cycling");
    applyOk(nb, addConnection(nb, ids, p, "cycling", true));
    REQUIRE(suggestConnections(nb, p).size() == 1);
    CHECK(suggestConnections(nb, p)[0].interest == "jazz");
    // Commitments made in a 1:1 are found from the meeting.
    const EntityId m = entityId(*applyOk(nb, addMeeting(nb, ids, p, d(2024, 1, 1))).changes[0].after);
    applyOk(nb, addCommitment(nb, ids, p, CommitmentDirection::MeToThem, "Intro to Raj", d(2024, 1, 1), std::nullopt,
                              CommitmentOrigin::OneOnOne, m));
    CHECK(commitmentsMadeIn(nb, m).size() == 1);
}
