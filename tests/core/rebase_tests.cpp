// Rebasing commands built against the same state (two edits of one entity in one UI frame): both land.
#include <catch2/catch.hpp>

#include "core/model/commands.h"
#include "core/model/rebase.h"
#include "test_support.h"

using namespace rapport;
using rapport::test::addPeerOk;
using rapport::test::applyOk;
using rapport::test::d;

namespace {

struct MeetingNotebook {
    Notebook nb;
    IdSource ids{10};
    EntityId peer = addPeerOk(nb, ids, "Sam Okafor");
    EntityId meeting = entityId(*applyOk(nb, addMeeting(nb, ids, peer, d(2025, 11, 24))).changes[0].after);
    const Meeting& current() const { return *nb.findMeeting(meeting); }
};

}  // namespace

TEST_CASE("two edits of one meeting built from the same state both land after rebasing", "[rebase]") {
    MeetingNotebook m;
    Meeting notes = m.current();
    notes.notes = "Open about the reorg";
    const auto first = updateEntity(m.nb, notes, "notes");
    const auto second = addAgendaItem(m.nb, m.meeting, "Q1 hiring", TrustTier::Low, AgendaKind::Update);
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    REQUIRE(m.nb.apply(first.value()).ok());
    // As built, the second one is stale: its before image lacks the notes.
    CHECK_FALSE(m.nb.apply(second.value()).ok());
    const Command again = rebased(m.nb, second.value());
    CHECK(again.label == second.value().label);
    REQUIRE(m.nb.apply(again).ok());
    CHECK(m.current().notes == "Open about the reorg");
    REQUIRE(m.current().agenda.size() == 1);
    CHECK(m.current().agenda[0].text == "Q1 hiring");
    // Undo of the rebased command takes back only its own edit.
    REQUIRE(m.nb.apply(inverted(again)).ok());
    CHECK(m.current().notes == "Open about the reorg");
    CHECK(m.current().agenda.empty());
}

TEST_CASE("list fields: an element changed on one side and one appended on the other are both kept", "[rebase]") {
    MeetingNotebook m;
    applyOk(m.nb, addAgendaItem(m.nb, m.meeting, "Hand-off", TrustTier::Low, AgendaKind::Update));
    const auto discussed = setAgendaItemStatus(m.nb, m.meeting, 0, AgendaStatus::Discussed);
    const auto added = addAgendaItem(m.nb, m.meeting, "Offsite", TrustTier::Medium, AgendaKind::Personal);
    REQUIRE(m.nb.apply(discussed.value()).ok());
    REQUIRE(m.nb.apply(rebased(m.nb, added.value())).ok());
    REQUIRE(m.current().agenda.size() == 2);
    CHECK(m.current().agenda[0].status == AgendaStatus::Discussed);
    CHECK(m.current().agenda[1].text == "Offsite");

    // Two appends from the same state: current's first, then mine.
    const auto a = addAgendaItem(m.nb, m.meeting, "A", TrustTier::Low, AgendaKind::Update);
    const auto b = addAgendaItem(m.nb, m.meeting, "B", TrustTier::Low, AgendaKind::Update);
    REQUIRE(m.nb.apply(a.value()).ok());
    REQUIRE(m.nb.apply(rebased(m.nb, b.value())).ok());
    REQUIRE(m.current().agenda.size() == 4);
    CHECK(m.current().agenda[2].text == "A");
    CHECK(m.current().agenda[3].text == "B");
}

TEST_CASE("the same field edited twice from one state: the later edit wins", "[rebase]") {
    MeetingNotebook m;
    Meeting one = m.current(), two = m.current();
    one.mood = "tired";
    two.mood = "upbeat";
    const auto first = updateEntity(m.nb, one, "mood");
    const auto second = updateEntity(m.nb, two, "mood");
    REQUIRE(m.nb.apply(first.value()).ok());
    REQUIRE(m.nb.apply(rebased(m.nb, second.value())).ok());
    CHECK(m.current().mood == "upbeat");
}

TEST_CASE("rebasing leaves fresh commands alone and lets a vanished entity fail as usual", "[rebase]") {
    MeetingNotebook m;
    const auto fresh = addAgendaItem(m.nb, m.meeting, "x", TrustTier::Low, AgendaKind::Update);
    CHECK(rebased(m.nb, fresh.value()) == fresh.value());
    const auto edit = addAgendaItem(m.nb, m.meeting, "y", TrustTier::Low, AgendaKind::Update);
    applyOk(m.nb, deleteEntity(m.nb, m.meeting));
    CHECK_FALSE(m.nb.apply(rebased(m.nb, edit.value())).ok());
}
