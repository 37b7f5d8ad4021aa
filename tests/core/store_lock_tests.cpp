// The folder lock (native only: Emscripten's flock does nothing, so keeping one tab per profile is
// the web platform's job): a second read-write open of a store is refused, read-only is allowed.
#include <catch2/catch.hpp>

#include "core/store/record_log.h"
#include "tests/core/store_test_util.h"

using namespace rapport;
using namespace rapport::store;
using rapport::store::test::TempDir;

TEST_CASE("a second read-write open of the same folder is refused; read-only is allowed", "[store]") {
    TempDir tmp;
    PosixMedium first, second;
    Recovered got;
    auto log = std::move(RecordLog::open(first, tmp.sub("n"), {}, OpenMode::readWrite, got)).value();
    auto again = RecordLog::open(second, tmp.sub("n"), {}, OpenMode::readWrite, got);
    REQUIRE_FALSE(again);
    CHECK_THAT(again.error().message, Catch::Contains("already open"));
    CHECK(RecordLog::open(second, tmp.sub("n"), {}, OpenMode::readOnly, got));
    log.reset();
    CHECK(RecordLog::open(second, tmp.sub("n"), {}, OpenMode::readWrite, got));
}
