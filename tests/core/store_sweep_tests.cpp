// SQLite-style damage sweeps over a small store: cut the log at every byte, flip every byte of every
// file. Recovery must give exactly a prefix of the records or a clear refusal, never a crash or a
// silently different history, and a refused open must leave every file byte-identical. In memory, so
// that thousands of reopenings stay fast (the media themselves are tested with real files elsewhere).
#include <catch2/catch.hpp>

#include <map>

#include "core/store/frame.h"
#include "core/store/memory_medium.h"
#include "core/store/record_log.h"
#include "tests/core/store_test_util.h"

using namespace rapport;
using namespace rapport::store;

namespace {

struct Sample {
    std::map<std::string, std::string> files;
    std::string snapshot;
    std::vector<std::string> records;  // after the snapshot
    std::vector<std::string> lastSegment;  // its name is the largest segment name
    std::string lastSegmentName;
    std::vector<std::string> before;  // records folded into the snapshot (the fallback replays them)
    uint64_t liveFirst = 0;           // first live segment (= the snapshot's number)
};

RecordLogOptions sweepOptions() {
    RecordLogOptions o;
    o.segmentBytes = 250;
    o.newDeviceId = 42;
    return o;
}

// Snapshot, then 16 records over four segments; one group commit of two records.
const Sample& sample() {
    static const Sample s = [] {
        Sample out;
        MemoryMedium medium;
        Recovered got;
        auto log = RecordLog::open(medium, "/n", sweepOptions(), OpenMode::readWrite, got).value();
        for (int i = 0; i < 5; ++i) {
            out.before.push_back("old " + std::to_string(i));
            (void)log->append({std::string_view(out.before.back())});
        }
        out.snapshot = "SNAPSHOT";
        (void)log->compact(out.snapshot);
        for (int i = 0; i < 14; ++i) {
            out.records.push_back("edit " + std::to_string(i) + std::string(static_cast<size_t>(i), '.'));
            REQUIRE(log->append({std::string_view(out.records.back())}));
        }
        out.records.push_back("pair a");
        out.records.push_back("pair b");
        REQUIRE(log->append({std::string_view("pair a"), std::string_view("pair b")}));
        for (const auto& [path, bytes] : medium.files()) out.files[path.substr(3)] = bytes;
        for (const auto& f : out.files) {
            if (parseSegmentName(f.first)) out.lastSegmentName = f.first;
            if (auto seq = parseSnapshotName(f.first)) out.liveFirst = *seq;
        }
        return out;
    }();
    return s;
}

const std::string dir = "/n";

// A medium holding exactly `files` in dir.
std::unique_ptr<MemoryMedium> withFiles(const std::map<std::string, std::string>& files) {
    auto m = std::make_unique<MemoryMedium>();
    (void)m->makeDirectory(dir);
    for (const auto& [name, bytes] : files) m->files()[dir + "/" + name] = bytes;
    return m;
}

std::map<std::string, std::string> filesOf(MemoryMedium& m) {
    std::map<std::string, std::string> out;
    for (const auto& [path, bytes] : m.files()) out[path.substr(dir.size() + 1)] = bytes;
    return out;
}

bool isPrefix(const std::vector<std::string>& prefix, const std::vector<std::string>& of) {
    return prefix.size() <= of.size() && std::equal(prefix.begin(), prefix.end(), of.begin());
}

}  // namespace

TEST_CASE("truncation sweep: cutting the last segment anywhere recovers a prefix", "[store][sweep]") {
    const Sample& s = sample();
    REQUIRE(s.files.size() >= 5);  // MANIFEST, snapshot, >= 3 segments
    const std::string& last = s.files.at(s.lastSegmentName);
    size_t minimum = s.records.size();
    for (size_t cut = 0; cut < last.size(); ++cut) {
        auto files = s.files;
        files[s.lastSegmentName] = last.substr(0, cut);
        auto medium = withFiles(files);
        Recovered got;
        auto log = RecordLog::open(*medium, dir, sweepOptions(), OpenMode::readWrite, got);
        INFO("cut at " << cut);
        REQUIRE(log);
        CHECK(got.snapshot == s.snapshot);
        REQUIRE(isPrefix(got.records, s.records));
        REQUIRE(got.records.size() < s.records.size());
        minimum = std::min(minimum, got.records.size());
        // The store stays writable after the cut, and the new record lands right after the prefix.
        const auto kept = got.records;
        REQUIRE(log.value()->append({std::string_view("after cut")}));
        log.value().reset();
        log = RecordLog::open(*medium, dir, sweepOptions(), OpenMode::readWrite, got);
        REQUIRE(log);
        auto expect = kept;
        expect.push_back("after cut");
        CHECK(got.records == expect);
    }
    CHECK(minimum > 0);  // earlier segments are never touched by a cut of the last one
}

TEST_CASE("truncation sweep: cutting an earlier segment is corruption, reported with file and offset", "[store][sweep]") {
    const Sample& s = sample();
    for (const auto& [name, bytes] : s.files) {
        const auto seq = parseSegmentName(name);
        if (!seq || *seq < s.liveFirst || name == s.lastSegmentName) continue;
        for (size_t cut = 0; cut < bytes.size(); ++cut) {
            auto files = s.files;
            files[name] = bytes.substr(0, cut);
            auto medium = withFiles(files);
            Recovered got;
            auto log = RecordLog::open(*medium, dir, sweepOptions(), OpenMode::readWrite, got);
            INFO(name << " cut at " << cut);
            REQUIRE_FALSE(log);
            CHECK_THAT(log.error().message, Catch::Contains("log-") && Catch::Contains("at byte"));
            CHECK(filesOf(*medium) == files);
            auto ro = RecordLog::open(*medium, dir, sweepOptions(), OpenMode::readOnly, got);
            REQUIRE(ro);
            CHECK(isPrefix(got.records, s.records));
            CHECK_FALSE(got.damage.empty());
        }
    }
}

TEST_CASE("bit-flip sweep: every damaged byte is detected; MANIFEST and snapshot damage loses nothing", "[store][sweep]") {
    const Sample& s = sample();
    std::vector<std::string> everything = s.before;  // the fallback: the empty notebook + the whole log
    everything.insert(everything.end(), s.records.begin(), s.records.end());
    int refused = 0, harmless = 0, recoveredAll = 0;
    for (const auto& [name, bytes] : s.files) {
        const auto seg = parseSegmentName(name);
        const bool manifestOrSnapshot = name == "MANIFEST" || parseSnapshotName(name);
        for (size_t at = 0; at < bytes.size(); ++at) {
            auto files = s.files;
            files[name][at] = static_cast<char>(files[name][at] ^ 0x5A);
            auto medium = withFiles(files);
            Recovered got;
            auto log = RecordLog::open(*medium, dir, sweepOptions(), OpenMode::readWrite, got);
            INFO(name << " byte " << at);
            if (seg && *seg < s.liveFirst) {
                // The previous generation, kept as a fallback: not read while the snapshot is sound.
                REQUIRE(log);
                CHECK(got.snapshot == s.snapshot);
                CHECK(got.records == s.records);
                ++harmless;
                continue;
            }
            // Anything else, the last frame of the last segment included, is damage: refused, untouched.
            REQUIRE_FALSE(log);
            ++refused;
            CHECK(filesOf(*medium) == files);  // nothing overwritten, nothing deleted
            auto ro = RecordLog::open(*medium, dir, sweepOptions(), OpenMode::readOnly, got);
            REQUIRE(ro);
            CHECK_FALSE(got.damage.empty());
            CHECK(got.tornTail.empty());
            if (manifestOrSnapshot) {
                // Read-only open recovers every saved change, and says so.
                if (name == "MANIFEST") {
                    CHECK(got.snapshot == s.snapshot);
                    CHECK(got.records == s.records);
                } else {
                    CHECK_FALSE(got.snapshot);
                    CHECK(got.records == everything);
                }
                CHECK_THAT(got.damage, Catch::Contains(name) && Catch::Contains("No saved change is missing"));
                ++recoveredAll;
            } else {
                CHECK(isPrefix(got.records, s.records));
                CHECK(got.records.size() < s.records.size());
                CHECK_THAT(got.damage, Catch::Contains(name) && Catch::Contains("not in this view"));
            }
            CHECK(filesOf(*medium) == files);
        }
    }
    CHECK(refused > 500);
    CHECK(harmless > 50);
    CHECK(recoveredAll > 100);
}
