// NotebookStore tests: edits, undo/redo across reopen, refused edits leave memory equal to disk,
// damage gives a clear error and a read-only view, compaction is invisible, HLC stays monotonic.
#include <catch2/catch.hpp>

#include "core/model/commands.h"
#include "core/store/fault_medium.h"
#include "core/store/notebook_store.h"
#include "tests/core/store_test_util.h"

using namespace rapport;
using namespace rapport::store;
using rapport::store::test::TempDir;

namespace {

FixedClock testClock() { return FixedClock(1'700'000'000'000, CivilDate::fromDayNumber(19'675)); }

std::unique_ptr<NotebookStore> openOk(StorageMedium& m, const std::string& dir, const Clock& clock, StoreOptions o = {}) {
    auto s = NotebookStore::open(m, dir, clock, o);
    if (!s) FAIL(s.error().message);
    return std::move(s).value();
}

Command built(const Result<Command>& c) {
    if (!c) FAIL(c.error().message);
    return c.value();
}

// Adds a peer through the store and returns its id.
EntityId addPeerVia(NotebookStore& store, const std::string& name) {
    const Command c = built(addPeer(store.notebook(), store.ids(), name));
    const Status s = store.execute(c);
    if (!s) FAIL(s.error().message);
    return entityId(*c.changes.front().after);
}

Status rename(NotebookStore& store, EntityId id, const std::string& name) {
    return store.execute(built(renamePeer(store.notebook(), id, name)));
}

std::string nameOf(const NotebookStore& store, EntityId id) {
    const Peer* p = store.notebook().findPeer(id);
    return p ? p->name : "<none>";
}

}  // namespace

TEST_CASE("NotebookStore: edits survive reopening", "[store]") {
    TempDir tmp;
    PosixMedium medium;
    const FixedClock clock = testClock();
    EntityId maria = 0;
    {
        auto store = openOk(medium, tmp.sub("n"), clock);
        CHECK(store->notebook().size() == 0);
        CHECK_FALSE(store->canUndo());
        maria = addPeerVia(*store, "Maria Chen");
        addPeerVia(*store, "Omar Haddad");
        REQUIRE(rename(*store, maria, "Maria Chen-Lopez"));
        CHECK(store->stats().records == 3);
    }
    auto store = openOk(medium, tmp.sub("n"), clock);
    CHECK(store->notebook().size() == 2);
    CHECK(nameOf(*store, maria) == "Maria Chen-Lopez");
    CHECK(store->warning().empty());
}

TEST_CASE("NotebookStore: undo and redo are records, and survive a restart", "[store]") {
    TempDir tmp;
    PosixMedium medium;
    const FixedClock clock = testClock();
    const std::string dir = tmp.sub("n");
    EntityId id = 0;
    {
        auto store = openOk(medium, dir, clock);
        id = addPeerVia(*store, "Ana");
        REQUIRE(rename(*store, id, "Ana B."));
        const std::string renameLabel = store->undoLabel();
        CHECK_FALSE(renameLabel.empty());
        REQUIRE(store->undo());
        CHECK(nameOf(*store, id) == "Ana");
        CHECK(store->redoLabel() == renameLabel);
    }
    {
        auto store = openOk(medium, dir, clock);
        CHECK(nameOf(*store, id) == "Ana");
        REQUIRE(store->canUndo());
        REQUIRE(store->canRedo());
        REQUIRE(store->redo());
        CHECK(nameOf(*store, id) == "Ana B.");
        REQUIRE(store->undo());
        REQUIRE(store->undo());
        CHECK(store->notebook().size() == 0);
        CHECK_FALSE(store->canUndo());
        CHECK_FALSE(store->undo());
    }
    {
        auto store = openOk(medium, dir, clock);
        CHECK(store->notebook().size() == 0);
        REQUIRE(store->redo());  // re-adds Ana
        CHECK(nameOf(*store, id) == "Ana");
        addPeerVia(*store, "Ben");  // a new edit clears the redo list
        CHECK_FALSE(store->canRedo());
    }
    auto store = openOk(medium, dir, clock);
    CHECK(store->notebook().size() == 2);
    CHECK_FALSE(store->canRedo());
    CHECK(store->canUndo());
}

TEST_CASE("NotebookStore: an invalid command is refused before anything is written", "[store]") {
    TempDir tmp;
    PosixMedium medium;
    const FixedClock clock = testClock();
    auto store = openOk(medium, tmp.sub("n"), clock);
    const EntityId id = addPeerVia(*store, "Ana");
    Command stale = built(renamePeer(store->notebook(), id, "Ana B."));
    REQUIRE(rename(*store, id, "Ana C."));
    const auto records = store->stats().records;
    CHECK_FALSE(store->execute(stale));  // its `before` no longer matches
    CHECK(store->stats().records == records);
    CHECK(nameOf(*store, id) == "Ana C.");
}

TEST_CASE("NotebookStore: a failed save leaves memory equal to disk, at every failing operation", "[store][fault]") {
    StoreOptions o;
    o.log.segmentBytes = 600;  // some commits roll to a new segment
    o.log.compactMinBytes = 1500;  // and some compact
    const FixedClock clock = testClock();
    for (const Fault fault : {Fault::error, Fault::shortWrite}) {
        TempDir tmp;
        PosixMedium real;
        FaultMedium medium(real);
        const std::string dir = tmp.sub("n");
        auto store = openOk(medium, dir, clock, o);
        const EntityId id = addPeerVia(*store, "Ana");
        int refused = 0;
        for (uint64_t n = 1; n <= 40; ++n) {
            medium.failAt(n % 5 + 1, fault);
            const Notebook before = store->notebook();
            const Status s = (n % 7 == 0 && store->canUndo()) ? store->undo()
                                                                  : rename(*store, id, "Ana " + std::to_string(n));
            medium.failAt(0, fault);
            INFO("step " << n);
            if (!s) {
                ++refused;
                CHECK(store->notebook() == before);
            }
            // Disk equals memory: read the real files (read-only: the store under test still owns them).
            auto again = NotebookStore::openReadOnly(real, dir, clock, o);
            REQUIRE(again);
            REQUIRE(again.value()->notebook() == store->notebook());
            CHECK(again.value()->undoLabel() == store->undoLabel());
        }
        CHECK(refused > 5);
    }
}

TEST_CASE("NotebookStore: damage refuses the open clearly and offers a read-only view", "[store]") {
    TempDir tmp;
    PosixMedium medium;
    const FixedClock clock = testClock();
    const std::string dir = tmp.sub("n");
    EntityId id = 0;
    {
        auto store = openOk(medium, dir, clock);
        id = addPeerVia(*store, "Ana");
        for (int i = 0; i < 5; ++i) REQUIRE(rename(*store, id, "Ana " + std::to_string(i)));
    }
    auto files = test::readFolder(dir);
    std::string& seg = files.at("log-00000001.seg");
    const size_t damageAt = seg.size() / 2;
    seg[damageAt] = static_cast<char>(seg[damageAt] ^ 0x10);
    test::writeFolder(dir, files);

    auto rw = NotebookStore::open(medium, dir, clock);
    REQUIRE_FALSE(rw);
    INFO(rw.error().message);
    CHECK_THAT(rw.error().message, Catch::Contains("log-00000001.seg at byte"));
    CHECK_THAT(rw.error().message, Catch::Contains("read-only"));
    CHECK(test::readFolder(dir) == files);

    auto ro = NotebookStore::openReadOnly(medium, dir, clock);
    REQUIRE(ro);
    NotebookStore& store = *ro.value();
    CHECK(store.readOnly());
    CHECK_FALSE(store.warning().empty());
    CHECK(store.notebook().findPeer(id) != nullptr);  // the first records were readable
    CHECK_FALSE(store.execute(built(renamePeer(store.notebook(), id, "x"))));
    CHECK_FALSE(store.canUndo());
    CHECK(test::readFolder(dir) == files);
}

TEST_CASE("NotebookStore: compaction changes nothing visible, undo included", "[store]") {
    TempDir tmp;
    PosixMedium medium;
    const FixedClock clock = testClock();
    StoreOptions compacting;
    compacting.log.segmentBytes = 512;
    compacting.log.compactMinBytes = 1024;
    StoreOptions never;
    never.autoCompact = false;
    auto a = openOk(medium, tmp.sub("a"), clock, compacting);
    auto b = openOk(medium, tmp.sub("b"), clock, never);
    std::vector<EntityId> ids;
    for (int i = 0; i < 60; ++i) {
        if (i % 10 == 0) {
            const Command c = built(addPeer(a->notebook(), a->ids(), "Peer " + std::to_string(i)));
            REQUIRE(a->execute(c));
            REQUIRE(b->execute(c));
            ids.push_back(entityId(*c.changes.front().after));
        } else if (i % 9 == 0) {
            REQUIRE(a->undo());
            REQUIRE(b->undo());
        } else {
            const Command c = built(renamePeer(a->notebook(), ids.back(), "Name " + std::to_string(i)));
            REQUIRE(a->execute(c));
            REQUIRE(b->execute(c));
        }
        REQUIRE(a->notebook() == b->notebook());
    }
    CHECK(a->stats().snapshotBytes > 0);
    CHECK(b->stats().snapshotBytes == 0);
    a.reset();
    b.reset();
    a = openOk(medium, tmp.sub("a"), clock, compacting);
    b = openOk(medium, tmp.sub("b"), clock, never);
    CHECK(a->notebook() == b->notebook());
    CHECK(a->undoLabel() == b->undoLabel());
    for (int i = 0; i < 30 && b->canUndo(); ++i) {
        REQUIRE(a->undo());
        REQUIRE(b->undo());
        REQUIRE(a->notebook() == b->notebook());
    }
    REQUIRE(a->compact());
    CHECK(a->redoLabel() == b->redoLabel());
}

TEST_CASE("NotebookStore: many records reopen identical; HLC monotonic with a clock going backwards", "[store]") {
    TempDir tmp;
    PosixMedium medium;
    FixedClock clock = testClock();
    Notebook expected;
    Hlc last = 0;
    {
        auto store = openOk(medium, tmp.sub("n"), clock);
        const EntityId id = addPeerVia(*store, "Ana");
        for (int i = 0; i < 400; ++i) {
            clock.advanceMillis(i % 3 == 0 ? -5000 : 7);  // the wall clock jumps back now and then
            REQUIRE(rename(*store, id, "Ana " + std::to_string(i)));
            const Hlc h = store->stats().lastCommit;
            REQUIRE(h > last);
            last = h;
        }
        expected = store->notebook();
        CHECK(store->stats().segments > 1);
    }
    clock.advanceMillis(-1'000'000);
    auto store = openOk(medium, tmp.sub("n"), clock);
    CHECK(store->notebook() == expected);
    CHECK(store->stats().lastCommit == last);
    REQUIRE(store->undo());
    CHECK(store->stats().lastCommit > last);  // after a restart too
}
