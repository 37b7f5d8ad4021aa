// RecordLog engine tests with raw byte records: framing, segments, compaction, versions, HLC.
#include <catch2/catch.hpp>

#include "core/store/byte_io.h"
#include "core/store/crc32c.h"
#include "core/store/frame.h"
#include "core/store/hlc.h"
#include "core/store/record_log.h"
#include "tests/core/store_test_util.h"

using namespace rapport;
using namespace rapport::store;
using rapport::store::test::TempDir;

namespace {

std::string rec(int i) { return "record " + std::to_string(i) + std::string(static_cast<size_t>(i % 7), '*'); }

std::vector<std::string> recs(int from, int to) {
    std::vector<std::string> out;
    for (int i = from; i < to; ++i) out.push_back(rec(i));
    return out;
}

Status appendOne(RecordLog& log, const std::string& r) { return log.append({std::string_view(r)}); }

std::unique_ptr<RecordLog> openLog(StorageMedium& m, const std::string& dir, Recovered& out,
                                   RecordLogOptions o = {}, OpenMode mode = OpenMode::readWrite) {
    auto log = RecordLog::open(m, dir, o, mode, out);
    if (!log) FAIL(log.error().message);
    return std::move(log).value();
}

}  // namespace

TEST_CASE("crc32c matches the standard check value", "[store]") {
    CHECK(crc32c("123456789") == 0xE3069283u);
    CHECK(crc32c("") == 0u);
    CHECK(crc32c("6789", crc32c("12345")) == 0xE3069283u);
}

TEST_CASE("crc32c: the hardware and the table-driven implementations agree", "[store]") {
    // Every length 0..70 (the 8-byte steps and every tail), every start offset 0..7 (alignment), over
    // pseudo-random bytes, each chained onto a running CRC; then a large buffer in uneven pieces.
    std::string bytes(4096, '\0');
    uint32_t x = 2463534242u;
    for (char& c : bytes) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        c = static_cast<char>(x);
    }
    CHECK(crc32cSoftware("123456789") == 0xE3069283u);
    CHECK(crc32cHardware("123456789") == 0xE3069283u);
    uint32_t soft = 0, hard = 0;
    for (size_t start = 0; start < 8; ++start) {
        for (size_t len = 0; len <= 70; ++len) {
            const std::string_view piece = std::string_view(bytes).substr(start * 97, len);
            soft = crc32cSoftware(piece, soft);
            hard = crc32cHardware(piece, hard);
            REQUIRE(soft == hard);
            REQUIRE(crc32c(piece, 7) == crc32cSoftware(piece, 7));
        }
    }
    // One pass over the whole buffer equals the same bytes fed in pieces.
    uint32_t pieces = 0;
    for (size_t at = 0; at < bytes.size(); at += 333) pieces = crc32cSoftware(std::string_view(bytes).substr(at, 333), pieces);
    CHECK(pieces == crc32cHardware(bytes));
    INFO("hardware crc32 instruction used: " << crc32cHardwareAvailable());
    SUCCEED();
}

TEST_CASE("frames round-trip and the scanner stops at damage", "[store]") {
    std::string file;
    appendFrame(file, FrameType::batch, "alpha");
    appendFrame(file, FrameType::batch, "");
    appendFrame(file, FrameType::batch, std::string(1000, 'x'));
    auto scan = scanFrames(file);
    REQUIRE(scan.stop == ScanStop::end);
    REQUIRE(scan.frames.size() == 3);
    CHECK(scan.frames[0].payload == "alpha");
    CHECK(scan.frames[1].payload.empty());
    CHECK(scan.frames[2].payload.size() == 1000);

    std::string damaged = file;
    damaged[kFrameHeaderBytes + 2] ^= 0x01;  // in the first payload
    scan = scanFrames(damaged);
    CHECK(scan.stop == ScanStop::damaged);
    CHECK(scan.badOffset == 0);
    CHECK(scan.frames.empty());
    CHECK(scan.validFrameAfterDamage);  // frames 2 and 3 are intact: corruption, not a torn tail

    scan = scanFrames(std::string_view(file).substr(0, file.size() - 1));
    CHECK(scan.stop == ScanStop::damaged);
    CHECK(scan.frames.size() == 2);
    CHECK_FALSE(scan.validFrameAfterDamage);
}

TEST_CASE("a frame length above the cap is rejected without allocating", "[store]") {
    std::string file;
    ByteWriter w(file);
    w.u32(kFrameMagicV1);  // format 1: no header check, so the length itself is what is refused
    w.u8(2);
    w.u8(1);
    w.u16(0);
    w.u32(0xFFFFFFF0u);  // claims ~4 GiB
    w.u32(0);
    const auto scan = scanFrames(file);
    CHECK(scan.stop == ScanStop::damaged);
    CHECK(scan.why == "impossible frame length");
}

TEST_CASE("a new store accepts records and gives them back after reopening", "[store]") {
    TempDir tmp;
    PosixMedium medium;
    const std::string dir = tmp.sub("notebook");
    RecordLogOptions small;
    small.segmentBytes = 300;  // several segments
    uint64_t device = 0;
    {
        Recovered got;
        auto log = openLog(medium, dir, got, small);
        CHECK(got.records.empty());
        CHECK_FALSE(got.snapshot);
        device = log->deviceId();
        CHECK(device != 0);
        for (const auto& r : recs(0, 40)) REQUIRE(appendOne(*log, r));
        const std::vector<std::string> two = {"group a", "group b"};
        REQUIRE(log->append({two[0], two[1]}));
        CHECK(log->stats().segments > 3);
        CHECK(log->stats().records == 42);
    }
    Recovered got;
    auto log = openLog(medium, dir, got, small);
    auto expect = recs(0, 40);
    expect.push_back("group a");
    expect.push_back("group b");
    CHECK(got.records == expect);
    CHECK(got.tornTail.empty());
    CHECK(log->deviceId() == device);
    CHECK(log->stats().records == 42);
}

TEST_CASE("compaction replaces the log by a snapshot, keeps one generation as a fallback, removes older ones", "[store]") {
    TempDir tmp;
    PosixMedium medium;
    const std::string dir = tmp.sub("notebook");
    RecordLogOptions small;
    small.segmentBytes = 200;
    small.compactMinBytes = 100;
    {
        Recovered got;
        auto log = openLog(medium, dir, got, small);
        for (const auto& r : recs(0, 30)) REQUIRE(appendOne(*log, r));
        CHECK(log->shouldCompact());
        REQUIRE(log->compact("STATE after 30"));
        CHECK(log->stats().records == 0);
        CHECK_FALSE(log->shouldCompact());
        for (const auto& r : recs(30, 35)) REQUIRE(appendOne(*log, r));
    }
    auto files = test::readFolder(dir);
    std::vector<uint64_t> segments, snapshots;
    for (const auto& f : files) {
        if (auto seq = parseSegmentName(f.first)) segments.push_back(*seq);
        if (auto seq = parseSnapshotName(f.first)) snapshots.push_back(*seq);
    }
    REQUIRE(snapshots.size() == 1);
    REQUIRE_FALSE(segments.empty());
    CHECK(segments.front() == 1);  // the previous generation (the empty notebook + the whole log) is kept
    const uint64_t firstSnapshot = snapshots.front();
    Recovered got;
    auto log = openLog(medium, dir, got, small);
    REQUIRE(got.snapshot);
    CHECK(*got.snapshot == "STATE after 30");
    CHECK(got.records == recs(30, 35));
    // A second compaction right after reopening, then one with an empty current segment (nothing to
    // fold: a no-op), work too.
    REQUIRE(log->compact("STATE after 35"));
    REQUIRE(log->compact("STATE after 35"));
    REQUIRE(appendOne(*log, "late"));
    log.reset();
    log = openLog(medium, dir, got, small);
    CHECK(*got.snapshot == "STATE after 35");
    CHECK(got.records == std::vector<std::string>{"late"});
    // Now the first snapshot is the fallback, and everything older than it is gone.
    files = test::readFolder(dir);
    segments.clear();
    snapshots.clear();
    for (const auto& f : files) {
        if (auto seq = parseSegmentName(f.first)) segments.push_back(*seq);
        if (auto seq = parseSnapshotName(f.first)) snapshots.push_back(*seq);
    }
    REQUIRE(snapshots.size() == 2);
    CHECK(snapshots.front() == firstSnapshot);
    CHECK(segments.front() == firstSnapshot);
}

TEST_CASE("a snapshot larger than one frame is split and read back", "[store]") {
    TempDir tmp;
    PosixMedium medium;
    RecordLogOptions o;
    o.maxFrameBytes = 1000;
    std::string state;
    for (int i = 0; i < 5000; ++i) state += static_cast<char>(i * 7);
    {
        Recovered got;
        auto log = openLog(medium, tmp.sub("n"), got, o);
        REQUIRE(appendOne(*log, "one"));  // compaction folds a non-empty log only
        REQUIRE(log->compact(state));
        CHECK_FALSE(log->append({std::string_view(std::string(2000, 'x'))}));  // over the frame cap
    }
    Recovered got;
    auto log = openLog(medium, tmp.sub("n"), got, o);
    CHECK(got.snapshot == state);
}

TEST_CASE("a store written by a newer format is refused clearly, in both modes", "[store]") {
    TempDir tmp;
    PosixMedium medium;
    const std::string dir = tmp.sub("n");
    {
        Recovered got;
        auto log = openLog(medium, dir, got);
        REQUIRE(appendOne(*log, "one"));
    }
    const auto before = test::readFolder(dir);
    Manifest m{kFormatVersion + 1, kFormatVersion + 1, 77, 0, 1};
    REQUIRE(medium.writeFile(dir + "/MANIFEST", encodeManifest(m)));
    Recovered got;
    for (OpenMode mode : {OpenMode::readWrite, OpenMode::readOnly}) {
        auto log = RecordLog::open(medium, dir, {}, mode, got);
        REQUIRE_FALSE(log);
        CHECK_THAT(log.error().message, Catch::Contains("newer version of Rapport"));
    }
    // A frame whose own minimum reader version is newer is refused too.
    std::string seg = before.at("log-00000001.seg");
    std::string frame;
    appendFrameV1(frame, FrameType::batch, "x", kFormatVersion + 1);  // valid, but for a newer reader
    test::writeFolder(dir, before);
    REQUIRE(medium.writeFile(dir + "/log-00000001.seg", seg + frame));
    auto log = RecordLog::open(medium, dir, {}, OpenMode::readWrite, got);
    REQUIRE_FALSE(log);
    CHECK_THAT(log.error().message, Catch::Contains("newer version of Rapport"));
}

TEST_CASE("missing pieces are reported, not papered over", "[store]") {
    TempDir tmp;
    PosixMedium medium;
    const std::string dir = tmp.sub("n");
    RecordLogOptions small;
    small.segmentBytes = 100;
    {
        Recovered got;
        auto log = openLog(medium, dir, got, small);
        for (const auto& r : recs(0, 20)) REQUIRE(appendOne(*log, r));
    }
    const auto files = test::readFolder(dir);
    Recovered got;
    SECTION("no MANIFEST but data files") {
        REQUIRE(medium.removeFile(dir + "/MANIFEST"));
        auto log = RecordLog::open(medium, dir, small, OpenMode::readWrite, got);
        REQUIRE_FALSE(log);
        CHECK_THAT(log.error().message, Catch::Contains("MANIFEST"));
    }
    SECTION("a middle segment is gone") {
        REQUIRE(medium.removeFile(dir + "/log-00000002.seg"));
        auto log = RecordLog::open(medium, dir, small, OpenMode::readWrite, got);
        REQUIRE_FALSE(log);
        CHECK_THAT(log.error().message, Catch::Contains("log-00000002.seg"));
        auto ro = RecordLog::open(medium, dir, small, OpenMode::readOnly, got);
        REQUIRE(ro);
        CHECK(ro.value()->readOnly());
        CHECK_FALSE(got.damage.empty());
        CHECK_FALSE(ro.value()->append({std::string_view("no")}));
    }
    SECTION("a middle segment lost its last frame exactly at a frame boundary") {
        auto scan = scanFrames(files.at("log-00000002.seg"));
        REQUIRE(scan.frames.size() >= 2);
        REQUIRE(medium.truncateFile(dir + "/log-00000002.seg", scan.frames.back().offset));
        auto log = RecordLog::open(medium, dir, small, OpenMode::readWrite, got);
        REQUIRE_FALSE(log);
        CHECK_THAT(log.error().message, Catch::Contains("log-00000003.seg"));
    }
    SECTION("read-only open of an empty folder says there is no notebook") {
        auto ro = RecordLog::open(medium, tmp.sub("empty"), small, OpenMode::readOnly, got);
        REQUIRE_FALSE(ro);
    }
}

TEST_CASE("the hybrid logical clock never goes backwards", "[store]") {
    HybridClock clock;
    const Hlc a = clock.tick(1'000'000);
    CHECK(hlcMillis(a) == 1'000'000);
    const Hlc b = clock.tick(1'000'000);
    CHECK(b > a);
    const Hlc c = clock.tick(5);  // wall clock jumped back
    CHECK(c > b);
    CHECK(hlcMillis(c) == 1'000'000);
    const Hlc d = clock.tick(2'000'000);
    CHECK(d == makeHlc(2'000'000, 0));
    clock.observe(makeHlc(3'000'000, 9));
    CHECK(clock.tick(2'000'001) == makeHlc(3'000'000, 10));
    Hlc prev = clock.last();
    for (int i = 0; i < 70'000; ++i) {  // counter overflow borrows the next millisecond
        const Hlc h = clock.tick(1);
        REQUIRE(h > prev);
        prev = h;
    }
    CHECK(clock.tick(-50) > prev);
}
