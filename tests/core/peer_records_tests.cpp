// Tests of one peer's records (rules/peer_records.h) and timeline (rules/timeline.h): they come from the
// notebook's referrer index, which must follow every create, edit, delete, undo and snapshot.
#include <catch2/catch.hpp>

#include "core/model/commands_edit.h"
#include "core/model/validation.h"
#include "core/rules/peer_records.h"
#include "core/rules/timeline.h"
#include "core/sample/sample_notebook.h"
#include "tests/core/test_support.h"

using namespace rapport;
using namespace rapport::test;

namespace {

// The same query the slow way: every record of T in id order whose references name the peer.
template <class T>
std::vector<const T*> scanned(const Notebook& nb, EntityId peerId) {
    std::vector<const T*> out;
    for (const auto& entry : nb.all<T>()) {
        for (const Reference& r : referencesOf(Entity{entry.second})) {
            if (r.id == peerId) {
                out.push_back(&entry.second);
                break;
            }
        }
    }
    return out;
}

}  // namespace

TEST_CASE("a peer's records are theirs only, in the order they were added", "[peer_records]") {
    Notebook nb;
    IdSource ids(7);
    const EntityId maria = addPeerOk(nb, ids, "Maria Chen");
    const EntityId omar = addPeerOk(nb, ids, "Omar Haddad");
    applyOk(nb, addFact(nb, ids, maria, FactCategory::Family, "Kids: Léa and Tom"));
    applyOk(nb, addFact(nb, ids, omar, FactCategory::Hobbies, "Plays chess"));
    applyOk(nb, addFact(nb, ids, maria, FactCategory::Hobbies, "Swims every morning"));
    applyOk(nb, addConnection(nb, ids, maria, "swimming"));
    applyOk(nb, addBanterTopic(nb, ids, omar, "the chess final"));
    applyOk(nb, addCommitment(nb, ids, maria, CommitmentDirection::MeToThem, "Send the hiring plan", d(2026, 11, 2)));
    applyOk(nb, addCommitment(nb, ids, maria, CommitmentDirection::ThemToMe, "Q1 numbers", d(2026, 11, 3)));
    applyOk(nb, addProject(nb, ids, "Pricing page", {omar, maria}, ProjectKind::WhiteSpace, d(2026, 11, 1)));
    applyOk(nb, addRitual(nb, ids, RitualKind::CoffeeBeforeMeeting, "Coffee", "staff meeting", {maria}));

    const auto facts = factsOf(nb, maria);
    REQUIRE(facts.size() == 2);
    CHECK(facts[0]->text == "Kids: Léa and Tom");
    CHECK(facts[1]->text == "Swims every morning");
    CHECK(factsOf(nb, omar).size() == 1);
    CHECK(connectionsOf(nb, maria).size() == 1);
    CHECK(connectionsOf(nb, omar).empty());
    CHECK(banterOf(nb, omar).front()->text == "the chess final");
    REQUIRE(commitmentsOf(nb, maria, CommitmentDirection::MeToThem).size() == 1);
    CHECK(commitmentsOf(nb, maria, CommitmentDirection::MeToThem).front()->text == "Send the hiring plan");
    CHECK(commitmentsOf(nb, maria, CommitmentDirection::ThemToMe).front()->text == "Q1 numbers");
    CHECK(projectsOf(nb, maria).size() == 1);
    CHECK(projectsOf(nb, omar).size() == 1);
    CHECK(ritualsOf(nb, maria).size() == 1);
    CHECK(ritualsOf(nb, omar).empty());
    CHECK(factsOf(nb, 424242).empty());
}

TEST_CASE("the referrer index follows edits, deletes, undo and snapshots", "[peer_records]") {
    Notebook nb;
    IdSource ids(9);
    const EntityId maria = addPeerOk(nb, ids, "Maria Chen");
    const EntityId omar = addPeerOk(nb, ids, "Omar Haddad");
    const Command added = applyOk(nb, addFact(nb, ids, maria, FactCategory::Hobbies, "Swims"));
    const EntityId fact = createdId<Fact>(added);

    // Moved to another peer by an edit: it leaves Maria's list and joins Omar's.
    Fact moved = *nb.find<Fact>(fact);
    moved.peerId = omar;
    const Command edit = applyOk(nb, editRecord(nb, Entity{moved}));
    CHECK(factsOf(nb, maria).empty());
    REQUIRE(factsOf(nb, omar).size() == 1);
    applyOk(nb, Result<Command>(inverted(edit)));
    CHECK(factsOf(nb, omar).empty());
    REQUIRE(factsOf(nb, maria).size() == 1);

    const Command removed = applyOk(nb, deleteRecord(nb, fact));
    CHECK(factsOf(nb, maria).empty());
    CHECK(nb.referrersOf(maria).empty());
    applyOk(nb, Result<Command>(inverted(removed)));
    CHECK(factsOf(nb, maria).size() == 1);

    const Result<Notebook> copy = Notebook::fromEntities(nb.entities());
    REQUIRE(copy.ok());
    CHECK(copy.value().referrersOf(maria) == nb.referrersOf(maria));
}

TEST_CASE("on a sample notebook the index answers what a table scan answers", "[peer_records]") {
    SampleOptions options;
    options.today = d(2026, 11, 30);
    options.peers = 10;
    const Result<Notebook> sample = sampleNotebook(options);
    REQUIRE(sample.ok());
    const Notebook& nb = sample.value();
    for (const auto& [peerId, peer] : nb.peers()) {
        CHECK(factsOf(nb, peerId) == scanned<Fact>(nb, peerId));
        CHECK(connectionsOf(nb, peerId) == scanned<Connection>(nb, peerId));
        CHECK(banterOf(nb, peerId) == scanned<BanterTopic>(nb, peerId));
        CHECK(seriesOf(nb, peerId) == scanned<OneOnOneSeries>(nb, peerId));
        CHECK(projectsOf(nb, peerId) == scanned<JointProject>(nb, peerId));
        CHECK(ritualsOf(nb, peerId) == scanned<Ritual>(nb, peerId));
        CHECK(recordsOf<Commitment>(nb, peerId) == scanned<Commitment>(nb, peerId));
    }
}

TEST_CASE("a peer's timeline lists what was logged, newest first", "[timeline]") {
    Notebook nb;
    IdSource ids(11);
    const EntityId maria = addPeerOk(nb, ids, "Maria Chen");
    const EntityId omar = addPeerOk(nb, ids, "Omar Haddad");
    applyOk(nb, addFact(nb, ids, maria, FactCategory::Family, "Kids: Léa and Tom", d(2026, 10, 5)));
    applyOk(nb, addFact(nb, ids, maria, FactCategory::Hobbies, "Swims"));  // no date learned: not on the timeline
    applyOk(nb, logInteraction(nb, ids, maria, d(2026, 11, 20), InteractionKind::TalkedToday, "about the offsite"));
    applyOk(nb, addCommitment(nb, ids, maria, CommitmentDirection::MeToThem, "Send the plan", d(2026, 11, 2)));
    applyOk(nb, addMeeting(nb, ids, maria, d(2026, 11, 25)));
    applyOk(nb, logInteraction(nb, ids, omar, d(2026, 11, 26)));

    const std::vector<TimelineEvent> events = timelineOf(nb, maria);
    REQUIRE(events.size() == 4);
    CHECK(events[0].date == d(2026, 11, 25));
    CHECK(events[0].text == "1:1 prepared");
    CHECK(events[1].date == d(2026, 11, 20));
    CHECK(events[1].text.find("about the offsite") != std::string::npos);
    CHECK(events[1].contactId != kNoId);  // a logged contact can be corrected from the timeline
    CHECK(nb.find<Interaction>(events[1].contactId)->note == "about the offsite");
    CHECK(events[0].contactId == kNoId);
    CHECK(events[2].text == "Commitment: Send the plan");
    CHECK(events[3].text == "Learned: Kids: Léa and Tom");
    CHECK(timelineOf(nb, 424242).empty());
}
