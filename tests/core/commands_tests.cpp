// Tests of the command builders: facts, commitments, rituals, projects, meetings with carry-over,
// previews on agendas, settings, topics; and that every command undoes exactly.
#include <catch2/catch.hpp>

#include "core/model/commands.h"
#include "core/model/recurrence.h"
#include "test_support.h"

using namespace rapport;
using rapport::test::addPeerOk;
using rapport::test::applyOk;
using rapport::test::createdId;
using rapport::test::d;

TEST_CASE("facts: categories, important dates with optional year", "[commands]") {
    Notebook nb;
    IdSource ids(10);
    const EntityId p = addPeerOk(nb, ids, "Ana");
    applyOk(nb, addFact(nb, ids, p, FactCategory::Family, "Two kids, Leo and Mia", d(2024, 1, 5), "coffee"));
    applyOk(nb, addFact(nb, ids, p, FactCategory::ImportantDate, "Birthday", std::nullopt, "", AnnualDate{0, 2, 29}));
    CHECK_FALSE(addFact(nb, ids, p, FactCategory::ImportantDate, "Birthday", std::nullopt, "", AnnualDate{1990, 2, 29}).ok());
    CHECK_FALSE(addFact(nb, ids, p, FactCategory::ImportantDate, "No date").ok());
    CHECK_FALSE(addFact(nb, ids, p, FactCategory::ImportantDate, "x", std::nullopt, "", AnnualDate{0, 4, 31}).ok());
    CHECK_FALSE(addFact(nb, ids, p, FactCategory::Food, "   ").ok());
    CHECK_FALSE(addFact(nb, ids, 999, FactCategory::Food, "Ramen").ok());
    CHECK_FALSE(addFact(nb, ids, p, FactCategory::Food, "Ramen", d(1800, 1, 1)).ok());  // out of range
    CHECK_FALSE(addFact(nb, ids, p, FactCategory(42), "Ramen").ok());                   // unknown enum
    CHECK(nb.all<Fact>().size() == 2);
    Command b = applyOk(nb, addBanterTopic(nb, ids, p, "Her marathon training"));
    applyOk(nb, markBanterUsed(nb, createdId<BanterTopic>(b), d(2024, 2, 1)));
    CHECK(nb.find<BanterTopic>(createdId<BanterTopic>(b))->lastUsed == d(2024, 2, 1));
    applyOk(nb, addConnection(nb, ids, p, "cycling", true, "we both ride to work"));
}

TEST_CASE("commitment statuses follow the due date; renegotiation replaces", "[commands]") {
    Notebook nb;
    IdSource ids(11);
    const EntityId p = addPeerOk(nb, ids, "Ben");
    CHECK_FALSE(addCommitment(nb, ids, p, CommitmentDirection::MeToThem, "deck", d(2024, 3, 1), d(2024, 2, 1)).ok());
    Command c = applyOk(nb, addCommitment(nb, ids, p, CommitmentDirection::MeToThem, "Send the deck", d(2024, 3, 1),
                                          d(2024, 3, 8)));
    const EntityId id = createdId<Commitment>(c);
    auto late = setCommitmentStatus(nb, id, CommitmentStatus::Kept, d(2024, 3, 9));
    REQUIRE_FALSE(late.ok());
    CHECK(late.error().message.find("kept late") != std::string::npos);
    CHECK_FALSE(setCommitmentStatus(nb, id, CommitmentStatus::KeptLate, d(2024, 3, 8)).ok());
    CHECK_FALSE(setCommitmentStatus(nb, id, CommitmentStatus::Missed, d(2024, 2, 1)).ok());  // before made
    applyOk(nb, setCommitmentStatus(nb, id, CommitmentStatus::KeptLate, d(2024, 3, 9)));
    CHECK(nb.findCommitment(id)->resolvedOn == d(2024, 3, 9));
    applyOk(nb, setCommitmentStatus(nb, id, CommitmentStatus::Open, d(2024, 3, 9)));
    CHECK_FALSE(nb.findCommitment(id)->resolvedOn.has_value());
    Command r = applyOk(nb, renegotiateCommitment(nb, ids, id, d(2024, 4, 1), d(2024, 3, 10)));
    CHECK(nb.findCommitment(id)->status == CommitmentStatus::Renegotiated);
    const Commitment* renewed = nb.findCommitment(createdId<Commitment>(r, 1));
    REQUIRE(renewed);
    CHECK(renewed->isOpen());
    CHECK(renewed->due == d(2024, 4, 1));
    CHECK_FALSE(renegotiateCommitment(nb, ids, id, d(2024, 5, 1), d(2024, 3, 11)).ok());
}

TEST_CASE("rituals: marking done sets the next due date, clamping month ends", "[commands]") {
    Notebook nb;
    IdSource ids(12);
    const EntityId p = addPeerOk(nb, ids, "Cy");
    CHECK_FALSE(addRitual(nb, ids, RitualKind::Custom, "", "offsite", {p}).ok());  // custom needs a name
    CHECK_FALSE(addRitual(nb, ids, RitualKind::QuarterlyReunion, "", "", {}).ok());
    Command c = applyOk(nb, addRitual(nb, ids, RitualKind::CoffeeBeforeMeeting, "Coffee", "monthly review", {p},
                                      RecurrenceUnit::Months, 1));
    const EntityId id = createdId<Ritual>(c);
    applyOk(nb, markRitualDone(nb, id, d(2024, 1, 31)));
    CHECK(nb.find<Ritual>(id)->nextDue == d(2024, 2, 29));
    Command w = applyOk(nb, addRitual(nb, ids, RitualKind::DinnerAfterOffsite, "", "offsite", {p}));
    applyOk(nb, markRitualDone(nb, createdId<Ritual>(w), d(2024, 6, 1)));
    CHECK_FALSE(nb.find<Ritual>(createdId<Ritual>(w))->nextDue.has_value());
}

TEST_CASE("joint projects: timebox, phases, observations", "[commands]") {
    Notebook nb;
    IdSource ids(13);
    const EntityId a = addPeerOk(nb, ids, "Dee");
    const EntityId b = addPeerOk(nb, ids, "Eli");
    CHECK_FALSE(addProject(nb, ids, "x", {}, ProjectKind::WhiteSpace, d(2024, 1, 1)).ok());
    CHECK_FALSE(addProject(nb, ids, "x", {a, a}, ProjectKind::WhiteSpace, d(2024, 1, 1)).ok());
    CHECK_FALSE(addProject(nb, ids, "x", {a}, ProjectKind::WhiteSpace, d(2024, 1, 1), 0).ok());
    Command c = applyOk(nb, addProject(nb, ids, "Onboarding white space", {a}, ProjectKind::WhiteSpace, d(2024, 1, 1)));
    const EntityId id = createdId<JointProject>(c);
    CHECK(nb.find<JointProject>(id)->timeboxDays == 14);
    CHECK_FALSE(addObservation(nb, id, Observation{d(2024, 1, 3), b, ObservationAspect::Values, "x"}).ok());
    applyOk(nb, addObservation(nb, id, Observation{d(2024, 1, 3), a, ObservationAspect::Thinks, "Thinks in systems"}));
    applyOk(nb, setProjectPhase(nb, id, ProjectPhase::Converge, d(2024, 1, 5)));
    CHECK_FALSE(setProjectPhase(nb, id, ProjectPhase::Done, d(2023, 12, 1)).ok());
    applyOk(nb, setProjectPhase(nb, id, ProjectPhase::Done, d(2024, 1, 12)));
    CHECK(nb.find<JointProject>(id)->endedOn == d(2024, 1, 12));
    applyOk(nb, setProjectPhase(nb, id, ProjectPhase::Execute, d(2024, 1, 13)));
    CHECK_FALSE(nb.find<JointProject>(id)->endedOn.has_value());
}

TEST_CASE("finishing a 1:1 carries undiscussed items to the series' next meeting", "[commands]") {
    Notebook nb;
    IdSource ids(14);
    const EntityId p = addPeerOk(nb, ids, "Fay");
    Command sc = applyOk(nb, addSeries(nb, ids, p, d(2024, 1, 1), Cadence{CadenceKind::Weekly, 1}, Weekday::Thursday));
    const EntityId sid = createdId<OneOnOneSeries>(sc);
    Command mc = applyOk(nb, addMeeting(nb, ids, kNoId, d(2024, 1, 4), sid));
    const EntityId mid = createdId<Meeting>(mc);
    CHECK_FALSE(addMeeting(nb, ids, kNoId, d(2024, 1, 4), sid).ok());  // one per series and day
    applyOk(nb, addAgendaItem(nb, mid, "Hiring plan", TrustTier::Medium, AgendaKind::Priority));
    applyOk(nb, addAgendaItem(nb, mid, "Offsite venue", TrustTier::Low, AgendaKind::Update));
    applyOk(nb, addAgendaItem(nb, mid, "Old idea", TrustTier::Low, AgendaKind::Ask));
    applyOk(nb, setAgendaItemStatus(nb, mid, 1, AgendaStatus::Discussed));
    applyOk(nb, setAgendaItemStatus(nb, mid, 2, AgendaStatus::Dropped));
    CHECK_FALSE(setAgendaItemStatus(nb, mid, 3, AgendaStatus::Dropped).ok());
    Command fin = applyOk(nb, finishMeeting(nb, ids, mid));
    REQUIRE(fin.changes.size() == 2);
    const Meeting* done = nb.findMeeting(mid);
    CHECK(done->held);
    CHECK(done->agenda[0].status == AgendaStatus::CarriedOver);
    const Meeting* next = nb.findMeeting(createdId<Meeting>(fin, 1));
    REQUIRE(next);
    CHECK(next->date == d(2024, 1, 11));
    REQUIRE(next->agenda.size() == 1);
    CHECK(next->agenda[0].text == "Hiring plan");
    CHECK(next->agenda[0].status == AgendaStatus::Pending);
    CHECK(next->agenda[0].carriedFrom == mid);
    CHECK_FALSE(finishMeeting(nb, ids, mid).ok());
    // Undo restores both meetings exactly.
    REQUIRE(nb.apply(inverted(fin)).ok());
    CHECK_FALSE(nb.findMeeting(mid)->held);
    CHECK(nb.findMeeting(createdId<Meeting>(fin, 1)) == nullptr);
    // With a meeting already prepared, items go onto it (first), skipping a skipped occurrence otherwise.
    Command prepared = applyOk(nb, addMeeting(nb, ids, kNoId, d(2024, 1, 18), sid));
    applyOk(nb, addAgendaItem(nb, createdId<Meeting>(prepared), "Budget", TrustTier::Low, AgendaKind::Update));
    applyOk(nb, finishMeeting(nb, ids, mid));
    const Meeting* n2 = nb.findMeeting(createdId<Meeting>(prepared));
    REQUIRE(n2->agenda.size() == 2);
    CHECK(n2->agenda[0].text == "Hiring plan");
}

TEST_CASE("previews go on each peer's 1:1 in the week before the staff meeting", "[commands]") {
    Notebook nb;
    IdSource ids(15);
    const EntityId a = addPeerOk(nb, ids, "Gus");
    const EntityId b = addPeerOk(nb, ids, "Hal");
    const EntityId c = addPeerOk(nb, ids, "Ivy");
    applyOk(nb, addSeries(nb, ids, a, d(2024, 1, 1), Cadence{CadenceKind::Weekly, 1}, Weekday::Tuesday));
    Command bm = applyOk(nb, addMeeting(nb, ids, b, d(2024, 2, 9)));  // ad-hoc, prepared
    // Staff meeting on Monday 2024-02-12: the week before is Feb 5..11.
    CHECK_FALSE(addPreview(nb, ids, "Reorg", d(2024, 2, 12), {a}, {b}).ok());
    Command pc = applyOk(nb, addPreview(nb, ids, "Shared services reorg", d(2024, 2, 12), {a, b, c}, {a}));
    const EntityId pid = createdId<ExecPreview>(pc);
    CHECK(nb.find<ExecPreview>(pid)->peers[0].dependsOn);
    Command put = applyOk(nb, putPreviewOnAgendas(nb, ids, pid));
    REQUIRE(put.changes.size() == 2);  // Ivy has no 1:1 that week
    const Meeting* forB = nb.findMeeting(createdId<Meeting>(bm));
    REQUIRE(forB->agenda.size() == 1);
    CHECK(forB->agenda[0].kind == AgendaKind::Preview);
    CHECK(forB->agenda[0].previewId == pid);
    const Meeting& forA = std::get<Meeting>(*put.changes[0].after);
    CHECK(forA.date == d(2024, 2, 6));
    CHECK(forA.peerId == a);
    CHECK_FALSE(putPreviewOnAgendas(nb, ids, pid).ok());  // nothing left to add
    applyOk(nb, setPreviewPeer(nb, pid, c, PreviewStatus::Previewed, Stance::Supportive, "fine"));
    CHECK_FALSE(setPreviewPeer(nb, pid, 999, PreviewStatus::Previewed, Stance::Supportive, "").ok());
}

TEST_CASE("settings save and topics import once", "[commands]") {
    Notebook nb;
    IdSource ids(16);
    Settings s;
    s.weeklyBudgetMinutes = 200;
    applyOk(nb, saveSettings(nb, ids, s));
    s.weeklyBudgetMinutes = 100;
    applyOk(nb, saveSettings(nb, ids, s));
    CHECK(nb.settings().weeklyBudgetMinutes == 100);
    CHECK(nb.all<Settings>().size() == 1);
    s.weeklyBudgetMinutes = -1;
    CHECK_FALSE(saveSettings(nb, ids, s).ok());
    s.weeklyBudgetMinutes = 100;
    s.fontSize = 11;  // theme and font size are checked like every other field
    CHECK_FALSE(saveSettings(nb, ids, s).ok());
    s.fontSize = 35;  // past 200% of the default
    CHECK_FALSE(saveSettings(nb, ids, s).ok());
    s.fontSize = 34;
    s.theme = 3;  // 0 light, 1 dark, 2 follow the system
    CHECK_FALSE(saveSettings(nb, ids, s).ok());
    s.theme = 1;
    applyOk(nb, saveSettings(nb, ids, s));
    CHECK(nb.settings().fontSize == 34);
    std::vector<BankTopic> topics = {{0, "A", TrustTier::Low, AgendaKind::Update}, {0, "B", TrustTier::High, AgendaKind::Ask}};
    applyOk(nb, importTopics(nb, ids, topics));
    CHECK(nb.all<BankTopic>().size() == 2);
    CHECK_FALSE(importTopics(nb, ids, topics).ok());
}

TEST_CASE("every command of a session undoes back to the empty notebook", "[commands]") {
    Notebook nb;
    IdSource ids(17);
    std::vector<Command> done;
    auto run = [&](Result<Command> c) { done.push_back(applyOk(nb, c)); };
    run(addPeer(nb, ids, "Jo"));
    const EntityId p = nb.peers().begin()->second.id;
    run(recordTrust(nb, p, 3, d(2024, 1, 1), "after offsite"));
    run(logInteraction(nb, ids, p, d(2024, 1, 2)));
    run(addJournalEntry(nb, ids, d(2024, 1, 2), "Went well", "What surprised me?", {p}));
    run(addSeries(nb, ids, p, d(2024, 1, 1)));
    run(addCommitment(nb, ids, p, CommitmentDirection::ThemToMe, "Intro to finance", d(2024, 1, 2)));
    CHECK(nb.size() == 5);  // peer, interaction, journal entry, series, commitment
    CHECK_FALSE(recordTrust(nb, p, 6, d(2024, 1, 3)).ok());
    CHECK_FALSE(recordTrust(nb, p, 2, d(2023, 1, 3)).ok());  // before the latest record
    for (auto it = done.rbegin(); it != done.rend(); ++it) REQUIRE(nb.apply(inverted(*it)).ok());
    CHECK(nb.size() == 0);
}
