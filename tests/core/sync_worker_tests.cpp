// The native worker thread (core/sync/worker.h): a cycle runs off the owner thread, its store steps in
// pump(). Native only: the browser has no threads here and resumes jobs from fetch callbacks instead.
#include <catch2/catch.hpp>

#include <chrono>
#include <thread>

#include "core/sync/engine.h"
#include "core/sync/worker.h"
#include "sync_test_util.h"

using namespace rapport;
using namespace rapport::sync;
using rapport::sync::test::kNow;
using rapport::sync::test::TwoDevices;

using rapport::sync::test::syncOk;

TEST_CASE("a cycle on the worker thread never makes the owner wait for the network", "[sync][worker]") {
    TwoDevices pair;
    auto& [server, a, b] = pair;
    const EntityId maria = a.addPeer("Maria Chen");
    syncOk(a, server);
    // Every request of b's cycle takes 100 ms: the whole cycle takes far longer than any pump().
    server.fault = [](const std::string&, const std::string&) -> Status {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        return {};
    };
    auto local = readLocalChanges(b.medium(), "/nb");
    REQUIRE(local);
    std::string saved;
    SyncWorker worker;
    const auto begin = std::chrono::steady_clock::now();
    REQUIRE(worker.start(b.state(), server, b.store(), local.value(), kNow, [&](const SyncState& s) {
        saved = encodeSyncState(s);
        return Status{};
    }));
    CHECK_FALSE(worker.start(b.state(), server, b.store(), local.value(), kNow, nullptr));  // one at a time
    std::chrono::steady_clock::duration longestPump{};
    int frames = 0;
    while (worker.running()) {
        const auto t0 = std::chrono::steady_clock::now();
        worker.pump();
        longestPump = std::max(longestPump, std::chrono::steady_clock::now() - t0);
        ++frames;
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    worker.pump();
    const auto total = std::chrono::steady_clock::now() - begin;
    auto result = worker.takeResult();
    REQUIRE(result);
    REQUIRE(result->ok());
    CHECK(result->value().applied == 1);
    CHECK(b.nb().findPeer(maria));
    CHECK_FALSE(worker.takeResult());
    // The owner kept drawing frames: no pump waited as long as one request (the cycle made several).
    CHECK(total > std::chrono::milliseconds(400));
    CHECK(longestPump < std::chrono::milliseconds(100));
    CHECK(frames > 20);
}

