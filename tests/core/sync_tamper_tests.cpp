// What the server (or anyone with access to it) can do to the files, and what a device makes of it:
// a wrong passphrase, flipped bytes, swapped, truncated, missing or rolled-back files are reported
// and never applied; the notebook stays as it was.
#include <catch2/catch.hpp>

#include <algorithm>

#include "core/sync/crypto.h"
#include "core/sync/engine.h"
#include "core/sync/wire.h"
#include "sync_test_util.h"

using namespace rapport;
using namespace rapport::sync;
using rapport::sync::test::Device;
using rapport::sync::test::kNow;

namespace {

struct Pair : test::TwoDevices {
    std::string seg(uint64_t device, int n) { return deviceDir(device) + "/seg-" + std::to_string(n); }
};

// b syncs; the report must carry one warning containing `words`, and b's notebook must not change.
void expectRefused(Pair& p, const std::string& words) {
    const Notebook before = p.b.nb();
    auto r = p.b.sync(p.server);
    REQUIRE(r);
    REQUIRE_FALSE(r.value().warnings.empty());
    INFO(r.value().warnings.front());
    CHECK(r.value().warnings.front().find(words) != std::string::npos);
    CHECK_FALSE(r.value().inSync);
    CHECK(p.b.nb() == before);
}

}  // namespace

TEST_CASE("a wrong passphrase is refused at setup, with no file written", "[sync][tamper]") {
    MemoryTransport server;
    Device a(1, kNow), b(2, kNow);
    REQUIRE(a.setup(server, "the right one"));
    const auto files = server.files();
    Status s = b.setup(server, "the wrong one");
    REQUIRE_FALSE(s);
    CHECK(s.error().message.find("passphrase is wrong") != std::string::npos);
    CHECK(server.files() == files);
}

TEST_CASE("setup names a missing folder and refuses a folder with device files but no vault", "[sync][tamper]") {
    MemoryTransport server;
    Device a(1, kNow);
    REQUIRE(server.remove(""));
    Status s = a.setup(server);
    REQUIRE_FALSE(s);
    CHECK(s.error().message.find("does not exist") != std::string::npos);
    MemoryTransport other;
    REQUIRE(other.mkcol("devices"));
    s = a.setup(other);
    REQUIRE_FALSE(s);
    CHECK(s.error().message.find("no vault file") != std::string::npos);
}

TEST_CASE("the vault key sealed in one vault does not open with another's associated data", "[sync][tamper]") {
    auto v = createVault("pass", test::fastKdf());
    REQUIRE(v);
    const std::string sealed = seal(v.value().second, "ad-1", "secret");
    CHECK(unseal(v.value().second, "ad-1", sealed, "file").value() == "secret");
    CHECK_FALSE(unseal(v.value().second, "ad-2", sealed, "file"));
    auto decoded = decodeVault(encodeVault(v.value().first));
    REQUIRE(decoded);
    CHECK(unlockVault(decoded.value(), "pass"));
    CHECK_FALSE(unlockVault(decoded.value(), "Pass"));
    // A vault file claiming absurd KDF costs is refused before any work.
    Vault heavy = v.value().first;
    heavy.kdf.memLimitBytes = 1ull << 40;
    CHECK_FALSE(decodeVault(encodeVault(heavy)));
    for (size_t cut = 0; cut < encodeVault(v.value().first).size(); ++cut) {
        CHECK_FALSE(decodeVault(encodeVault(v.value().first).substr(0, cut)));
    }
}

TEST_CASE("a flipped byte in a batch is reported and nothing of it applied", "[sync][tamper]") {
    Pair p;
    p.a.addPeer("Maria Chen");
    REQUIRE(p.a.sync(p.server));
    std::string& bytes = p.server.files()[p.seg(1, 1)];
    bytes[bytes.size() / 2] ^= 0x01;
    expectRefused(p, "changed, cut or moved");
}

TEST_CASE("a truncated batch is reported", "[sync][tamper]") {
    Pair p;
    p.a.addPeer("Maria Chen");
    REQUIRE(p.a.sync(p.server));
    std::string& bytes = p.server.files()[p.seg(1, 1)];
    bytes.resize(bytes.size() - 10);
    expectRefused(p, "changed, cut or moved");
}

TEST_CASE("batches swapped between devices or positions are reported", "[sync][tamper]") {
    Pair p;
    Device c(3, kNow);
    REQUIRE(c.setup(p.server));
    p.a.addPeer("From A");
    REQUIRE(p.a.sync(p.server));
    c.addPeer("From C");
    REQUIRE(c.sync(p.server));
    p.a.addPeer("From A again");
    REQUIRE(p.a.sync(p.server));
    SECTION("another device's batch put in place") {
        p.server.files()[p.seg(1, 1)] = p.server.files()[p.seg(3, 1)];
    }
    SECTION("two batches of one device exchanged") {
        std::swap(p.server.files()[p.seg(1, 1)], p.server.files()[p.seg(1, 2)]);
    }
    // c's own batch still applies; nothing of a's does, and the report says why.
    auto r = p.b.sync(p.server);
    REQUIRE(r);
    REQUIRE(r.value().warnings.size() == 1);
    CHECK(r.value().warnings.front().find("changed, cut or moved") != std::string::npos);
    REQUIRE(p.b.nb().size() == 1);
    CHECK(p.b.nb().peers().begin()->second.name == "From C");
}

TEST_CASE("a missing middle batch stops that device's changes there", "[sync][tamper]") {
    Pair p;
    p.a.addPeer("One");
    REQUIRE(p.a.sync(p.server));
    p.a.addPeer("Two");
    REQUIRE(p.a.sync(p.server));
    p.server.files().erase(p.seg(1, 1));
    expectRefused(p, "missing");
}

TEST_CASE("an old head served again is a rollback: reported, already applied changes kept", "[sync][tamper]") {
    Pair p;
    p.a.addPeer("One");
    REQUIRE(p.a.sync(p.server));
    const std::string oldHead = p.server.files()[deviceDir(1) + "/head"];
    p.a.addPeer("Two");
    REQUIRE(p.a.sync(p.server));
    REQUIRE(p.b.sync(p.server));
    REQUIRE(p.b.nb().size() == 2);
    p.server.files()[deviceDir(1) + "/head"] = oldHead;
    expectRefused(p, "rolled back");
    CHECK(p.b.nb().size() == 2);
}

TEST_CASE("a head moved from another device is refused", "[sync][tamper]") {
    Pair p;
    p.a.addPeer("One");
    REQUIRE(p.a.sync(p.server));
    p.b.addPeer("Two");
    REQUIRE(p.b.sync(p.server));
    Device c(3, kNow);
    REQUIRE(c.setup(p.server));
    p.server.files()[deviceDir(1) + "/head"] = p.server.files()[deviceDir(2) + "/head"];
    auto r = c.sync(p.server);
    REQUIRE(r);
    REQUIRE_FALSE(r.value().warnings.empty());
    CHECK(r.value().warnings.front().find("changed, cut or moved") != std::string::npos);
}

TEST_CASE("a replaced vault stops the sync with a message", "[sync][tamper]") {
    Pair p;
    p.a.addPeer("One");
    REQUIRE(p.a.sync(p.server));
    MemoryTransport fresh;
    Device other(9, kNow);
    REQUIRE(other.setup(fresh));
    p.server.files()["vault"] = fresh.files()["vault"];
    const Notebook before = p.b.nb();
    auto r = p.b.sync(p.server);
    REQUIRE_FALSE(r);
    CHECK(r.error().message.find("different vault") != std::string::npos);
    CHECK(p.b.nb() == before);
}

TEST_CASE("a copied data folder (cloned device id) stops sending instead of forking the chain", "[sync][tamper]") {
    Pair p;
    p.a.addPeer("One");
    const SyncState before = p.a.state();
    REQUIRE(p.a.sync(p.server));
    p.a.addPeer("Two");
    REQUIRE(p.a.sync(p.server));
    // A second install with a's old state (a copy of its data folder from before the last syncs).
    SyncState clone = before;
    auto local = readLocalChanges(p.a.medium(), "/nb");
    REQUIRE(local);
    auto r = syncOnce(clone, p.server, p.a.store(), local.value(), kNow, [](const SyncState&) { return Status{}; });
    REQUIRE(r);
    REQUIRE_FALSE(r.value().warnings.empty());
    CHECK(r.value().warnings.front().find("Another Rapport install") != std::string::npos);
    CHECK(p.server.files().count(deviceDir(1) + "/seg-3") == 0);
}

TEST_CASE("Disconnect, then Connect again on the same notebook: this device's chain goes on, no copy warning", "[sync][tamper]") {
    test::TwoDevices p;
    p.a.addPeer("One");
    test::syncOk(p.a, p.server);
    p.a.addPeer("Two");
    test::syncOk(p.a, p.server);
    // Disconnect forgets the sync state; Connect sets up again on the same folder and notebook.
    p.a.state() = SyncState{};
    REQUIRE(p.a.setup(p.server));
    CHECK(p.a.state().nextBatch == 3);  // after its two batches on the server
    p.a.addPeer("Three");
    test::syncOk(p.a, p.server);
    CHECK(p.server.files().count(deviceDir(1) + "/seg-3") == 1);
    test::syncOk(p.b, p.server);
    std::vector<std::string> names;
    for (const auto& [id, peer] : p.b.nb().peers()) names.push_back(peer.name);
    std::sort(names.begin(), names.end());
    CHECK(names == std::vector<std::string>{"One", "Three", "Two"});
    // And on: a's next edit reaches b too, each peer once.
    p.a.addPeer("Four");
    test::syncOk(p.a, p.server);
    test::syncOk(p.b, p.server);
    CHECK(p.b.nb().peers().size() == 4);
}
