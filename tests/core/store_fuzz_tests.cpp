// The hidden generator that seeded the store fuzz corpus (tests/data/store/fuzz/) from real store files:
//   core_tests "generate the store fuzz seed corpus"
// (fuzz_corpus_tests.cpp replays that corpus, with every other target's, in the ordinary test run.)
#include <catch2/catch.hpp>

#include "core/store/frame.h"
#include "core/store/memory_medium.h"
#include "core/store/notebook_store.h"
#include "core/store/store_files.h"
#include "tests/core/store_test_util.h"

using namespace rapport;
using namespace rapport::store;

namespace {
const std::string kCorpus = std::string(RAPPORT_TEST_DATA_DIR) + "/store/fuzz";
const std::string kGoldenV1 = std::string(RAPPORT_TEST_DATA_DIR) + "/store/v1";

std::string le16(size_t n) { return std::string{static_cast<char>(n & 0xFF), static_cast<char>((n >> 8) & 0xFF)}; }
}  // namespace

TEST_CASE("generate the store fuzz seed corpus", "[.fuzz-corpus]") {
    PosixMedium disk;
    (void)disk.makeDirectory(kCorpus);
    const auto golden = store::test::readFolder(kGoldenV1);
    const std::string& manifest = golden.at("MANIFEST");
    const std::string& snap = golden.at("snap-00000002.bin");
    const std::string& seg = golden.at("log-00000002.seg");
    REQUIRE(manifest.size() < 65536);
    REQUIRE(snap.size() < 65536);
    // A whole store, and the same with its log cut short.
    REQUIRE(disk.writeFile(kCorpus + "/whole-store", "\x02" + le16(manifest.size()) + manifest + le16(snap.size()) + snap + seg));
    REQUIRE(disk.writeFile(kCorpus + "/whole-store-torn", "\x02" + le16(manifest.size()) + manifest + le16(snap.size()) + snap +
                                                             seg.substr(0, seg.size() - 7)));
    // A segment written by a fresh store (sequence 1, records from index 0).
    MemoryMedium memory;
    const FixedClock clock(1'700'000'000'000, CivilDate::fromDayNumber(19'000));
    StoreOptions o;
    o.log.newDeviceId = 1;
    {
        auto store = NotebookStore::open(memory, "/n", clock, o).value();
        auto source = NotebookStore::openReadOnly(disk, kGoldenV1, clock).value();
        Command all{"Copy", {}};
        for (const Entity& e : source->notebook().entities()) all.changes.push_back({std::nullopt, e});
        REQUIRE(store->execute(all));
        REQUIRE(store->undo());
        REQUIRE(store->redo());
    }
    const std::string fresh = memory.files().at("/n/log-00000001.seg");
    REQUIRE(disk.writeFile(kCorpus + "/segment", "\x01" + fresh));
    // Single records and a snapshot state for the decoders.
    const auto scan = scanFrames(fresh);
    int i = 0;
    for (size_t f = 1; f < scan.frames.size(); ++f) {
        uint64_t first = 0;
        std::vector<std::string> records;
        REQUIRE(decodeBatchPayload(scan.frames[f].payload, first, records));
        for (const auto& r : records) REQUIRE(disk.writeFile(kCorpus + "/record-" + std::to_string(i++), std::string(1, '\0') + r));
    }
    FileHeader header;
    const std::string state = decodeSnapshot(snap, "snap", 2, header).value();
    REQUIRE(disk.writeFile(kCorpus + "/state", std::string(1, '\0') + state));
    REQUIRE(disk.writeFile(kCorpus + "/empty", std::string(1, '\x01')));
}
