// All-or-nothing groups (imports, restores): a group of change records written as several frames is
// applied whole or not at all, whatever operation fails (full disk, I/O error, short write, crash),
// and with no undo. Also: a torn tail is told from damage in the last frame.
#include <catch2/catch.hpp>

#include "core/model/commands.h"
#include "core/store/fault_medium.h"
#include "core/store/frame.h"
#include "core/store/memory_medium.h"
#include "core/store/notebook_store.h"
#include "tests/core/store_test_util.h"

using namespace rapport;
using namespace rapport::store;

namespace {

FixedClock groupClock() { return FixedClock(1'700'000'000'000, CivilDate::fromDayNumber(19'675)); }

StoreOptions groupOptions() {
    StoreOptions o;
    o.log.maxFrameBytes = 1024;  // a group of a few peers needs several frames
    o.log.segmentBytes = 2048;
    o.log.compactMinBytes = 4096;
    o.log.newDeviceId = 7;
    return o;
}

// `count` commands adding one peer each, named "<prefix> <i>" with a long note (an import's parts).
std::vector<Command> importParts(NotebookStore& store, const std::string& prefix, int count) {
    std::vector<Command> parts;
    for (int i = 0; i < count; ++i) {
        auto c = addPeer(store.notebook(), store.ids(), prefix + " " + std::to_string(i));
        REQUIRE(c);
        parts.push_back(c.value());
    }
    return parts;
}

size_t peersNamed(const Notebook& nb, const std::string& prefix) {
    size_t n = 0;
    for (const auto& [id, p] : nb.peers()) n += p.name.rfind(prefix + " ", 0) == 0;
    return n;
}

}  // namespace

TEST_CASE("groups: an import is one group of several frames, applied whole after reopening", "[store][group]") {
    MemoryMedium medium;
    const FixedClock clock = groupClock();
    {
        auto store = NotebookStore::open(medium, "/n", clock, groupOptions()).value();
        REQUIRE(store->executeAll(importParts(*store, "Import", 40)));
        CHECK(peersNamed(store->notebook(), "Import") == 40);
        CHECK(store->undoLabel() == "Added Import 39");  // each part stays its own undo step
    }
    size_t parts = 0, closing = 0;
    for (const auto& [path, bytes] : medium.files()) {
        if (!parseSegmentName(path.substr(3))) continue;
        for (const Frame& f : scanFrames(bytes).frames) {
            parts += f.type == FrameType::batchPart;
            closing += f.type == FrameType::batch;
        }
    }
    CHECK(parts >= 2);
    CHECK(closing == 1);
    auto again = NotebookStore::open(medium, "/n", clock, groupOptions()).value();
    CHECK(peersNamed(again->notebook(), "Import") == 40);
}

TEST_CASE("groups: at every failing operation (full disk, error, short write, crash) all or nothing, no undo",
          "[store][group][fault]") {
    const FixedClock clock = groupClock();
    int refused = 0, crashed = 0;
    for (const Fault fault : {Fault::error, Fault::shortWrite, Fault::crash}) {
        for (uint64_t n = 1; n <= 6; ++n) {
            MemoryMedium real;
            FaultMedium medium(real);
            auto store = NotebookStore::open(medium, "/n", clock, groupOptions()).value();
            REQUIRE(store->executeAll(importParts(*store, "Before", 3)));
            const Notebook before = store->notebook();
            const auto parts = importParts(*store, "Import", 10);
            medium.failAt(n, fault);
            const Status s = store->executeAll(parts);
            const bool fired = medium.fired();
            medium.failAt(0, fault);
            INFO("fault " << int(fault) << " at operation " << n);
            if (!s) {
                ++refused;
                CHECK(store->notebook() == before);  // memory rolled back, not undone on disk
                CHECK_THAT(s.error().message, Catch::Contains("not saved"));
            }
            if (!fired) CHECK(s);
            crashed += fault == Fault::crash && fired;
            store.reset();
            // What a later start sees: the whole import or none of it, and "Before" always.
            Recovered ignored;
            auto reopened = NotebookStore::open(real, "/n", clock, groupOptions());
            REQUIRE(reopened);
            const size_t imported = peersNamed(reopened.value()->notebook(), "Import");
            CHECK((imported == 0 || imported == 10));
            CHECK(peersNamed(reopened.value()->notebook(), "Before") == 3);
            if (!s && fault != Fault::crash) CHECK(imported == 0);  // a refused import never comes back
            if (s) CHECK(imported == 10);
            CHECK(reopened.value()->damage().empty());
        }
    }
    CHECK(refused >= 6);  // each fault fails the write and the sync at least
    CHECK(crashed >= 2);
}

TEST_CASE("groups: an unfinished group at the end of the log is set aside and reported, never applied", "[store][group]") {
    MemoryMedium medium;
    const FixedClock clock = groupClock();
    {
        auto store = NotebookStore::open(medium, "/n", clock, groupOptions()).value();
        REQUIRE(store->executeAll(importParts(*store, "Import", 10)));
    }
    // Cut the closing frame off, exactly at a frame boundary: only complete batchPart frames remain.
    std::string last;
    for (auto& [path, bytes] : medium.files()) if (parseSegmentName(path.substr(3))) last = path;
    const ScanResult scan = scanFrames(medium.files()[last]);
    REQUIRE(scan.frames.back().type == FrameType::batch);
    medium.files()[last].resize(scan.frames.back().offset);
    {
        auto ro = NotebookStore::openReadOnly(medium, "/n", clock, groupOptions()).value();
        CHECK(peersNamed(ro->notebook(), "Import") == 0);
        CHECK(ro->damage().empty());
        CHECK_THAT(ro->tornTail(), Catch::Contains("unfinished group"));
    }
    auto rw = NotebookStore::open(medium, "/n", clock, groupOptions()).value();
    CHECK(peersNamed(rw->notebook(), "Import") == 0);
    CHECK_THAT(rw->warning(), Catch::Contains("unfinished group"));
    bool keptAside = false;
    for (const auto& [path, bytes] : medium.files()) keptAside |= path.find(".torn-") != std::string::npos;
    CHECK(keptAside);
    REQUIRE(rw->execute(addPeer(rw->notebook(), rw->ids(), "After").value()));  // and writing goes on
}

TEST_CASE("torn or damaged: a complete last frame whose checksum fails is damage, never dropped", "[store][group]") {
    MemoryMedium medium;
    const FixedClock clock = groupClock();
    {
        auto store = NotebookStore::open(medium, "/n", clock, groupOptions()).value();
        REQUIRE(store->execute(addPeer(store->notebook(), store->ids(), "Ana").value()));
        REQUIRE(store->execute(addPeer(store->notebook(), store->ids(), "Ben").value()));
    }
    std::string last;
    for (auto& [path, bytes] : medium.files()) if (parseSegmentName(path.substr(3))) last = path;
    const std::string good = medium.files()[last];
    const uint64_t lastFrame = scanFrames(good).frames.back().offset;

    SECTION("a flipped payload byte of the last, acknowledged record") {
        medium.files()[last][good.size() - 3] ^= 0x10;
        auto rw = NotebookStore::open(medium, "/n", clock, groupOptions());
        REQUIRE_FALSE(rw);
        CHECK_THAT(rw.error().message, Catch::Contains("checksum mismatch") && Catch::Contains(std::to_string(lastFrame)));
        auto ro = NotebookStore::openReadOnly(medium, "/n", clock, groupOptions()).value();
        CHECK(ro->notebook().peers().size() == 1);
        CHECK(ro->tornTail().empty());
        CHECK_THAT(ro->damage(), Catch::Contains("not in this view"));
    }
    SECTION("a flipped length byte of the last frame (its header check fails)") {
        medium.files()[last][lastFrame + 9] ^= 0x01;
        CHECK_FALSE(NotebookStore::open(medium, "/n", clock, groupOptions()));
        auto ro = NotebookStore::openReadOnly(medium, "/n", clock, groupOptions()).value();
        CHECK_FALSE(ro->damage().empty());
    }
    SECTION("the same frame cut short is a torn write: set aside, the store stays writable") {
        medium.files()[last].resize(good.size() - 3);
        auto rw = NotebookStore::open(medium, "/n", clock, groupOptions());
        REQUIRE(rw);
        CHECK(rw.value()->notebook().peers().size() == 1);
        CHECK_THAT(rw.value()->tornTail(), Catch::Contains("incomplete"));
    }
    SECTION("zero bytes after the last frame (space allocated, never written) are a torn write") {
        medium.files()[last] += std::string(100, '\0');
        auto rw = NotebookStore::open(medium, "/n", clock, groupOptions());
        REQUIRE(rw);
        CHECK(rw.value()->notebook().peers().size() == 2);
    }
    SECTION("garbage after the last frame is damage") {
        medium.files()[last] += "not a frame at all";
        CHECK_FALSE(NotebookStore::open(medium, "/n", clock, groupOptions()));
    }
}

TEST_CASE("groups: a crash at any byte of a multi-frame group leaves it whole or absent", "[store][group][sweep]") {
    MemoryMedium medium;
    const FixedClock clock = groupClock();
    std::string last;
    size_t before = 0;
    {
        auto store = NotebookStore::open(medium, "/n", clock, groupOptions()).value();
        REQUIRE(store->executeAll(importParts(*store, "Before", 2)));
        for (auto& [path, bytes] : medium.files()) if (parseSegmentName(path.substr(3))) last = path;
        before = medium.files()[last].size();
        REQUIRE(store->executeAll(importParts(*store, "Import", 8)));
    }
    const auto files = medium.files();
    const std::string full = files.at(last);
    size_t partFrames = 0;
    for (const Frame& f : scanFrames(full).frames) partFrames += f.offset >= before && f.type == FrameType::batchPart;
    REQUIRE(partFrames >= 1);  // the group spans several frames
    int cuts = 0;
    for (size_t cut = before; cut <= full.size(); ++cut) {
        medium.files() = files;
        medium.files()[last] = full.substr(0, cut);
        auto store = NotebookStore::open(medium, "/n", clock, groupOptions());
        INFO("cut at " << cut);
        REQUIRE(store);
        const size_t imported = peersNamed(store.value()->notebook(), "Import");
        CHECK(imported == (cut == full.size() ? 8u : 0u));
        CHECK(peersNamed(store.value()->notebook(), "Before") == 2);
        ++cuts;
    }
    CHECK(cuts > 1024);
}
