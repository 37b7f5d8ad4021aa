// Tests of Notebook::apply: all-or-nothing changes, stale before-images, references, undo.
#include <catch2/catch.hpp>

#include "core/model/commands.h"
#include "core/model/notebook.h"
#include "core/model/validation.h"
#include "core/sample/sample_notebook.h"
#include "test_support.h"

using namespace rapport;
using rapport::test::applyOk;
using rapport::test::d;

TEST_CASE("addPeer creates a peer that can be found, renamed, archived and undone", "[notebook]") {
    Notebook nb;
    IdSource ids(42);
    Command add = applyOk(nb, addPeer(nb, ids, "  Maria Chen "));
    CHECK(add.label == "Added Maria Chen");
    REQUIRE(nb.peers().size() == 1);
    const Peer& p = nb.peers().begin()->second;
    CHECK(p.name == "Maria Chen");
    CHECK(nb.findPeer(p.id) == &p);
    const EntityId id = p.id;

    Command rename = applyOk(nb, renamePeer(nb, id, "Maria Chen-Ortiz"));
    CHECK(nb.findPeer(id)->name == "Maria Chen-Ortiz");
    applyOk(nb, archivePeer(nb, id));
    CHECK(nb.findPeer(id)->archived);

    REQUIRE(nb.apply(inverted(rename)).ok() == false);  // stale: the peer was archived since
    nb = Notebook();
    applyOk(nb, add);
    REQUIRE(nb.apply(inverted(add)).ok());
    CHECK(nb.peers().empty());
}

TEST_CASE("bad peer names give clear errors", "[notebook]") {
    Notebook nb;
    IdSource ids(1);
    CHECK_FALSE(addPeer(nb, ids, "").ok());
    CHECK(addPeer(nb, ids, "   ").error().message == "The peer's name is empty.");
    CHECK_FALSE(addPeer(nb, ids, std::string(kMaxNameLength + 1, 'x')).ok());
    CHECK(addPeer(nb, ids, std::string(kMaxNameLength, 'x')).ok());
    CHECK_FALSE(addPeer(nb, ids, "two\nlines").ok());
    CHECK_FALSE(renamePeer(nb, 12345, "Nobody").ok());
}

TEST_CASE("apply is all-or-nothing", "[notebook]") {
    Notebook nb;
    Peer good;
    good.id = 1;
    good.name = "Good";
    Peer bad;
    bad.id = 2;
    bad.name = "";
    Command c{"two", {EntityChange{std::nullopt, good}, EntityChange{std::nullopt, bad}}};
    Status s = nb.apply(c);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().message.find("name") != std::string::npos);
    CHECK(nb.size() == 0);
    CHECK(nb.findPeer(1) == nullptr);
}

TEST_CASE("apply checks before-images, duplicate ids and references", "[notebook]") {
    Notebook nb;
    Peer p;
    p.id = 7;
    p.name = "P";
    REQUIRE(nb.apply(Command{"add", {EntityChange{std::nullopt, p}}}).ok());
    CHECK_FALSE(nb.apply(Command{"dup", {EntityChange{std::nullopt, p}}}).ok());
    Fact f{8, 7, FactCategory::Food, "Loves ramen", std::nullopt, "", std::nullopt};
    Fact orphan{9, 999, FactCategory::Food, "x", std::nullopt, "", std::nullopt};
    CHECK_FALSE(nb.apply(Command{"orphan", {EntityChange{std::nullopt, orphan}}}).ok());
    REQUIRE(nb.apply(Command{"fact", {EntityChange{std::nullopt, f}}}).ok());
    CHECK(nb.referenceCount(7) == 1);
    // The peer cannot be deleted while the fact refers to it; the error says to archive instead.
    auto del = deleteEntity(nb, 7);
    REQUIRE_FALSE(del.ok());
    CHECK(del.error().message.find("Archive") != std::string::npos);
    Status s = nb.apply(Command{"del", {EntityChange{p, std::nullopt}}});
    REQUIRE_FALSE(s.ok());
    CHECK(nb.findPeer(7) != nullptr);
    // Deleting both in one command, dependents first, works.
    REQUIRE(nb.apply(Command{"del both", {EntityChange{f, std::nullopt}, EntityChange{p, std::nullopt}}}).ok());
    CHECK(nb.size() == 0);
    // A stale before-image is refused.
    Peer stale = p;
    stale.name = "Q";
    REQUIRE(nb.apply(Command{"add", {EntityChange{std::nullopt, p}}}).ok());
    CHECK_FALSE(nb.apply(Command{"upd", {EntityChange{stale, p}}}).ok());
    // An update must keep the kind and id.
    Peer other = p;
    other.id = 70;
    CHECK_FALSE(nb.apply(Command{"upd", {EntityChange{p, other}}}).ok());
}

TEST_CASE("settings is a singleton with defaults", "[notebook]") {
    Notebook nb;
    IdSource ids(3);
    CHECK(nb.settings().weeklyBudgetMinutes == 300);
    CHECK(nb.settings().directReportWeekday == Weekday::Tuesday);
    Settings s;
    s.weeklyBudgetMinutes = 120;
    applyOk(nb, createEntity(nb, ids, s, "Settings"));
    CHECK(nb.settings().weeklyBudgetMinutes == 120);
    CHECK_FALSE(nb.apply(createEntity(nb, ids, s, "Settings").value()).ok());
}

TEST_CASE("the sample of every type loads as one consistent notebook", "[notebook]") {
    auto nb = Notebook::fromEntities(rapport::test::sampleEntities());
    INFO((nb.ok() ? "" : nb.error().message));
    REQUIRE(nb.ok());
    CHECK(nb.value().size() == rapport::test::sampleEntities().size());
    CHECK(nb.value().meetingsOfPeer(11).size() == 1);
    CHECK(nb.value().meetingsOfSeries(80).size() == 1);
    CHECK(nb.value().interactionsOfPeer(12).size() == 1);
    CHECK(nb.value().entities().size() == nb.value().size());
}

TEST_CASE("a notebook loaded from its entities has the indexes of the one built edit by edit", "[notebook]") {
    // fromEntities builds the set-valued indexes in bulk at the end; they must equal apply()'s.
    SampleOptions o;
    o.today = d(2026, 3, 2);
    o.peers = 8;
    auto built = sampleNotebook(o);
    REQUIRE(built.ok());
    const Notebook& nb = built.value();
    auto loaded = Notebook::fromEntities(nb.entities());
    REQUIRE(loaded.ok());
    const Notebook& back = loaded.value();
    CHECK(back == nb);
    size_t withReferrers = 0;
    for (const Entity& e : nb.entities()) {
        const EntityId id = entityId(e);
        CHECK(back.referrersOf(id) == nb.referrersOf(id));
        CHECK(back.referenceCount(id) == nb.referenceCount(id));
        CHECK(back.meetingsOfPeer(id) == nb.meetingsOfPeer(id));
        CHECK(back.meetingsOfSeries(id) == nb.meetingsOfSeries(id));
        CHECK(back.interactionsOfPeer(id) == nb.interactionsOfPeer(id));
        withReferrers += nb.referrersOf(id).empty() ? 0 : 1;
    }
    CHECK(withReferrers > 0);
    // Later edits keep the bulk-built indexes right (insert and erase go through the same sets).
    Notebook edited = back;
    const auto& peer = *nb.peers().begin();
    for (EntityId referrer : std::vector<EntityId>(nb.referrersOf(peer.first).begin(), nb.referrersOf(peer.first).end())) {
        if (edited.kindOfId(referrer) == EntityKind::Fact) applyOk(edited, deleteEntity(edited, referrer));
    }
    Notebook reference = nb;
    for (EntityId referrer : std::vector<EntityId>(nb.referrersOf(peer.first).begin(), nb.referrersOf(peer.first).end())) {
        if (reference.kindOfId(referrer) == EntityKind::Fact) applyOk(reference, deleteEntity(reference, referrer));
    }
    CHECK(edited.referrersOf(peer.first) == reference.referrersOf(peer.first));
}

TEST_CASE("loading entities refuses what apply refuses, with the same message", "[notebook]") {
    Peer p;
    p.id = 7;
    p.name = "P";
    Fact orphan{9, 999, FactCategory::Food, "x", std::nullopt, "", std::nullopt};
    auto dangling = Notebook::fromEntities({Entity(p), Entity(orphan)});
    REQUIRE_FALSE(dangling.ok());
    CHECK(dangling.error().message == "The fact refers to a peer that does not exist.");
    auto twice = Notebook::fromEntities({Entity(p), Entity(p)});
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().message == "An entry with the id of this new peer already exists.");
    Peer unnamed = p;
    unnamed.name = "";
    auto invalid = Notebook::fromEntities({Entity(unnamed)});
    REQUIRE_FALSE(invalid.ok());
    CHECK(invalid.error().message == validate(Entity(unnamed)).error().message);
    Settings a, b;
    a.id = 1;
    b.id = 2;
    auto two = Notebook::fromEntities({Entity(a), Entity(b)});
    REQUIRE_FALSE(two.ok());
    CHECK(two.error().message == "There can be only one settings entry.");
}
