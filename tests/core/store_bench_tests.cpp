// Store measurements (hidden; run by hand or by `./dev bench store`):  core_tests "[.bench]"
// For stores of 1k, 10k and 100k change records: durable edit cost, cold open time, size on disk,
// with every record in the log (worst case) and after compaction.
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>

#include "core/model/commands.h"
#include "core/store/notebook_store.h"
#include "tests/core/store_test_util.h"

using namespace rapport;
using namespace rapport::store;
using rapport::store::test::TempDir;

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }

uint64_t folderBytes(const std::string& dir) {
    uint64_t n = 0;
    for (const auto& f : store::test::readFolder(dir)) n += f.second.size();
    return n;
}

// Writes `records` change records (one new peer per 10, renames otherwise) in group commits of 1000,
// straight through the engine so that building 100k records does not take 100k fsyncs.
void populate(const std::string& dir, int records) {
    PosixMedium medium;
    Recovered got;
    auto log = RecordLog::open(medium, dir, {}, OpenMode::readWrite, got).value();
    Notebook nb;
    IdSource ids(99);
    HybridClock hlc;
    std::vector<EntityId> peers;
    std::vector<std::string> batch;
    for (int i = 0; i < records; ++i) {
        Command c = i % 10 == 0 ? addPeer(nb, ids, "Peer " + std::to_string(i)).value()
                                : renamePeer(nb, peers[static_cast<size_t>(i) % peers.size()],
                                             "Renamed " + std::to_string(i)).value();
        REQUIRE(nb.apply(c));
        if (i % 10 == 0) peers.push_back(entityId(*c.changes.front().after));
        batch.push_back(encodeChangeRecord({ChangeKind::edit, hlc.tick(1'700'000'000'000 + i), log->deviceId(), 0, c}));
        if (batch.size() == 1000 || i + 1 == records) {
            std::vector<std::string_view> views(batch.begin(), batch.end());
            REQUIRE(log->append(views));
            batch.clear();
        }
    }
}

struct Row {
    double editMedianMs, editP99Ms, openMs;
    uint64_t bytes;
};

Row measure(const std::string& dir, bool compactFirst) {
    PosixMedium medium;
    const FixedClock clock(1'800'000'000'000, CivilDate::fromDayNumber(20'000));
    StoreOptions o;
    o.autoCompact = false;
    if (compactFirst) REQUIRE(NotebookStore::open(medium, dir, clock, o).value()->compact());
    auto start = Clock::now();
    auto store = NotebookStore::open(medium, dir, clock, o).value();
    const double openMs = msSince(start);
    const EntityId id = store->notebook().peers().begin()->first;
    std::vector<double> times;
    for (int i = 0; i < 200; ++i) {
        const Command c = renamePeer(store->notebook(), id, "Bench " + std::to_string(i)).value();
        start = Clock::now();
        REQUIRE(store->execute(c));
        times.push_back(msSince(start));
    }
    std::sort(times.begin(), times.end());
    return Row{times[times.size() / 2], times[times.size() * 99 / 100], openMs, folderBytes(dir)};
}

}  // namespace

TEST_CASE("store bench: durable edit cost and cold open by store size", "[.bench]") {
    std::printf("%-8s %-10s %12s %12s %12s %12s\n", "records", "layout", "edit p50 ms", "edit p99 ms", "open ms", "bytes");
    for (const int n : {1000, 10000, 100000}) {
        TempDir tmp;
        const std::string dir = tmp.sub("n");
        populate(dir, n);
        for (const bool compacted : {false, true}) {
            const Row r = measure(dir, compacted);
            std::printf("%-8d %-10s %12.3f %12.3f %12.1f %12llu\n", n, compacted ? "snapshot" : "log", r.editMedianMs,
                        r.editP99Ms, r.openMs, static_cast<unsigned long long>(r.bytes));
        }
    }
}
