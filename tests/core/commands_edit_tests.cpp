// Tests of the builders that correct and remove records: labels in the user's words, refusals that say
// what to do, a peer deleted with their own notes in one step, and every command undoing exactly.
#include <catch2/catch.hpp>

#include "core/model/commands_edit.h"
#include "test_support.h"

using namespace rapport;
using rapport::test::addPeerOk;
using rapport::test::applyOk;
using rapport::test::createdId;
using rapport::test::d;

namespace {

// Applies c, then its inverse, and checks the notebook is back where it was; then applies c again.
void undoesExactly(Notebook& nb, const Command& c) {
    const std::vector<Entity> before = nb.entities();
    REQUIRE(nb.apply(c).ok());
    REQUIRE(nb.apply(inverted(c)).ok());
    CHECK(nb.entities() == before);
    REQUIRE(nb.apply(c).ok());
}

}  // namespace

TEST_CASE("edit record: labels say what changed, rules still hold, no-op edits change nothing", "[commands][edit]") {
    Notebook nb;
    IdSource ids(10);
    const EntityId maria = addPeerOk(nb, ids, "Maria Chen");
    const EntityId birthday = createdId<Fact>(applyOk(nb, addFact(nb, ids, maria, FactCategory::ImportantDate, "Birthday",
                                                                  std::nullopt, "", AnnualDate{0, 3, 14})));
    Fact edited = *nb.find<Fact>(birthday);
    edited.date = AnnualDate{1984, 12, 9};
    auto c = editRecord(nb, edited);
    REQUIRE(c.ok());
    CHECK(c.value().label == "Changed Maria's birthday");
    undoesExactly(nb, c.value());
    CHECK(nb.find<Fact>(birthday)->date == AnnualDate{1984, 12, 9});

    edited.date = AnnualDate{0, 4, 31};  // no April 31st
    auto bad = editRecord(nb, edited);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.find("31") != std::string::npos);
    CHECK(nb.find<Fact>(birthday)->date == AnnualDate{1984, 12, 9});

    auto same = editRecord(nb, *nb.find<Fact>(birthday));
    REQUIRE(same.ok());
    CHECK(same.value().changes.empty());

    const EntityId kids = createdId<Fact>(applyOk(nb, addFact(nb, ids, maria, FactCategory::Family, "Kids: Léa and Tom")));
    Fact blank = *nb.find<Fact>(kids);
    blank.text = "  ";
    CHECK_FALSE(editRecord(nb, blank).ok());
    auto del = deleteRecord(nb, kids);
    REQUIRE(del.ok());
    CHECK(del.value().label == "Deleted the fact 'Kids: Léa and Tom'");
    undoesExactly(nb, del.value());
    CHECK(nb.find<Fact>(kids) == nullptr);
    CHECK_FALSE(deleteRecord(nb, kids).ok());  // already gone

    Peer renamed = *nb.findPeer(maria);
    renamed.role = "VP Sales";
    CHECK(editRecord(nb, renamed).value().label == "Changed Maria Chen");
    Peer stranger;
    stranger.id = 999;
    stranger.name = "Nobody";
    CHECK_FALSE(editRecord(nb, stranger).ok());
}

TEST_CASE("edit record: each kind is named in the label", "[commands][edit]") {
    Notebook nb;
    IdSource ids(10);
    const EntityId sam = addPeerOk(nb, ids, "Sam Okafor");
    const auto label = [&](const Command& created) { return "Deleted " + describeRecord(nb, *created.changes.front().after); };
    CHECK(label(applyOk(nb, addConnection(nb, ids, sam, "swimming"))) == "Deleted the shared interest 'swimming'");
    CHECK(label(applyOk(nb, addBanterTopic(nb, ids, sam, "the derby"))) == "Deleted the banter topic 'the derby'");
    CHECK(label(applyOk(nb, addCommitment(nb, ids, sam, CommitmentDirection::MeToThem, "hiring plan", d(2025, 1, 6)))) ==
          "Deleted the commitment 'hiring plan'");
    CHECK(label(applyOk(nb, addSeries(nb, ids, sam, d(2025, 1, 6)))) == "Deleted the 1:1 series with Sam Okafor");
    CHECK(label(applyOk(nb, addJournalEntry(nb, ids, d(2025, 1, 6), "text"))) == "Deleted the journal entry of 2025-01-06");
    CHECK(label(applyOk(nb, addProject(nb, ids, "Pricing", {sam}, ProjectKind::WhiteSpace, d(2025, 1, 6)))) ==
          "Deleted the project 'Pricing'");
}

TEST_CASE("delete peer: their own notes go with them in one step; 1:1s and shared records offer archiving", "[commands][edit]") {
    Notebook nb;
    IdSource ids(10);
    const EntityId sam = addPeerOk(nb, ids, "Sam Okafor");
    const EntityId ana = addPeerOk(nb, ids, "Ana Lima");
    applyOk(nb, addFact(nb, ids, sam, FactCategory::Sport, "Runs marathons"));
    applyOk(nb, addConnection(nb, ids, sam, "jazz"));
    applyOk(nb, addCommitment(nb, ids, sam, CommitmentDirection::ThemToMe, "Q1 numbers", d(2025, 1, 6)));
    applyOk(nb, addFact(nb, ids, ana, FactCategory::Food, "Ramen"));
    CHECK(peerUse(nb, sam).ownRecords == 3);
    CHECK(peerUse(nb, sam).deletable());
    auto c = deletePeer(nb, sam);
    REQUIRE(c.ok());
    CHECK(c.value().label == "Deleted Sam Okafor and 3 notes about them");
    CHECK(deleteRecord(nb, sam).value() == c.value());
    undoesExactly(nb, c.value());
    CHECK(nb.findPeer(sam) == nullptr);
    CHECK(nb.all<Fact>().size() == 1);  // Ana's fact stays
    CHECK(nb.all<Connection>().empty());

    applyOk(nb, addMeeting(nb, ids, ana, d(2025, 1, 7)));
    CHECK(peerUse(nb, ana).meetings == 1);
    auto refused = deletePeer(nb, ana);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message == "Ana Lima has 1:1s in the notebook: archive them instead, which hides them and keeps the history.");

    const EntityId ben = addPeerOk(nb, ids, "Ben Ito");
    applyOk(nb, addRitual(nb, ids, RitualKind::Custom, "Breakfast", "", {ben}));
    REQUIRE_FALSE(deletePeer(nb, ben).ok());
    CHECK(deletePeer(nb, ben).error().message.find("archive them instead") != std::string::npos);
    CHECK(deletePeer(nb, ben).error().message.find("Ben Ito is part of 1 project") == 0);
    CHECK_FALSE(deletePeer(nb, 4242).ok());
}

TEST_CASE("series with meetings cannot be deleted: the message says to end it", "[commands][edit]") {
    Notebook nb;
    IdSource ids(10);
    const EntityId sam = addPeerOk(nb, ids, "Sam Okafor");
    const EntityId series = createdId<OneOnOneSeries>(applyOk(nb, addSeries(nb, ids, sam, d(2025, 1, 6))));
    applyOk(nb, addMeeting(nb, ids, sam, d(2025, 1, 9), series));
    auto refused = deleteRecord(nb, series);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message == "Cannot delete the 1:1 series with Sam Okafor: its meetings keep their history. End the series instead.");
}

TEST_CASE("agenda items: edit, delete, move within their group", "[commands][edit]") {
    Notebook nb;
    IdSource ids(10);
    const EntityId sam = addPeerOk(nb, ids, "Sam Okafor");
    const EntityId meeting = std::get<Meeting>(*applyOk(nb, addMeeting(nb, ids, sam, d(2025, 1, 7))).changes.front().after).id;
    for (const char* text : {"Budget", "Hiring", "Offsite"}) {
        applyOk(nb, addAgendaItem(nb, meeting, text, TrustTier::Low, AgendaKind::Update));
    }
    auto agenda = [&] {
        std::vector<std::string> texts;
        for (const AgendaItem& item : nb.findMeeting(meeting)->agenda) texts.push_back(item.text);
        return texts;
    };
    auto edit = editAgendaItem(nb, meeting, 1, "Hiring plan", TrustTier::Medium, AgendaKind::Ask);
    REQUIRE(edit.ok());
    CHECK(edit.value().label == "Changed the agenda item 'Hiring plan'");
    undoesExactly(nb, edit.value());
    CHECK(nb.findMeeting(meeting)->agenda[1].kind == AgendaKind::Ask);
    CHECK_FALSE(editAgendaItem(nb, meeting, 1, " ", TrustTier::Low, AgendaKind::Ask).ok());
    CHECK_FALSE(editAgendaItem(nb, meeting, 9, "x", TrustTier::Low, AgendaKind::Ask).ok());

    auto up = moveAgendaItem(nb, meeting, 2, true);
    REQUIRE(up.ok());
    CHECK(up.value().label == "Moved 'Offsite' up");
    undoesExactly(nb, up.value());
    CHECK(agenda() == std::vector<std::string>{"Budget", "Offsite", "Hiring plan"});
    CHECK(moveAgendaItem(nb, meeting, 0, true).error().message == "That item is already the first.");
    CHECK(moveAgendaItem(nb, meeting, 2, false).error().message == "That item is already the last.");

    auto del = deleteAgendaItem(nb, meeting, 0);
    REQUIRE(del.ok());
    CHECK(del.value().label == "Deleted the agenda item 'Budget'");
    undoesExactly(nb, del.value());
    CHECK(agenda() == std::vector<std::string>{"Offsite", "Hiring plan"});
}

TEST_CASE("trust records: edit the note, delete one", "[commands][edit]") {
    Notebook nb;
    IdSource ids(10);
    const EntityId sam = addPeerOk(nb, ids, "Sam Okafor");
    applyOk(nb, recordTrust(nb, sam, 2, d(2025, 1, 6), "first 1:1"));
    applyOk(nb, recordTrust(nb, sam, 3, d(2025, 2, 6), "after the launch"));
    auto note = editTrustNote(nb, sam, 0, "guarded at first");
    REQUIRE(note.ok());
    CHECK(note.value().label == "Changed the trust note of 2025-01-06 about Sam Okafor");
    undoesExactly(nb, note.value());
    CHECK(nb.findPeer(sam)->trustHistory[0].note == "guarded at first");
    auto del = deleteTrustRecord(nb, sam, 1);
    REQUIRE(del.ok());
    CHECK(del.value().label == "Deleted the trust record of 2025-02-06 (3/5) about Sam Okafor");
    undoesExactly(nb, del.value());
    CHECK(nb.findPeer(sam)->trustLevel() == 2);
    CHECK_FALSE(deleteTrustRecord(nb, sam, 5).ok());
    CHECK_FALSE(editTrustNote(nb, 999, 0, "x").ok());
}
