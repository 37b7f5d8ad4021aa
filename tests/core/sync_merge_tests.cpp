// Sync between simulated devices: edits travel both ways, concurrent edits of one field land in the
// conflict inbox, clock skew and future timestamps, explicit deletes, retries.
#include <catch2/catch.hpp>

#include "core/sync/engine.h"
#include "sync_test_util.h"

using namespace rapport;
using namespace rapport::sync;
using rapport::sync::test::Device;
using rapport::sync::test::kNow;
using rapport::sync::test::TwoDevices;

namespace {

using test::syncOk;

// A peer added on a and synced to b.
EntityId sharedPeer(TwoDevices& pair) {
    const EntityId id = pair.a.addPeer("Maria Chen");
    syncOk(pair.a, pair.server);
    syncOk(pair.b, pair.server);
    return id;
}

}  // namespace

TEST_CASE("an edit made on one device appears on the other after both sync", "[sync]") {
    TwoDevices pair;
    auto& [server, a, b] = pair;
    const EntityId maria = sharedPeer(pair);
    REQUIRE(b.nb().findPeer(maria));
    CHECK(b.nb().findPeer(maria)->name == "Maria Chen");

    b.clock().advanceMillis(1000);
    REQUIRE(b.setRole(maria, "VP Sales"));
    syncOk(b, server);
    syncOk(a, server);
    CHECK(a.nb().findPeer(maria)->role == "VP Sales");
    CHECK(a.nb() == b.nb());
    // Nothing was echoed back: a second round sends and applies nothing.
    auto again = a.sync(server);
    REQUIRE(again);
    CHECK(again.value().sent == 0);
    CHECK(again.value().applied == 0);
    CHECK(again.value().inSync);
}

TEST_CASE("edits of different fields made offline on two devices both land", "[sync]") {
    TwoDevices pair;
    auto& [server, a, b] = pair;
    const EntityId maria = sharedPeer(pair);
    REQUIRE(a.setRole(maria, "VP Sales"));
    REQUIRE(b.setTeam(maria, "EMEA"));
    syncOk(a, server);
    syncOk(b, server);
    syncOk(a, server);
    CHECK(a.nb() == b.nb());
    CHECK(a.nb().findPeer(maria)->role == "VP Sales");
    CHECK(a.nb().findPeer(maria)->team == "EMEA");
    CHECK(a.state().merge.inbox.empty());
    CHECK(b.state().merge.inbox.empty());
}

TEST_CASE("the same field edited offline on two devices goes to the conflict inbox on both", "[sync]") {
    TwoDevices pair;
    auto& [server, a, b] = pair;
    const EntityId maria = sharedPeer(pair);
    REQUIRE(a.setRole(maria, "VP Sales"));
    b.clock().advanceMillis(60'000);  // b's edit is the later one
    REQUIRE(b.setRole(maria, "CFO"));
    syncOk(a, server);
    syncOk(b, server);
    syncOk(a, server);
    // Both keep the later write, and both show the one that lost.
    CHECK(a.nb() == b.nb());
    CHECK(a.nb().findPeer(maria)->role == "CFO");
    REQUIRE(a.state().merge.inbox.size() == 1);
    REQUIRE(b.state().merge.inbox.size() == 1);
    CHECK(std::get<Peer>(a.state().merge.inbox[0].other).role == "VP Sales");
    CHECK(std::get<Peer>(b.state().merge.inbox[0].other).role == "VP Sales");

    // The user picks the other value on a: a new edit that knows both, which settles b's inbox too.
    auto cmd = takeOtherValue(a.state(), a.nb(), 0);
    REQUIRE(cmd);
    a.clock().advanceMillis(120'000);
    REQUIRE(a.store().execute(cmd.value()));
    syncOk(a, server);
    syncOk(b, server);
    CHECK(b.nb().findPeer(maria)->role == "VP Sales");
    CHECK(a.nb() == b.nb());
    CHECK(a.state().merge.inbox.empty());
    CHECK(b.state().merge.inbox.empty());
}

TEST_CASE("the same value typed on two devices is no conflict", "[sync]") {
    TwoDevices pair;
    auto& [server, a, b] = pair;
    const EntityId maria = sharedPeer(pair);
    REQUIRE(a.setRole(maria, "CFO"));
    REQUIRE(b.setRole(maria, "CFO"));
    syncOk(a, server);
    syncOk(b, server);
    syncOk(a, server);
    CHECK(a.state().merge.inbox.empty());
    CHECK(b.state().merge.inbox.empty());
}

TEST_CASE("a device whose clock is an hour behind still wins with an edit made after seeing the other", "[sync]") {
    MemoryTransport server;
    Device a(1, kNow), b(2, kNow - 3'600'000);
    REQUIRE(a.setup(server));
    REQUIRE(b.setup(server));
    const EntityId maria = a.addPeer("Maria Chen");
    REQUIRE(a.setRole(maria, "VP Sales"));
    syncOk(a, server);
    auto pulled = b.sync(server);
    REQUIRE(pulled);
    REQUIRE(pulled.value().warnings.size() == 1);
    CHECK(pulled.value().warnings.front().find("60 minutes ahead") != std::string::npos);
    REQUIRE(b.setRole(maria, "CFO"));  // later in fact, earlier by b's wall clock
    REQUIRE(b.sync(server));
    syncOk(a, server);
    CHECK(a.nb().findPeer(maria)->role == "CFO");
    CHECK(a.nb() == b.nb());
    CHECK(a.state().merge.inbox.empty());
}

TEST_CASE("changes stamped minutes ahead warn; a day ahead they are held until the clock catches up", "[sync]") {
    MemoryTransport server;
    Device a(1, kNow), ahead(2, kNow + 10 * 60'000), far(3, kNow + 3 * 86'400'000LL);
    REQUIRE(a.setup(server));
    REQUIRE(ahead.setup(server));
    REQUIRE(far.setup(server));
    const EntityId p1 = ahead.addPeer("Ahead Ann");
    const EntityId p2 = far.addPeer("Future Fred");
    syncOk(ahead, server);
    syncOk(far, server);
    auto r = a.sync(server);
    REQUIRE(r);
    CHECK(a.nb().findPeer(p1));   // applied, with a warning
    CHECK_FALSE(a.nb().findPeer(p2));  // held
    REQUIRE(r.value().warnings.size() == 2);
    CHECK_FALSE(r.value().inSync);
    CHECK(a.state().held.size() == 1);
    // Held records survive a restart and apply once the clock is there; the sync never failed.
    a.restart();
    a.clock().advanceMillis(3 * 86'400'000LL);
    auto later = a.sync(server);
    REQUIRE(later);
    CHECK(a.nb().findPeer(p2));
    CHECK(a.state().held.empty());
}

TEST_CASE("deletes are explicit: a deleted peer goes everywhere, a vanished server file deletes nothing", "[sync]") {
    TwoDevices pair;
    auto& [server, a, b] = pair;
    const EntityId maria = a.addPeer("Maria Chen");
    const EntityId dev = a.addPeer("Dev Patel");
    syncOk(a, server);
    syncOk(b, server);
    REQUIRE(a.remove(maria));
    syncOk(a, server);
    syncOk(b, server);
    CHECK_FALSE(b.nb().findPeer(maria));
    CHECK(b.nb().findPeer(dev));

    // The device folder of a vanishes from the server: b keeps every note.
    for (auto it = server.files().begin(); it != server.files().end();) {
        it = it->first.rfind(deviceDir(1), 0) == 0 ? server.files().erase(it) : std::next(it);
    }
    syncOk(b, server);
    CHECK(b.nb().findPeer(dev));
    // The whole folder emptied (a changed URL): the sync stops with a message and changes nothing.
    server.files().clear();
    auto r = b.sync(server);
    REQUIRE_FALSE(r);
    CHECK(r.error().message.find("no vault file") != std::string::npos);
    CHECK(b.nb().findPeer(dev));
}

TEST_CASE("an edit and a concurrent delete: the delete wins and the edit waits in the inbox", "[sync]") {
    TwoDevices pair;
    auto& [server, a, b] = pair;
    const EntityId maria = sharedPeer(pair);
    REQUIRE(a.setRole(maria, "VP Sales"));
    b.clock().advanceMillis(1000);
    REQUIRE(b.remove(maria));
    syncOk(a, server);
    syncOk(b, server);
    syncOk(a, server);
    CHECK_FALSE(a.nb().findPeer(maria));
    CHECK(a.nb() == b.nb());
    REQUIRE(a.state().merge.inbox.size() == 1);
    CHECK(a.state().merge.inbox[0].deleted);
    // Bringing it back is an ordinary create, and it returns with the edit.
    auto cmd = takeOtherValue(a.state(), a.nb(), 0);
    REQUIRE(cmd);
    a.clock().advanceMillis(5000);
    REQUIRE(a.store().execute(cmd.value()));
    syncOk(a, server);
    syncOk(b, server);
    REQUIRE(b.nb().findPeer(maria));
    CHECK(b.nb().findPeer(maria)->role == "VP Sales");
    CHECK(a.nb() == b.nb());
}

TEST_CASE("an undone delete comes back on the other device", "[sync]") {
    TwoDevices pair;
    auto& [server, a, b] = pair;
    const EntityId maria = a.addPeer("Maria Chen");
    REQUIRE(a.remove(maria));
    syncOk(a, server);
    syncOk(b, server);
    CHECK_FALSE(b.nb().findPeer(maria));
    REQUIRE(a.store().undo());
    syncOk(a, server);
    syncOk(b, server);
    CHECK(b.nb().findPeer(maria));
    CHECK(a.nb() == b.nb());
}

TEST_CASE("an answer lost after the server stored the upload: the retry sends the same bytes, nothing twice", "[sync]") {
    TwoDevices pair;
    auto& [server, a, b] = pair;
    const EntityId maria = a.addPeer("Maria Chen");
    std::string firstUpload;
    server.afterStore = [&](const std::string& path) {
        if (path.find("/seg-1") != std::string::npos && firstUpload.empty()) {
            firstUpload = pair.server.files()[path];  // clang: no structured binding in a lambda
            return true;
        }
        return false;
    };
    auto failed = a.sync(server);
    REQUIRE_FALSE(failed);
    a.restart();  // even across a restart
    syncOk(a, server);
    CHECK(server.files()[deviceDir(1) + "/seg-1"] == firstUpload);
    CHECK(server.files().count(deviceDir(1) + "/seg-2") == 0);
    syncOk(b, server);
    CHECK(b.nb().findPeer(maria));
    CHECK(b.nb().size() == a.nb().size());
}

TEST_CASE("a server down mid-cycle loses nothing: the offline edits go once it is back", "[sync]") {
    TwoDevices pair;
    auto& [server, a, b] = pair;
    bool down = true;
    server.fault = [&](const std::string& op, const std::string&) -> Status {
        if (down && op == "PUT") return makeError("The server did not answer.");
        return {};
    };
    const EntityId p1 = a.addPeer("Offline One");
    REQUIRE_FALSE(a.sync(server));
    const EntityId p2 = a.addPeer("Offline Two");
    REQUIRE_FALSE(a.sync(server));
    down = false;
    syncOk(a, server);
    syncOk(b, server);
    CHECK(b.nb().findPeer(p1));
    CHECK(b.nb().findPeer(p2));
}

TEST_CASE("the sync state file round-trips and refuses damage with a message", "[sync]") {
    TwoDevices pair;
    auto& [server, a, b] = pair;
    const EntityId maria = a.addPeer("Maria Chen");
    REQUIRE(a.setRole(maria, "VP"));
    REQUIRE(b.setRole(b.addPeer("Other"), "CFO"));
    syncOk(a, server);
    syncOk(b, server);
    const std::string bytes = encodeSyncState(b.state());
    auto back = decodeSyncState(bytes);
    REQUIRE(back);
    CHECK(encodeSyncState(back.value()) == bytes);
    for (size_t cut = 0; cut < bytes.size(); cut += 7) {
        CHECK_FALSE(decodeSyncState(bytes.substr(0, cut)));
    }
}

TEST_CASE("a compaction after receiving sends nothing back; one after unsent edits sends the whole notebook", "[sync]") {
    TwoDevices pair;
    auto& [server, a, b] = pair;
    const EntityId maria = sharedPeer(pair);
    REQUIRE(b.store().compact());
    auto quiet = b.sync(server);
    REQUIRE(quiet);
    CHECK(quiet.value().sent == 0);
    CHECK(quiet.value().inSync);

    // Edits folded into a snapshot before they were sent still go (as the whole notebook).
    REQUIRE(b.setRole(maria, "CFO"));
    REQUIRE(b.store().compact());
    syncOk(b, server);
    syncOk(a, server);
    CHECK(a.nb().findPeer(maria)->role == "CFO");
    CHECK(a.nb() == b.nb());
}

TEST_CASE("settings made separately on two devices become one: fields merge, nothing is refused", "[sync]") {
    TwoDevices pair;
    auto& [server, a, b] = pair;
    IdSource ids(7);
    Settings sa = a.nb().settings();
    sa.myName = "Alex";
    REQUIRE(a.store().execute(saveSettings(a.nb(), ids, sa).value()));
    b.clock().advanceMillis(1000);
    Settings sb = b.nb().settings();
    sb.weeklyBudgetMinutes = 300;
    REQUIRE(b.store().execute(saveSettings(b.nb(), ids, sb).value()));
    const EntityId bSettingsId = b.nb().settings().id;
    REQUIRE(bSettingsId != a.nb().settings().id);
    syncOk(a, server);
    syncOk(b, server);
    syncOk(a, server);
    // One settings entity each (their own ids), with the same values; b's id is kept on b.
    CHECK(b.nb().settings().id == bSettingsId);
    Settings onA = a.nb().settings(), onB = b.nb().settings();
    onA.id = onB.id;
    CHECK(onA == onB);
    CHECK(onB.weeklyBudgetMinutes == 300);
    // Later edits travel field by field.
    Settings again = a.nb().settings();
    again.myName = "Alex Kim";
    a.clock().advanceMillis(5000);
    REQUIRE(a.store().execute(saveSettings(a.nb(), ids, again).value()));
    syncOk(a, server);
    syncOk(b, server);
    CHECK(b.nb().settings().myName == "Alex Kim");
    CHECK(b.nb().settings().weeklyBudgetMinutes == 300);
}

TEST_CASE("a first sync larger than one store record is applied whole, in one group", "[sync]") {
    TwoDevices pair;
    auto& [server, a, b] = pair;
    // 3,000 peers with long notes: well over the store's 1 MiB record limit in one command.
    std::vector<Command> parts(10);
    IdSource ids(11);
    for (int i = 0; i < 3000; ++i) {
        Peer p;
        p.id = ids.next();
        p.name = "Peer " + std::to_string(i);
        p.notes = std::string(400, 'n');
        parts[static_cast<size_t>(i / 300)].changes.push_back(EntityChange{std::nullopt, p});
    }
    REQUIRE(a.store().executeAll(parts));
    syncOk(a, server);
    const uint64_t recordsBefore = b.store().stats().records;
    syncOk(b, server);
    CHECK(b.nb().peers().size() == 3000);
    CHECK(a.nb() == b.nb());
    // A few group records, not one per peer.
    CHECK(b.store().stats().records - recordsBefore < 20);
}
