// Golden stores: tests/data/store/v<N> was written by format N and must open forever (the migration
// suite). The hidden generator below wrote v2; run it only to add a NEW version folder (change
// kGoldenNew to v3...), never to rewrite an existing one:  core_tests "[.golden-generate]"
#include <catch2/catch.hpp>

#include "core/model/commands.h"
#include "core/store/notebook_store.h"
#include "tests/core/store_test_util.h"
#include "tests/core/test_support.h"

using namespace rapport;
using namespace rapport::store;
using rapport::store::test::TempDir;

namespace {

const std::string kGoldenV1 = std::string(RAPPORT_TEST_DATA_DIR) + "/store/v1";
const std::string kGoldenV2 = std::string(RAPPORT_TEST_DATA_DIR) + "/store/v2";
const std::string kGoldenNew = kGoldenV2;  // where the generator writes
// Every format-1 store kept (a new format-1 folder goes here too).
const std::vector<std::string> kFormat1Stores = {kGoldenV1};

FixedClock goldenClock() { return FixedClock(1'767'225'600'000, CivilDate::fromDayNumber(20'454)); }

StoreOptions goldenOptions() {
    StoreOptions o;
    o.log.newDeviceId = 0x52415050'4F525431ull;
    return o;
}

// What the golden stores hold (written down by hand from the generator, not recomputed; v1 and v2 were
// written by the same edits).
void checkGoldenV1(const NotebookStore& store) {
    CHECK(store.notebook().size() == 17);
    REQUIRE(store.notebook().findPeer(11) != nullptr);
    CHECK(store.notebook().findPeer(11)->name == "Maria Chen-Lopez");
    CHECK(store.notebook().findPeer(11)->trustHistory.size() == 2);
    REQUIRE(store.notebook().findPeer(12) != nullptr);
    CHECK(store.notebook().findPeer(12)->name == "Omar Haddad");
    CHECK(store.notebook().peers().size() == 3);
    CHECK(store.undoLabel() == "Add peer Ana Lima");
    CHECK(store.redoLabel() == "Rename Omar Haddad to Omar H.");
    CHECK(store.stats().deviceId == 0x52415050'4F525431ull);
    CHECK(store.stats().snapshotBytes > 0);
    CHECK(store.stats().records == 4);
}

}  // namespace

namespace {

// A golden folder opens read-only in place (unchanged) and read-write on a copy, and stays writable.
void checkGoldenOpens(const std::string& golden, uint32_t formatVersion) {
    const auto original = store::test::readFolder(golden);
    REQUIRE(original.count("MANIFEST") == 1);
    CHECK(decodeManifest(original.at("MANIFEST"), "MANIFEST").value().formatVersion == formatVersion);
    const FixedClock clock = goldenClock();
    PosixMedium medium;
    {
        auto ro = NotebookStore::openReadOnly(medium, golden, clock, goldenOptions());
        REQUIRE(ro);
        CHECK(ro.value()->warning().empty());
        checkGoldenV1(*ro.value());
    }
    TempDir tmp;
    store::test::writeFolder(tmp.sub("copy"), original);
    auto rw = NotebookStore::open(medium, tmp.sub("copy"), clock, goldenOptions());
    REQUIRE(rw);
    checkGoldenV1(*rw.value());
    REQUIRE(rw.value()->redo());  // and it stays writable
    CHECK(rw.value()->notebook().findPeer(12)->name == "Omar H.");
    CHECK(store::test::readFolder(golden) == original);
}

}  // namespace

TEST_CASE("golden store v1 opens, read-write on a copy and read-only in place", "[store][golden]") {
    checkGoldenOpens(kGoldenV1, 1);
}

TEST_CASE("golden store v2 opens, read-write on a copy and read-only in place", "[store][golden]") {
    checkGoldenOpens(kGoldenV2, 2);
}

TEST_CASE("migration: every format-1 store keeps all its data and becomes format 2 at its first read-write open",
          "[store][golden]") {
    const FixedClock clock = goldenClock();
    PosixMedium medium;
    for (const std::string& v1 : kFormat1Stores) {
        const auto original = store::test::readFolder(v1);
        INFO(v1);
        REQUIRE(decodeManifest(original.at("MANIFEST"), "MANIFEST").value().formatVersion == 1);
        TempDir tmp;
        const std::string dir = tmp.sub("copy");
        store::test::writeFolder(dir, original);
        {
            // Read-only opens never upgrade.
            auto ro = NotebookStore::openReadOnly(medium, dir, clock, goldenOptions());
            REQUIRE(ro);
            CHECK(store::test::readFolder(dir) == original);
        }
        Notebook before;
        {
            auto rw = NotebookStore::open(medium, dir, clock, goldenOptions());
            REQUIRE(rw);
            before = rw.value()->notebook();
            checkGoldenV1(*rw.value());
            const auto upgraded = store::test::readFolder(dir);
            const Manifest m = decodeManifest(upgraded.at("MANIFEST"), "MANIFEST").value();
            CHECK(m.formatVersion == 2);
            CHECK(m.minReaderVersion == 2);
            for (const auto& [name, bytes] : original) {
                if (name != "MANIFEST" && name != "LOCK") CHECK(upgraded.at(name) == bytes);  // data files as they were
            }
            // Format-2 writes after format-1 records, a group and a compaction included.
            IdSource ids(99);
            std::vector<Command> group{addPeer(rw.value()->notebook(), ids, "Group One").value(),
                                       addPeer(rw.value()->notebook(), ids, "Group Two").value()};
            REQUIRE(rw.value()->executeAll(group));
            REQUIRE(rw.value()->compact());
            REQUIRE(rw.value()->undo());
            before = rw.value()->notebook();
        }
        auto again = NotebookStore::open(medium, dir, clock, goldenOptions());
        REQUIRE(again);
        CHECK(again.value()->notebook() == before);
        CHECK(again.value()->notebook().size() == 18);  // the 17 of v1 and "Group One"
        CHECK(again.value()->damage().empty());
    }
}

TEST_CASE("byte-flip sweep over the golden v2 MANIFEST and snapshot: read-only open recovers every entry",
          "[store][golden][sweep]") {
    const auto original = store::test::readFolder(kGoldenV2);
    const FixedClock clock = goldenClock();
    PosixMedium medium;
    TempDir tmp;
    const std::string dir = tmp.sub("flip");
    store::test::writeFolder(dir, original);
    const Notebook whole = NotebookStore::openReadOnly(medium, dir, clock, goldenOptions()).value()->notebook();
    int flips = 0;
    for (const auto& [name, bytes] : original) {
        if (name != "MANIFEST" && !parseSnapshotName(name)) continue;
        for (size_t at = 0; at < bytes.size(); at += (name == "MANIFEST" ? 1 : 17)) {
            std::string damaged = bytes;
            damaged[at] = static_cast<char>(damaged[at] ^ 0x01);
            REQUIRE(medium.writeFile(dir + "/" + name, damaged));
            INFO(name << " byte " << at);
            CHECK_FALSE(NotebookStore::open(medium, dir, clock, goldenOptions()));  // damage is never written over
            auto ro = NotebookStore::openReadOnly(medium, dir, clock, goldenOptions());
            REQUIRE(ro);
            CHECK(ro.value()->notebook() == whole);
            CHECK_THAT(ro.value()->damage(), Catch::Contains(name) && Catch::Contains("No saved change is missing"));
            ++flips;
        }
        REQUIRE(medium.writeFile(dir + "/" + name, bytes));
    }
    CHECK(flips > 100);
    CHECK(store::test::readFolder(kGoldenV2) == original);
}

TEST_CASE("generate the golden store (run by hand for a new format version)", "[.golden-generate]") {
    const std::string dir = kGoldenNew;
    TempDir::removeAll(dir);
    const FixedClock clock = goldenClock();
    PosixMedium medium;
    auto store = NotebookStore::open(medium, dir, clock, goldenOptions()).value();
    Command sample{"Import sample", {}};
    for (Entity& e : rapport::test::sampleEntities()) sample.changes.push_back({std::nullopt, std::move(e)});
    REQUIRE(store->execute(sample));
    REQUIRE(store->compact());
    IdSource ids(2026);
    // Format 2: these two as one group (an import's parts).
    REQUIRE(store->executeAll({renamePeer(store->notebook(), 11, "Maria Chen-Lopez").value(),
                               addPeer(store->notebook(), ids, "Ana Lima").value()}));
    REQUIRE(store->execute(renamePeer(store->notebook(), 12, "Omar H.").value()));
    REQUIRE(store->undo());
    INFO("size " << store->notebook().size() << " undo '" << store->undoLabel() << "' redo '" << store->redoLabel() << "'");
    CHECK(false);  // always prints the values above, to copy into checkGoldenV1
}
