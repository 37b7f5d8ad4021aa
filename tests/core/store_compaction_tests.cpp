// Compaction off the edit path (StoreOptions::compactAtIdle): no edit compacts until the safety valve,
// edits made while a compaction job runs are kept, and a crash at any step of it loses no acknowledged
// edit. Runs on a memory medium, the job on the test's thread, so every step is deterministic.
#include <catch2/catch.hpp>

#include "core/model/commands.h"
#include "core/store/fault_medium.h"
#include "core/store/memory_medium.h"
#include "core/store/notebook_store.h"

using namespace rapport;
using namespace rapport::store;

namespace {

const FixedClock kClock(1'700'000'000'000, CivilDate::fromDayNumber(19'675));

StoreOptions idleOptions() {
    StoreOptions o;
    o.log.segmentBytes = 512;      // edits during a job roll over several segments
    o.log.compactMinBytes = 2048;  // due after a dozen renames
    o.log.newDeviceId = 7;
    o.compactAtIdle = true;
    return o;
}

std::unique_ptr<NotebookStore> openOk(StorageMedium& m, const std::string& dir, StoreOptions o = idleOptions()) {
    auto s = NotebookStore::open(m, dir, kClock, o);
    if (!s) FAIL(s.error().message);
    return std::move(s).value();
}

Command built(const Result<Command>& c) {
    if (!c) FAIL(c.error().message);
    return c.value();
}

// A store with one peer renamed until its log is due for compaction; returns the peer.
EntityId fillUntilDue(NotebookStore& store) {
    const Command add = built(addPeer(store.notebook(), store.ids(), "Maria Chen"));
    REQUIRE(store.execute(add));
    const EntityId id = entityId(*add.changes.front().after);
    for (int i = 0; !store.compactionDue(); ++i) {
        REQUIRE(i < 1000);
        REQUIRE(store.execute(built(renamePeer(store.notebook(), id, "Maria " + std::to_string(i)))));
    }
    return id;
}

Command renameTo(const Notebook& nb, EntityId id, const std::string& name) { return built(renamePeer(nb, id, name)); }

// The notebook a fresh open of `files` reads.
Notebook reopened(const std::map<std::string, std::string>& files) {
    MemoryMedium copy;
    (void)copy.makeDirectory("/n");
    for (const auto& [path, bytes] : files) (void)copy.writeFile(path, bytes);
    auto store = openOk(copy, "/n");
    return store->notebook();
}

}  // namespace

TEST_CASE("compaction at idle: no edit compacts, until the log is far past the threshold", "[store][compaction]") {
    MemoryMedium medium;
    auto store = openOk(medium, "/n");
    const EntityId id = fillUntilDue(*store);
    CHECK(store->stats().snapshotBytes == 0);
    // The safety valve: an app that is never idle compacts inside an edit, but only at 4x the threshold.
    int edits = 0;
    while (store->stats().snapshotBytes == 0) {
        REQUIRE(edits < 2000);
        REQUIRE(store->execute(renameTo(store->notebook(), id, "Busy " + std::to_string(edits++))));
    }
    CHECK(edits > 10);
    CHECK(store->stats().records == 0);
    // Opening a due store does not compact either (the app does it at its first idle moment).
    const Notebook before = store->notebook();
    for (int i = 0; !store->compactionDue(); ++i) REQUIRE(store->execute(renameTo(store->notebook(), id, "Again " + std::to_string(i))));
    const uint64_t snapshot = store->stats().snapshotBytes;
    store.reset();
    store = openOk(medium, "/n");
    CHECK(store->compactionDue());
    CHECK(store->stats().snapshotBytes == snapshot);
}

TEST_CASE("compaction at idle: edits made while the job runs survive a reopen at every step", "[store][compaction]") {
    MemoryMedium medium;
    auto store = openOk(medium, "/n");
    const EntityId id = fillUntilDue(*store);
    const uint64_t recordsBefore = store->stats().records;
    auto job = store->startCompaction();
    REQUIRE(job);
    CHECK(store->compacting());
    CHECK_FALSE(store->compactionDue());
    CHECK_FALSE(store->startCompaction());                       // one at a time
    CHECK_FALSE(store->compact());                                // the inline one waits its turn too
    CHECK_FALSE(store->finishCompaction());                       // not run yet
    int n = 0;
    auto edit = [&] { REQUIRE(store->execute(renameTo(store->notebook(), id, "During " + std::to_string(n++)))); };
    for (int i = 0; i < 8; ++i) edit();                           // over several segments
    CHECK(reopened(medium.files()) == store->notebook());         // a crash now: old snapshot + whole log
    job->run();
    REQUIRE(job->finished());
    REQUIRE(job->outcome());
    for (int i = 0; i < 8; ++i) edit();
    CHECK(reopened(medium.files()) == store->notebook());         // snapshot written, MANIFEST still old
    REQUIRE(store->undo());                                       // undo during the job is a record like any other
    REQUIRE(store->finishCompaction());
    CHECK_FALSE(store->compacting());
    CHECK(store->stats().snapshotBytes > 0);
    CHECK(store->stats().records == 17);                          // only what came after the job began
    CHECK(recordsBefore > 5);
    CHECK(reopened(medium.files()) == store->notebook());         // new snapshot + the log after it
    for (int i = 0; i < 3; ++i) edit();
    const Notebook expected = store->notebook();
    const std::string undoLabel = store->undoLabel();
    store.reset();
    store = openOk(medium, "/n");
    CHECK(store->notebook() == expected);
    CHECK(store->undoLabel() == undoLabel);
    CHECK(store->stats().records == 20);
}

TEST_CASE("compaction at idle: a crash at each step of the job and its finish loses no acknowledged edit",
          "[store][compaction]") {
    MemoryMedium seed;
    EntityId id = 0;
    {
        auto store = openOk(seed, "/n");
        id = fillUntilDue(*store);
    }
    for (uint64_t n = 1;; ++n) {
        MemoryMedium inner;
        inner.files() = seed.files();
        (void)inner.makeDirectory("/n");
        FaultMedium medium(inner);
        auto store = openOk(medium, "/n");
        Notebook acknowledged = store->notebook();
        std::optional<Notebook> unacknowledged;  // the edit the crash hit: it may or may not be on disk
        int k = 0;
        auto edit = [&] {
            const Command c = renameTo(store->notebook(), id, "Step " + std::to_string(k++));
            Notebook next = store->notebook();
            REQUIRE(next.apply(c));
            if (store->execute(c)) {
                acknowledged = store->notebook();
                unacknowledged.reset();
            } else if (!unacknowledged) {
                unacknowledged = next;
            }
        };
        medium.failAt(n, Fault::crash);
        auto job = store->startCompaction();
        REQUIRE(job);
        edit();
        edit();
        job->run();
        edit();
        (void)store->finishCompaction();
        edit();
        const bool fired = medium.fired();
        INFO("crash at operation " << n);
        store.reset();  // the "process" ends here
        const Notebook after = reopened(inner.files());
        CHECK((after == acknowledged || (unacknowledged && after == *unacknowledged)));
        if (!fired) {
            CHECK(after == acknowledged);
            CHECK(n > 10);  // the sweep went through the job's writes, syncs and renames
            break;
        }
    }
}

TEST_CASE("compaction at idle: a failed job loses nothing and is not retried at once", "[store][compaction]") {
    MemoryMedium inner;
    FaultMedium medium(inner);
    auto store = openOk(medium, "/n");
    const EntityId id = fillUntilDue(*store);
    auto job = store->startCompaction();
    REQUIRE(job);
    medium.failAt(1, Fault::error);  // the snapshot's first write: a full disk
    job->run();
    CHECK_FALSE(job->outcome());
    REQUIRE_FALSE(store->finishCompaction());
    CHECK_FALSE(store->compacting());
    CHECK(store->stats().snapshotBytes == 0);
    CHECK_FALSE(store->compactionDue());  // not at the very next idle moment
    REQUIRE(store->execute(renameTo(store->notebook(), id, "After the failure")));
    for (int i = 0; !store->compactionDue(); ++i) {
        REQUIRE(i < 1000);
        REQUIRE(store->execute(renameTo(store->notebook(), id, "Later " + std::to_string(i))));
    }
    job = store->startCompaction();
    REQUIRE(job);
    job->run();
    REQUIRE(store->finishCompaction());
    CHECK(store->stats().snapshotBytes > 0);
    CHECK(reopened(inner.files()) == store->notebook());
}
