// Compaction at idle with a real worker thread on real files (native only: the wasm build has no
// threads): edits made while the snapshot is written on the other thread are all there after a reopen.
#include <catch2/catch.hpp>

#include <thread>

#include "core/model/commands.h"
#include "core/store/notebook_store.h"
#include "tests/core/store_test_util.h"

using namespace rapport;
using namespace rapport::store;

TEST_CASE("compaction at idle: a worker thread writes the snapshot while edits go on", "[store][compaction]") {
    test::TempDir tmp;
    PosixMedium medium;
    const FixedClock clock(1'700'000'000'000, CivilDate::fromDayNumber(19'675));
    StoreOptions o;
    o.log.segmentBytes = 1024;
    o.log.compactMinBytes = 8192;
    o.compactAtIdle = true;
    auto store = NotebookStore::open(medium, tmp.sub("n"), clock, o).value();
    std::vector<EntityId> peers;
    for (int i = 0; !store->compactionDue(); ++i) {
        REQUIRE(i < 1000);
        const Command c = addPeer(store->notebook(), store->ids(), "Peer " + std::to_string(i)).value();
        REQUIRE(store->execute(c));
        peers.push_back(entityId(*c.changes.front().after));
    }
    for (int round = 0; round < 3; ++round) {
        auto job = store->startCompaction();
        REQUIRE(job);
        std::thread worker([job] { job->run(); });
        int edits = 0;
        // Edits while the other thread writes (at least a few, however fast it is).
        while (edits < 5 || (!job->finished() && edits < 500)) {
            const EntityId id = peers[static_cast<size_t>(edits) % peers.size()];
            REQUIRE(store->execute(renamePeer(store->notebook(), id, "Round " + std::to_string(round) + "." +
                                                                         std::to_string(edits)).value()));
            ++edits;
        }
        worker.join();
        REQUIRE(store->finishCompaction());
        CHECK(store->stats().records == static_cast<uint64_t>(edits));
        for (int i = 0; !store->compactionDue() && i < 1000; ++i) {
            REQUIRE(store->execute(renamePeer(store->notebook(), peers[0], "Fill " + std::to_string(i)).value()));
        }
    }
    const Notebook expected = store->notebook();
    store.reset();
    auto again = NotebookStore::open(medium, tmp.sub("n"), clock, o).value();
    CHECK(again->notebook() == expected);
}
