// Golden stores: tests/data/store/v1 was written by format v1 and must open forever (the start of
// the migration suite). The hidden generator below wrote it; run it only to add a NEW version folder
// (set kGoldenDir to v2...), never to rewrite v1:  core_tests "[.golden-generate]"
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

FixedClock goldenClock() { return FixedClock(1'767'225'600'000, CivilDate::fromDayNumber(20'454)); }

StoreOptions goldenOptions() {
    StoreOptions o;
    o.log.newDeviceId = 0x52415050'4F525431ull;
    return o;
}

// What the v1 golden store holds (written down by hand from the generator, not recomputed).
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

TEST_CASE("golden store v1 opens, read-write on a copy and read-only in place", "[store][golden]") {
    const auto original = store::test::readFolder(kGoldenV1);
    REQUIRE(original.count("MANIFEST") == 1);
    const FixedClock clock = goldenClock();
    PosixMedium medium;
    {
        auto ro = NotebookStore::openReadOnly(medium, kGoldenV1, clock, goldenOptions());
        REQUIRE(ro);
        CHECK(ro.value()->warning().empty());
        checkGoldenV1(*ro.value());
    }
    TempDir tmp;
    store::test::writeFolder(tmp.sub("v1"), original);
    auto rw = NotebookStore::open(medium, tmp.sub("v1"), clock, goldenOptions());
    REQUIRE(rw);
    checkGoldenV1(*rw.value());
    REQUIRE(rw.value()->redo());  // and it stays writable
    CHECK(rw.value()->notebook().findPeer(12)->name == "Omar H.");
    CHECK(store::test::readFolder(kGoldenV1) == original);
}

TEST_CASE("generate the golden store (run by hand for a new format version)", "[.golden-generate]") {
    const std::string dir = kGoldenV1;
    TempDir::removeAll(dir);
    const FixedClock clock = goldenClock();
    PosixMedium medium;
    auto store = NotebookStore::open(medium, dir, clock, goldenOptions()).value();
    Command sample{"Import sample", {}};
    for (Entity& e : rapport::test::sampleEntities()) sample.changes.push_back({std::nullopt, std::move(e)});
    REQUIRE(store->execute(sample));
    REQUIRE(store->compact());
    IdSource ids(2026);
    REQUIRE(store->execute(renamePeer(store->notebook(), 11, "Maria Chen-Lopez").value()));
    REQUIRE(store->execute(addPeer(store->notebook(), ids, "Ana Lima").value()));
    REQUIRE(store->execute(renamePeer(store->notebook(), 12, "Omar H.").value()));
    REQUIRE(store->undo());
    INFO("size " << store->notebook().size() << " undo '" << store->undoLabel() << "' redo '" << store->redoLabel() << "'");
    CHECK(false);  // always prints the values above, to copy into checkGoldenV1
}
