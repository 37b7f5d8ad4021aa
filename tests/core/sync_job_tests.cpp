// Sync jobs as step machines (core/sync/engine.h): a job stops at each request and goes on with its
// answer, so the browser can answer from a fetch callback, frames later. Here answers are held back and
// given later, the store is checked between them, and the outcome matches the synchronous driver's.
#include <catch2/catch.hpp>

#include <deque>

#include "core/sync/engine.h"
#include "sync_test_util.h"

using namespace rapport;
using namespace rapport::sync;
using rapport::sync::test::Device;
using rapport::sync::test::kNow;
using rapport::sync::test::TwoDevices;

namespace {

using Op = TransportRequest::Op;

// Runs `job` the browser's way: each answer is computed when asked (the server acts then), but handed
// to the job only after `frames` calls of `between`, as a fetch callback would arrive frames later.
int runLater(SyncJob& job, Transport& server, int frames, const std::function<void()>& between) {
    int requests = 0;
    while (const TransportRequest* r = job.waiting()) {
        TransportAnswer a = perform(server, *r);
        ++requests;
        for (int i = 0; i < frames; ++i) between();
        job.resume(std::move(a));
    }
    return requests;
}

}  // namespace

TEST_CASE("a setup resumed with answers given later joins the vault like the synchronous one", "[sync][job]") {
    MemoryTransport server;
    Device a{1, kNow};
    REQUIRE(a.setup(server));
    SetupJob job("correct horse", test::fastKdf(), 2, "laptop");
    REQUIRE(job.waiting());
    CHECK(job.waiting()->op == Op::list);
    CHECK(runLater(job, server, 4, [] {}) == 3);  // the folder, the vault, then its own head (if it sent before)
    REQUIRE(job.result);
    REQUIRE(*job.result);
    CHECK(job.result->value().vaultId == a.state().vaultId);
    CHECK(job.result->value().deviceName == "laptop");

    SetupJob wrong("wrong horse", test::fastKdf(), 3, "phone");
    runLater(wrong, server, 1, [] {});
    REQUIRE(wrong.result);
    REQUIRE_FALSE(*wrong.result);
    CHECK(wrong.result->error().message.find("passphrase") != std::string::npos);
}

TEST_CASE("a cycle resumed with answers given later: the store changes only inside resume, the outcome is the same", "[sync][job]") {
    TwoDevices pair;
    auto& [server, a, b] = pair;
    const EntityId maria = a.addPeer("Maria Chen");
    a.addPeer("Tomas Berg");
    auto localA = readLocalChanges(a.medium(), "/nb");
    REQUIRE(localA);
    std::string savedA;
    CycleJob send(a.state(), a.store(), localA.value(), kNow, [&](const SyncState& s) {
        savedA = encodeSyncState(s);
        return Status{};
    });
    std::vector<std::string> puts;
    while (const TransportRequest* r = send.waiting()) {
        if (r->op == Op::put) puts.push_back(r->path);
        send.resume(perform(server, *r));
    }
    REQUIRE(send.result);
    REQUIRE(*send.result);
    CHECK(send.result->value().sent == 2);
    // The batch before the head: a batch counts only once the head names it.
    REQUIRE(puts.size() == 2);
    CHECK(puts[0].find("/seg-1") != std::string::npos);
    CHECK(puts[1].find("/head") != std::string::npos);
    CHECK_FALSE(savedA.empty());

    // b receives: between answers ("frames") the notebook is only read, never changed.
    auto localB = readLocalChanges(b.medium(), "/nb");
    REQUIRE(localB);
    const uint64_t commitsBefore = b.store().stats().lastCommit;
    int frames = 0;
    size_t peersSeen = 0;
    CycleJob receive(b.state(), b.store(), localB.value(), kNow, [](const SyncState&) { return Status{}; });
    const int requests = runLater(receive, server, 2, [&] {
        ++frames;
        peersSeen = pair.b.nb().peers().size();  // what a frame would draw
    });
    REQUIRE(receive.result);
    REQUIRE(*receive.result);
    CHECK(receive.result->value().applied == 2);
    CHECK(receive.result->value().inSync);
    CHECK(b.nb().findPeer(maria));
    CHECK(b.store().stats().lastCommit > commitsBefore);
    CHECK(frames == 2 * requests);
    CHECK(peersSeen == 2);  // the last frames saw the applied batch
    CHECK(a.nb() == b.nb());
    CHECK_FALSE(receive.waiting());
}

TEST_CASE("a cycle whose answer is an error ends with that error and keeps the outbox for the retry", "[sync][job]") {
    TwoDevices pair;
    auto& [server, a, b] = pair;
    a.addPeer("Maria Chen");
    auto local = readLocalChanges(a.medium(), "/nb");
    REQUIRE(local);
    CycleJob job(a.state(), a.store(), local.value(), kNow, [](const SyncState&) { return Status{}; });
    while (const TransportRequest* r = job.waiting()) {
        TransportAnswer answer = perform(server, *r);
        if (r->op == Op::put && r->path.find("/head") != std::string::npos) {
            answer = TransportAnswer{};
            answer.status = makeError("The server did not answer this browser.");
        }
        job.resume(std::move(answer));
    }
    REQUIRE(job.result);
    REQUIRE_FALSE(*job.result);
    CHECK(job.result->error().message == "The server did not answer this browser.");
    CHECK(a.state().outbox.size() == 1);  // sent again, byte for byte, next time
    auto again = a.sync(server);
    REQUIRE(again);
    CHECK(again.value().inSync);
    CHECK(a.state().outbox.empty());
    auto got = b.sync(server);
    REQUIRE(got);
    CHECK(got.value().applied == 1);
    CHECK(a.nb() == b.nb());
}
