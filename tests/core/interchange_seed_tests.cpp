// Replays the seed corpus of tests/data/interchange (also the fuzzers' seeds) through every importer:
// each file gives a result or a clear error, never a crash, and the golden backups of every format still load.
#include <catch2/catch.hpp>

#include <sstream>

#include "core/interchange/csv_peers.h"
#include "core/interchange/import_plan.h"
#include "core/interchange/json_backup.h"
#include "core/interchange/vcard_import.h"
#include "tests/core/interchange_test_util.h"

using namespace rapport;
using namespace rapport::interchange;
using namespace rapport::test;

TEST_CASE("Every seed gives a result or a clear error in every importer", "[interchange][seeds]") {
    std::istringstream list(fixture("seeds.txt"));
    std::string name;
    int seeds = 0;
    while (std::getline(list, name)) {
        if (name.empty()) continue;
        ++seeds;
        INFO(name);
        const std::string bytes = fixture(name);
        IdSource ids(9);
        if (auto b = parseBackup(bytes); b) {
            CHECK(planBackupImport(everyFieldNotebook(), b.value()).ok());
        } else {
            CHECK_FALSE(b.error().message.empty());
        }
        for (const auto& r : {parseVCards(bytes), parseCsvPeers(bytes)}) {
            if (!r) {
                CHECK_FALSE(r.error().message.empty());
                continue;
            }
            auto plan = planPeerImport(Notebook{}, ids, r.value(), "file");
            CHECK((plan.ok() || !plan.error().message.empty()));
        }
        // Truncations of every seed must behave too (torn downloads, cut copies).
        for (size_t cut = 1; cut < bytes.size(); cut += 1 + bytes.size() / 16) {
            (void)parseBackup(bytes.substr(0, cut));
            (void)parseVCards(bytes.substr(0, cut));
            (void)parseCsvPeers(bytes.substr(0, cut));
        }
    }
    CHECK(seeds >= 15);
}

// The golden backup of format `version` (tests/data/interchange/backup_vN.json): it loads, and gives the
// every-field notebook (fields a later format added keep their defaults, which the sample holds).
namespace {
Notebook loadGolden(int64_t version) {
    auto b = parseBackup(fixture("backup_v" + std::to_string(version) + ".json"));
    INFO((b.ok() ? "" : b.error().message));
    REQUIRE(b.ok());
    CHECK(b.value().formatVersion == version);
    auto nb = Notebook::fromEntities(b.value().entities);
    REQUIRE(nb.ok());
    CHECK(nb.value() == everyFieldNotebook());
    return std::move(nb).value();
}
}  // namespace

TEST_CASE("The golden format-1 and format-2 backups always load", "[interchange][seeds]") {
    loadGolden(1);
    loadGolden(2);  // follow-ups and series times (optional: format-1 files load without them)
}

TEST_CASE("The golden format-3 backup loads, and the writer has not drifted from it", "[interchange][seeds]") {
    // Format 3 adds the newer settings (optional fields: format-1 and -2 files load with their defaults).
    const Notebook nb = loadGolden(3);
    CHECK(exportBackup(nb, kNowMillis) == fixture("backup_v3.json"));
}
