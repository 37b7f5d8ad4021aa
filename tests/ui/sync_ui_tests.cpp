// Settings, Sync in the real app, against the real engine over an in-memory WebDAV folder (a fake
// runner: tests/ui/fake_sync_runner.h) and a second simulated device (tests/core/sync_test_util.h):
// the connect form's messages, the first sync, conflicts kept or taken, edits held during a cycle,
// offline edits that go once the server is back, and the setup code.
#include <sys/stat.h>

#include <map>

#include "tests/ui/app_fixture.h"  // first: Catch2, which the simulated device uses

#include "app/qr_code.h"
#include "app/screens/sync_section.h"
#include "app/sync_conflict_text.h"
#include "app/sync_setup_code.h"
#include "tests/core/sync_test_util.h"
#include "tests/ui/fake_sync_runner.h"

using namespace rapport;

namespace {

using sync::test::Device;

// The app with sync available (nothing set up yet) and a second device on the same folder.
struct SyncApp : test::AppOnFreshStore {
    test::FakeSyncServer server;
    Device other{2, 1'764'000'000'000};  // the app's clock (a clock a day apart would hold changes)

    SyncApp() {
        ImGui::GetIO().DisplaySize = ImVec2(1100.0f, 3200.0f);  // Settings with the Sync section fits unscrolled
        ui::SyncPlace place;
        place.medium = &medium;
        place.dir = dir;
        place.makeRunner = [this] {
            ++server.runnersMade;
            return std::make_unique<test::FakeSyncRunner>(server);
        };
        place.deviceName = "laptop";
        place.kdf = sync::test::fastKdf();
        app.setSync(std::move(place));
        REQUIRE(other.setup(server.folder));
        other.state().deviceName = "phone";
    }
    ui::SyncController& sync() {
        auto* section = dynamic_cast<ui::SyncSection*>(ui().sync());
        REQUIRE(section != nullptr);
        return section->controller();
    }
    void fill(const std::string& label, const std::string& text) {
        click(label);
        imgui.press(ImGuiKey_A, draw, true);  // select what is there, so typing replaces it
        imgui.type(text, draw);
        imgui.settle(draw, 1);
    }
    void connect(const std::string& passphrase, const std::string& password = "pw") {
        open(ui::Page::Settings);
        fill("Server folder (WebDAV URL)", "https://dav.example.org/rapport");
        fill("User name", "alex");
        fill("Password", password);
        fill("Sync passphrase", passphrase);
        click("Connect");
        imgui.settle(draw, 4);
    }
    // Pastes another device's setup code into the form, types the secrets, connects.
    void joinWith(const std::string& code) {
        open(ui::Page::Settings);
        click("Setup code from another device (optional)");
        imgui.type(code, draw);
        frames(2);
        fill("Password", "pw");
        fill("Sync passphrase", "correct horse");
        click("Connect");
        frames();
    }
    void frames(int n = 4) { imgui.settle(draw, n); }
};

std::string roleOf(const Notebook& nb, const std::string& name) {
    for (const auto& [id, p] : nb.peers()) {
        if (p.name == name) return p.role;
    }
    return "(no such peer)";
}

EntityId idOf(const Notebook& nb, const std::string& name) {
    for (const auto& [id, p] : nb.peers()) {
        if (p.name == name) return id;
    }
    return kNoId;
}

}  // namespace

TEST_CASE("sync: nothing of sync runs until the user connects; a wrong passphrase or password is named",
          "[ui][sync]") {
    SyncApp app;
    app.open(ui::Page::Settings);
    app.frames(10);
    CHECK(app.server.runnersMade == 0);  // no runner, so no network code, before sync is set up
    CHECK_FALSE(app.sync().isSetUp());
    CHECK(app.imgui.shows("Connect"));

    app.connect("not the passphrase");
    CHECK_FALSE(app.sync().isSetUp());
    CHECK(app.sync().connectError().find("passphrase") != std::string::npos);
    struct stat st {};
    CHECK(::stat((app.dir + "/sync-state.bin").c_str(), &st) != 0);  // nothing saved

    app.connect("correct horse", "wrong");
    CHECK_FALSE(app.sync().isSetUp());
    CHECK(app.sync().connectError().find("user name or password") != std::string::npos);

    // An idle app draws only on input or when asked: the outcome of a connect (here arriving between
    // frames) asks for the one frame that shows it, so "Connecting..." does not stay on screen.
    CHECK(app.sync().wakeAfterMs() < 0);
    app.sync().connect({"https://dav.example.org/rapport", "alex", "wrong"}, "correct horse", "", "");
    app.sync().tick(&app.ui());
    CHECK_FALSE(app.sync().connecting());
    CHECK(app.sync().wakeAfterMs() == 0);
    app.frames(1);
    CHECK(app.sync().wakeAfterMs() < 0);
}

TEST_CASE("sync: connecting saves the state user-only and the first sync brings the other device's notebook",
          "[ui][sync]") {
    SyncApp app;
    app.other.addPeer("Ana Lima");
    REQUIRE(app.other.sync(app.server.folder));

    app.connect("correct horse");
    REQUIRE(app.sync().isSetUp());
    app.frames();
    struct stat st {};
    REQUIRE(::stat((app.dir + "/sync-state.bin").c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    CHECK(test::peerNames(*app.app.notebookStore()) == std::vector<std::string>{"Ana Lima"});
    CHECK(app.sync().health() == ui::SyncHealth::Synced);
    CHECK(app.sync().statusText() == "Synced just now");
    CHECK(app.imgui.shows("Sync now"));
    CHECK(app.imgui.shows("Synced just now"));  // the status line, a link to Settings

    // What this device adds goes to the other a few seconds later, by itself.
    app.seedPeer("Ben Okafor");
    app.frames();
    const int before = app.server.cyclesStarted;
    app.clock.advanceMillis(ui::SyncController::kDebounceMillis);
    app.frames();
    CHECK(app.server.cyclesStarted == before + 1);
    REQUIRE(app.other.sync(app.server.folder));
    CHECK(idOf(app.other.nb(), "Ben Okafor") != kNoId);

    // A restart reads the saved state and syncs at once.
    app.app.setSync([&] {
        ui::SyncPlace place;
        place.medium = &app.medium;
        place.dir = app.dir;
        place.makeRunner = [&] { return std::make_unique<test::FakeSyncRunner>(app.server); };
        place.kdf = sync::test::fastKdf();
        return place;
    }());
    CHECK(app.sync().isSetUp());
    CHECK(app.sync().state()->deviceName == "laptop");
}

TEST_CASE("sync: the conflicts view keeps one value or takes the other, and the other device follows", "[ui][sync]") {
    SyncApp app;
    const EntityId onPhone = app.other.addPeer("Ana Lima");
    REQUIRE(app.other.sync(app.server.folder));
    app.connect("correct horse");
    REQUIRE(app.sync().isSetUp());
    REQUIRE(app.other.sync(app.server.folder));
    const EntityId id = idOf(app.notebook(), "Ana Lima");
    auto editHere = [&](auto change) {
        Peer edited = *app.notebook().findPeer(id);
        change(edited);
        app.seed(updateEntity(app.notebook(), edited, "Changed Ana"));
    };

    // Both devices change Ana's role before syncing again: "Use the other".
    editHere([](Peer& p) { p.role = "VP Sales"; });
    REQUIRE(app.other.setRole(onPhone, "Head of Sales"));
    REQUIRE(app.other.sync(app.server.folder));
    app.open(ui::Page::Settings);
    app.click("Sync now");
    app.frames();
    REQUIRE(app.sync().state()->merge.inbox.size() == 1);
    CHECK(app.sync().health() == ui::SyncHealth::NeedsAttention);
    const ui::ConflictText text = ui::describeConflict(*app.sync().state(), app.sync().state()->merge.inbox[0]);
    CHECK(text.record == "Ana Lima (peer)");
    CHECK(text.field == "role");
    const std::string kept = roleOf(app.notebook(), "Ana Lima");
    const std::string other = kept == "VP Sales" ? "Head of Sales" : "VP Sales";
    CHECK(text.kept == "\"" + kept + "\"");
    CHECK(text.other == "\"" + other + "\"");
    CHECK((text.keptBy == "this device" ? text.otherBy == "\"phone\"" : text.keptBy == "\"phone\""));
    app.click("Use the other");
    app.frames();
    CHECK(roleOf(app.notebook(), "Ana Lima") == other);
    CHECK(app.sync().state()->merge.inbox.empty());
    app.click("Sync now");
    app.frames();
    REQUIRE(app.other.sync(app.server.folder));
    CHECK(app.other.nb().findPeer(onPhone)->role == other);
    CHECK(app.other.state().merge.inbox.empty());  // the edit knew both values: settled there too

    // Both change the team: "Keep this" leaves the notebook as it is and empties the inbox.
    editHere([](Peer& p) { p.team = "Sales"; });
    REQUIRE(app.other.setTeam(onPhone, "Revenue"));
    REQUIRE(app.other.sync(app.server.folder));
    app.click("Sync now");
    app.frames();
    REQUIRE(app.sync().state()->merge.inbox.size() == 1);
    const std::string keptTeam = app.notebook().findPeer(id)->team;
    app.click("Keep this");
    app.frames();
    CHECK(app.sync().state()->merge.inbox.empty());
    CHECK(app.notebook().findPeer(id)->team == keptTeam);
    CHECK(app.sync().health() == ui::SyncHealth::Synced);
}

TEST_CASE("sync: edits wait while a cycle runs, offline edits go once the server is back", "[ui][sync]") {
    SyncApp app;
    app.connect("correct horse");
    REQUIRE(app.sync().isSetUp());

    // A cycle that has not ended: an edit is held (the engine must see a still notebook), "Sync now"
    // starts nothing more, and the edit is saved once the cycle ends.
    app.server.paused = true;
    app.click("Sync now");
    REQUIRE(app.sync().running());
    const int started = app.server.cyclesStarted;
    app.seedPeer("Cleo Park");
    app.frames();
    CHECK(idOf(app.notebook(), "Cleo Park") == kNoId);
    CHECK(app.ui().holdingChanges());
    CHECK(app.sync().statusText() == "Syncing... your change is saved when it ends");
    app.sync().syncNow();
    app.frames();
    CHECK(app.server.cyclesStarted == started);
    app.server.paused = false;
    app.frames();
    CHECK(idOf(app.notebook(), "Cleo Park") != kNoId);
    CHECK_FALSE(app.sync().running());

    // The server goes away: the status says offline, the edit waits, and goes when it is back.
    app.server.folder.fault = [](const std::string&, const std::string&) -> Status {
        return makeError("The server https://dav.example.org/rapport cannot be reached (refused); check the URL and the network, then try again.");
    };
    app.seedPeer("Dev Shah");
    app.frames();
    app.clock.advanceMillis(ui::SyncController::kDebounceMillis);
    app.frames();
    CHECK(app.sync().health() == ui::SyncHealth::Offline);
    CHECK(app.sync().statusText() == "Offline: changes wait and sync when the server is back");
    CHECK(app.sync().problem().empty());  // offline is no problem to fix
    app.server.folder.fault = nullptr;
    app.clock.advanceMillis(ui::SyncController::kRetryMillis);
    app.frames();
    CHECK(app.sync().health() == ui::SyncHealth::Synced);
    REQUIRE(app.other.sync(app.server.folder));
    CHECK(idOf(app.other.nb(), "Cleo Park") != kNoId);
    CHECK(idOf(app.other.nb(), "Dev Shah") != kNoId);
}

TEST_CASE("sync: the setup code joins a second device to the same vault; a broken code is named", "[ui][sync]") {
    std::string code, vaultId;
    std::map<std::string, std::string> files;
    {
        SyncApp first;
        first.connect("correct horse");
        REQUIRE(first.sync().isSetUp());
        code = first.sync().setupCode();
        vaultId = first.sync().state()->vaultId;
        files = first.server.folder.files();
        CHECK(first.imgui.shows("Copy setup code"));
    }
    CHECK(code.find("correct horse") == std::string::npos);
    CHECK(code.find("pw") == std::string::npos);
    std::string wrapped = code;  // as a chat would wrap it
    wrapped.replace(wrapped.find(" url="), 1, "\r\n");
    auto decoded = ui::decodeSetupCode("  " + wrapped + "\n");
    REQUIRE(decoded);
    CHECK(decoded.value().url == "https://dav.example.org/rapport");
    CHECK(decoded.value().user == "alex");
    CHECK(decoded.value().vaultId == vaultId);
    CHECK(ui::makeQrCode(code).size >= 21);

    CHECK(ui::decodeSetupCode("hello").error().message.find("not a Rapport setup code") != std::string::npos);
    CHECK_FALSE(ui::decodeSetupCode("rapport-sync/1 vault=12ab user= url=https://x"));
    auto spaced = ui::decodeSetupCode(ui::encodeSetupCode({"https://h/dav/my notes", "Alex Morgan", std::string(32, 'a')}));
    REQUIRE(spaced);
    CHECK(spaced.value().url == "https://h/dav/my notes");
    CHECK(spaced.value().user == "Alex Morgan");

    // Another install pastes the code: the form fills in, and the vault it joins must be that one.
    {
        SyncApp second;
        second.server.folder.files() = files;
        second.joinWith(code);
        INFO(second.sync().connectError());
        REQUIRE(second.sync().isSetUp());
        CHECK(second.sync().state()->vaultId == vaultId);
        CHECK(second.sync().state()->url == "https://dav.example.org/rapport");
        CHECK(second.sync().state()->user == "alex");
    }

    // A code for another vault than the folder's is refused, and nothing is saved.
    SyncApp third;
    third.joinWith(code);  // its folder holds its `other`'s vault, not this code's
    CHECK_FALSE(third.sync().isSetUp());
    CHECK(third.sync().connectError().find("another vault than the setup code") != std::string::npos);
}

TEST_CASE("sync: an app without sync says why in Settings", "[ui][sync]") {
    test::AppOnFreshStore plain;
    CHECK(plain.ui().sync() == nullptr);
    CHECK(plain.ui().whyNoSync() == "This build of Rapport does not sync across devices.");
    plain.app.explainNoSync("Sync is off in the sample notebook: nothing of it is kept.");
    CHECK(plain.ui().whyNoSync() == "Sync is off in the sample notebook: nothing of it is kept.");
}
