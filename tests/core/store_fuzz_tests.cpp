// The hidden generator that seeded the store fuzz corpus (tests/data/store/fuzz/) from real store files:
//   core_tests "generate the store fuzz seed corpus"
// (fuzz_corpus_tests.cpp replays that corpus, with every other target's, in the ordinary test run.)
#include <catch2/catch.hpp>

#include "core/model/commands.h"
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
const std::string kGoldenV2 = std::string(RAPPORT_TEST_DATA_DIR) + "/store/v2";

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
    // Format 2: the golden v2 store with its fallback log (mode 3), whole, with its MANIFEST damaged,
    // and with a damaged snapshot (read-only falls back).
    {
        const auto v2 = store::test::readFolder(kGoldenV2);
        const std::string& m2 = v2.at("MANIFEST");
        const std::string& s2 = v2.at("snap-00000002.bin");
        const std::string& l1 = v2.at("log-00000001.seg");
        const std::string& l2 = v2.at("log-00000002.seg");
        REQUIRE(l1.size() < 65536);
        auto seed = [&](const std::string& m, const std::string& s) {
            return "\x03" + le16(m.size()) + m + le16(s.size()) + s + le16(l1.size()) + l1 + l2;
        };
        std::string badManifest = m2, badSnap = s2;
        badManifest[20] ^= 0x01;
        badSnap[s2.size() / 2] ^= 0x01;
        REQUIRE(disk.writeFile(kCorpus + "/v2-whole-store", seed(m2, s2)));
        REQUIRE(disk.writeFile(kCorpus + "/v2-damaged-manifest", seed(badManifest, s2)));
        REQUIRE(disk.writeFile(kCorpus + "/v2-damaged-snapshot", seed(m2, badSnap)));
    }
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
    // A segment holding one group over several frames (batchPart frames closed by a batch frame), and
    // the same with its closing frame cut off (an unfinished group).
    {
        MemoryMedium groups;
        StoreOptions small = o;
        small.log.maxFrameBytes = 512;
        auto store = NotebookStore::open(groups, "/n", clock, small).value();
        IdSource ids(5);
        std::vector<Command> parts;
        for (int i = 0; i < 6; ++i) parts.push_back(addPeer(store->notebook(), ids, "Peer " + std::to_string(i)).value());
        REQUIRE(store->executeAll(parts));
        const std::string grouped = groups.files().at("/n/log-00000001.seg");
        REQUIRE(disk.writeFile(kCorpus + "/segment-group", "\x01" + grouped));
        REQUIRE(disk.writeFile(kCorpus + "/segment-group-unfinished", "\x01" + grouped.substr(0, scanFrames(grouped).frames.back().offset)));
    }
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
