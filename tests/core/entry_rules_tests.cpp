// Actions a user repeats or does out of order: a second click shows what is done instead of doing it
// twice, a 1:1 held early is dated the day it is held, carry-over after an ad-hoc 1:1, shipped topics.
#include <catch2/catch.hpp>

#include "core/model/commands.h"
#include "core/model/recurrence.h"
#include "core/rules/prep_card.h"
#include "core/rules/previews.h"
#include "test_support.h"

using namespace rapport;
using rapport::test::addPeerOk;
using rapport::test::applyOk;
using rapport::test::createdId;
using rapport::test::d;

namespace {

// Fay with a weekly series on Thursdays from Mon 1 Jan 2024.
struct WeeklyFay {
    Notebook nb;
    IdSource ids{41};
    EntityId peer = addPeerOk(nb, ids, "Fay Ortiz");
    EntityId series = createdId<OneOnOneSeries>(
        applyOk(nb, addSeries(nb, ids, peer, d(2024, 1, 1), Cadence{CadenceKind::Weekly, 1}, Weekday::Thursday)));
};

}  // namespace

TEST_CASE("a second regular 1:1 for a peer whose series runs is refused, saying so", "[commands][idempotent]") {
    WeeklyFay f;
    const auto again = addSeries(f.nb, f.ids, f.peer, d(2024, 1, 2));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message == "Fay Ortiz already has a regular 1:1 (weekly).");
    CHECK(activeSeriesOf(f.nb, f.peer)->id == f.series);
}

TEST_CASE("the same agenda item, contact, ritual or banter use twice is refused", "[commands][idempotent]") {
    WeeklyFay f;
    const EntityId m = createdId<Meeting>(applyOk(f.nb, addMeeting(f.nb, f.ids, f.peer, d(2024, 1, 4))));
    applyOk(f.nb, addAgendaItem(f.nb, m, "Hiring plan", TrustTier::Low, AgendaKind::Priority));
    const auto twice = addAgendaItem(f.nb, m, "Hiring plan", TrustTier::Low, AgendaKind::Priority);
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().message == "\"Hiring plan\" is already on this agenda.");

    applyOk(f.nb, logInteraction(f.nb, f.ids, f.peer, d(2024, 1, 5)));
    CHECK_FALSE(logInteraction(f.nb, f.ids, f.peer, d(2024, 1, 5)).ok());
    CHECK(logInteraction(f.nb, f.ids, f.peer, d(2024, 1, 6)).ok());

    const EntityId r = createdId<Ritual>(applyOk(f.nb, addRitual(f.nb, f.ids, RitualKind::CoffeeBeforeMeeting, "Coffee", "QBR", {f.peer})));
    applyOk(f.nb, markRitualDone(f.nb, r, d(2024, 1, 5)));
    CHECK_FALSE(markRitualDone(f.nb, r, d(2024, 1, 5)).ok());

    const EntityId b = createdId<BanterTopic>(applyOk(f.nb, addBanterTopic(f.nb, f.ids, f.peer, "Cycling")));
    applyOk(f.nb, markBanterUsed(f.nb, b, d(2024, 1, 5)));
    CHECK_FALSE(markBanterUsed(f.nb, b, d(2024, 1, 5)).ok());
}

TEST_CASE("a preview already on every agenda says so, and the rules count the agendas", "[commands][idempotent]") {
    WeeklyFay f;
    const EntityId gus = addPeerOk(f.nb, f.ids, "Gus");
    applyOk(f.nb, addSeries(f.nb, f.ids, gus, d(2024, 1, 1), Cadence{CadenceKind::Weekly, 1}, Weekday::Tuesday));
    const EntityId p = createdId<ExecPreview>(
        applyOk(f.nb, addPreview(f.nb, f.ids, "Merge support queues", d(2024, 1, 19), {f.peer, gus})));
    CHECK(previewAgendas(previewPlan(f.nb, p)).toAdd == 2);
    const Command put = applyOk(f.nb, putPreviewOnAgendas(f.nb, f.ids, p));
    CHECK(put.label == "Put \"Merge support queues\" on 2 1:1 agendas");
    const PreviewAgendas now = previewAgendas(previewPlan(f.nb, p));
    CHECK(now.onAgendas == 2);
    CHECK(now.toAdd == 0);
    const auto again = putPreviewOnAgendas(f.nb, f.ids, p);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message == "Already on 2 1:1 agendas.");
}

TEST_CASE("a 1:1 held early is dated the day it is held and the series moves on from there", "[commands][held-early]") {
    WeeklyFay f;
    // Thursday's 1:1 (11 Jan), started and finished on Monday 8 Jan.
    const EntityId m = createdId<Meeting>(applyOk(f.nb, addMeeting(f.nb, f.ids, f.peer, d(2024, 1, 11))));
    applyOk(f.nb, addAgendaItem(f.nb, m, "Hiring plan", TrustTier::Low, AgendaKind::Priority));
    const Command fin = applyOk(f.nb, finishMeeting(f.nb, f.ids, m, d(2024, 1, 8)));
    const Meeting& held = *f.nb.findMeeting(m);
    CHECK(held.held);
    CHECK(held.date == d(2024, 1, 8));
    // The series' occurrence of the 11th was held on the 8th: the next one is the 18th.
    const OneOnOneSeries& s = *f.nb.findSeries(f.series);
    CHECK(nextOccurrence(s, d(2024, 1, 9))->date == d(2024, 1, 18));
    const Meeting* next = nullptr;
    for (const auto& [id, meeting] : f.nb.all<Meeting>()) {
        if (id != m) next = &meeting;
    }
    REQUIRE(next);
    CHECK(next->date == d(2024, 1, 18));
    REQUIRE(next->agenda.size() == 1);
    CHECK(next->agenda[0].text == "Hiring plan");
    // The prep card on Monday shows it held, and today as the last contact.
    const auto card = prepCard(f.nb, f.peer, d(2024, 1, 8));
    REQUIRE(card.ok());
    REQUIRE(card.value().lastMeeting);
    CHECK(card.value().lastMeeting->id == m);
    CHECK(card.value().lastInteraction == d(2024, 1, 8));
    // Undo puts everything back where it was.
    REQUIRE(f.nb.apply(inverted(fin)).ok());
    CHECK(f.nb.findMeeting(m)->date == d(2024, 1, 11));
    CHECK(f.nb.findSeries(f.series)->changes.empty());
}

TEST_CASE("an ad-hoc 1:1 belongs to the peer's running series, and its carry-over reaches the next one",
          "[commands][carry-over]") {
    WeeklyFay f;
    // Monday 8 Jan, outside the Thursday rule.
    const Command add = applyOk(f.nb, addMeeting(f.nb, f.ids, f.peer, d(2024, 1, 8)));
    const EntityId m = createdId<Meeting>(add);
    CHECK(f.nb.findMeeting(m)->seriesId == f.series);
    applyOk(f.nb, addAgendaItem(f.nb, m, "Reorg rumours", TrustTier::Medium, AgendaKind::Ask));
    const Command fin = applyOk(f.nb, finishMeeting(f.nb, f.ids, m));
    REQUIRE(fin.changes.size() == 2);
    const Meeting& next = *f.nb.findMeeting(createdId<Meeting>(fin, 1));
    CHECK(next.date == d(2024, 1, 11));
    REQUIRE(next.agenda.size() == 1);
    CHECK(next.agenda[0].text == "Reorg rumours");
}

TEST_CASE("without a series, undiscussed items open the peer's next 1:1, once", "[commands][carry-over]") {
    Notebook nb;
    IdSource ids(43);
    const EntityId peer = addPeerOk(nb, ids, "Hal");
    const EntityId m = createdId<Meeting>(applyOk(nb, addMeeting(nb, ids, peer, d(2024, 1, 8))));
    applyOk(nb, addAgendaItem(nb, m, "Budget", TrustTier::Low, AgendaKind::Update));
    applyOk(nb, finishMeeting(nb, ids, m));
    const EntityId next = createdId<Meeting>(applyOk(nb, addMeeting(nb, ids, peer, d(2024, 1, 15))));
    REQUIRE(nb.findMeeting(next)->agenda.size() == 1);
    CHECK(nb.findMeeting(next)->agenda[0].text == "Budget");
    CHECK(nb.findMeeting(next)->agenda[0].carriedFrom == m);
    const EntityId later = createdId<Meeting>(applyOk(nb, addMeeting(nb, ids, peer, d(2024, 1, 22))));
    CHECK(nb.findMeeting(later)->agenda.empty());
}

TEST_CASE("the shipped topics are shipped data: recognised in both directions, not a user's import",
          "[commands][shipped]") {
    Notebook nb;
    const std::vector<BankTopic> topics{BankTopic{0, "What are you working on?", TrustTier::Low, AgendaKind::Update},
                                        BankTopic{0, "What worries you?", TrustTier::Medium, AgendaKind::Ask}};
    const Command shipped = applyOk(nb, addShippedTopics(nb, topics));
    CHECK(isShippedData(shipped));
    CHECK(isShippedData(inverted(shipped)));
    IdSource ids(44);
    Notebook other;
    CHECK_FALSE(isShippedData(applyOk(other, importTopics(other, ids, topics))));
    CHECK_FALSE(isShippedData(applyOk(nb, addPeer(nb, ids, "Ivy"))));
}
