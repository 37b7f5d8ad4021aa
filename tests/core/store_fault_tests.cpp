// Fault injection: every mutating file operation of a commit, a compaction and a store creation is
// made to fail in turn (error, short write, crash). The store must always reopen to the old or the new
// state, and after a refused commit the disk must hold exactly what the caller was told.
#include <catch2/catch.hpp>

#include "core/store/fault_medium.h"
#include "core/store/record_log.h"
#include "tests/core/store_test_util.h"

using namespace rapport;
using namespace rapport::store;
using rapport::store::test::TempDir;

namespace {

// The state a log stands for: snapshot then records, as one string (compaction stores exactly this).
std::string fold(const Recovered& r) {
    std::string s = r.snapshot.value_or("");
    for (const auto& rec : r.records) s += "|" + rec;
    return s;
}

RecordLogOptions faultOptions() {
    RecordLogOptions o;
    o.segmentBytes = 200;
    o.newDeviceId = 7;
    return o;
}

// A store holding a snapshot and a few records; `fillSegment` leaves the current segment full so the
// next commit rolls to a new file (creation + directory sync on the path).
std::map<std::string, std::string> baseStore(bool fillSegment) {
    TempDir tmp;
    PosixMedium medium;
    Recovered got;
    auto log = RecordLog::open(medium, tmp.sub("n"), faultOptions(), OpenMode::readWrite, got).value();
    (void)log->append({std::string_view("a")});
    (void)log->compact("|a");
    const int n = fillSegment ? 6 : 2;
    for (int i = 0; i < n; ++i) (void)log->append({std::string_view("record " + std::to_string(i))});
    return test::readFolder(tmp.sub("n"));
}

// What a fresh open would read (read-only: the log under test still holds the write lock).
Recovered reopen(const std::string& dir) {
    PosixMedium medium;
    Recovered got;
    auto log = RecordLog::open(medium, dir, faultOptions(), OpenMode::readOnly, got);
    if (!log) FAIL("reopen failed: " << log.error().message);
    return got;
}

}  // namespace

TEST_CASE("fault injection: a commit is all or nothing at every failing operation", "[store][fault]") {
    for (const bool fill : {false, true}) {
        const auto base = baseStore(fill);
        for (const Fault fault : {Fault::error, Fault::shortWrite, Fault::crash}) {
            for (uint64_t n = 1;; ++n) {
                TempDir tmp;
                const std::string dir = tmp.sub("n");
                test::writeFolder(dir, base);
                const std::string before = fold(reopen(dir));
                PosixMedium real;
                FaultMedium medium(real);
                Recovered got;
                auto log = RecordLog::open(medium, dir, faultOptions(), OpenMode::readWrite, got).value();
                medium.failAt(n, fault);
                const Status s = log->append({std::string_view("NEW"), std::string_view("NEW2")});
                INFO("fill " << fill << " fault " << int(fault) << " at op " << n);
                if (!medium.fired()) {
                    REQUIRE(s);
                    CHECK(fold(reopen(dir)) == before + "|NEW|NEW2");
                    break;
                }
                const std::string after = fold(reopen(dir));
                if (fault == Fault::crash) {
                    CHECK((after == before || after == before + "|NEW|NEW2"));
                    continue;
                }
                // Refused and cut back: disk equals what the caller was told.
                REQUIRE_FALSE(s);
                CHECK(after == before);
                // The same log keeps working once the fault is gone (or says it must be reopened).
                medium.failAt(0, Fault::error);
                if (log->append({std::string_view("LATER")})) {
                    CHECK(fold(reopen(dir)) == before + "|LATER");
                }
            }
        }
    }
}

TEST_CASE("fault injection: compaction leaves the old or the new state at every failing operation", "[store][fault]") {
    const auto base = baseStore(true);
    for (const Fault fault : {Fault::error, Fault::shortWrite, Fault::crash}) {
        for (uint64_t n = 1;; ++n) {
            TempDir tmp;
            const std::string dir = tmp.sub("n");
            test::writeFolder(dir, base);
            const std::string state = fold(reopen(dir));
            PosixMedium real;
            FaultMedium medium(real);
            Recovered got;
            auto log = RecordLog::open(medium, dir, faultOptions(), OpenMode::readWrite, got).value();
            medium.failAt(n, fault);
            const Status s = log->compact(state);
            INFO("fault " << int(fault) << " at op " << n);
            CHECK(fold(reopen(dir)) == state);
            if (!medium.fired()) {
                REQUIRE(s);
                CHECK(reopen(dir).records.empty());
                break;
            }
            if (fault == Fault::crash) continue;
            // Writing after a failed compaction lands in the log whichever MANIFEST won.
            medium.failAt(0, Fault::error);
            REQUIRE(log->append({std::string_view("AFTER")}));
            CHECK(fold(reopen(dir)) == state + "|AFTER");
        }
    }
}

TEST_CASE("fault injection: creating a store either works or leaves a folder that opens later", "[store][fault]") {
    for (const Fault fault : {Fault::error, Fault::shortWrite, Fault::crash}) {
        for (uint64_t n = 1;; ++n) {
            TempDir tmp;
            PosixMedium real;
            FaultMedium medium(real);
            medium.failAt(n, fault);
            Recovered got;
            auto log = RecordLog::open(medium, tmp.sub("n"), faultOptions(), OpenMode::readWrite, got);
            const bool fired = medium.fired();
            INFO("fault " << int(fault) << " at op " << n);
            if (!fired) {
                REQUIRE(log);
                break;
            }
            if (log) log.value().reset();  // release the folder lock
            auto again = RecordLog::open(real, tmp.sub("n"), faultOptions(), OpenMode::readWrite, got);
            REQUIRE(again);
            REQUIRE(again.value()->append({std::string_view("x")}));
        }
    }
}
