// The property test of sync: random interleavings of edits and syncs on three devices with skewed
// clocks always converge to the same notebook, and every conflict in an inbox is real.
#include <catch2/catch.hpp>

#include <random>

#include "core/sync/engine.h"
#include "core/sync/fields.h"
#include "sync_test_util.h"

using namespace rapport;
using namespace rapport::sync;
using rapport::sync::test::Device;
using rapport::sync::test::kNow;

namespace {

// One random schedule: edits and syncs in random order, then two rounds of syncs on every device.
void runSchedule(uint32_t seed, int& conflicts, int& deletes) {
    std::mt19937 rng(seed);
    auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<uint32_t>(n)); };
    MemoryTransport server;
    // Clock skew: up to 2 hours either way, so wall clock order and edit order disagree.
    std::vector<std::unique_ptr<Device>> devices;
    for (uint64_t id = 1; id <= 3; ++id) {
        devices.push_back(std::make_unique<Device>(id, kNow + (pick(5) - 2) * 3'600'000LL, seed));
        REQUIRE(devices.back()->setup(server));
    }
    static const char* roles[] = {"CFO", "VP Sales", "CTO"};
    static const char* teams[] = {"EMEA", "APAC"};
    const int steps = 8 + pick(16);
    for (int step = 0; step < steps; ++step) {
        Device& d = *devices[static_cast<size_t>(pick(3))];
        d.clock().advanceMillis(1 + pick(5000));
        std::vector<EntityId> peers;
        for (const auto& kv : d.nb().peers()) peers.push_back(kv.first);
        const int op = pick(10);
        if (op < 2 || peers.empty()) {
            d.addPeer("Peer " + std::to_string(step));
        } else if (op < 4) {
            d.setRole(peers[static_cast<size_t>(pick(static_cast<int>(peers.size())))], roles[pick(3)]);
        } else if (op < 5) {
            d.setTeam(peers[static_cast<size_t>(pick(static_cast<int>(peers.size())))], teams[pick(2)]);
        } else if (op < 6) {
            deletes += d.remove(peers[static_cast<size_t>(pick(static_cast<int>(peers.size())))]) ? 1 : 0;
        } else if (op < 7) {
            (void)d.store().undo();
        } else {
            auto r = d.sync(server);
            REQUIRE(r);
        }
    }
    // Quiesce: two rounds bring every change to every device.
    for (int round = 0; round < 2; ++round) {
        for (auto& d : devices) {
            auto r = d->sync(server);
            REQUIRE(r);
            // Skewed clocks warn (that is the point); nothing else may go wrong.
            for (const std::string& w : r.value().warnings) {
                INFO(w);
                CHECK(w.find("clock") != std::string::npos);
            }
        }
    }
    CHECK(devices[0]->nb() == devices[1]->nb());
    CHECK(devices[1]->nb() == devices[2]->nb());
    for (auto& d : devices) {
        for (const sync::Conflict& c : d->state().merge.inbox) {
            ++conflicts;
            // A field conflict is between two different values, made without seeing each other.
            if (!c.deleted) CHECK_FALSE(fieldEqual(c.kept, c.other, c.field));
            CHECK_FALSE(d->state().merge.ordered(c.keptStamp, c.otherStamp));
        }
    }
}

}  // namespace

TEST_CASE("random schedules on three devices with skewed clocks converge", "[sync][property]") {
    int conflicts = 0;
    int deletes = 0;
    for (uint32_t seed = 1; seed <= 1000; ++seed) {
        INFO("seed " << seed);
        runSchedule(seed, conflicts, deletes);
    }
    // The schedules really exercised conflicts and deletes.
    CHECK(conflicts > 50);
    CHECK(deletes > 100);
}
