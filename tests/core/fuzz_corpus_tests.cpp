// Replays every fuzz target's seed corpus (tests/data/.../fuzz) in the ordinary test run, natively and
// in wasm, so an input ./dev fuzz once crashed on stays a regression test; checks that no target of
// tests/fuzz/CMakeLists.txt is left out; and holds the hidden generator of the binary settings seeds:
// core_tests "[.fuzz-corpus]".
#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <regex>
#include <sstream>

#include "core/io/model_io.h"
#include "core/store/posix_medium.h"
#include "tests/core/decoder_fuzz.h"
#include "tests/core/store_fuzz.h"
#include "tests/core/store_test_util.h"

using namespace rapport;

namespace {

struct FuzzTarget {
    const char* corpus;  // under tests/, as in tests/fuzz/CMakeLists.txt
    bool (*once)(const uint8_t*, size_t);
};

// Every rapport_fuzzer() of tests/fuzz/CMakeLists.txt, by name.
const std::map<std::string, FuzzTarget> kTargets = {
    {"store", {"data/store/fuzz", store::test::fuzzStoreOnce}},
    {"backup", {"data/interchange/fuzz/backup", test::fuzzBackupOnce}},
    {"vcard", {"data/interchange/fuzz/vcard", test::fuzzVCardOnce}},
    {"csv", {"data/interchange/fuzz/csv", test::fuzzCsvOnce}},
    {"settings", {"data/io/fuzz/settings", test::fuzzSettingsOnce}},
    {"topic_bank", {"data/io/fuzz/topic_bank", test::fuzzTopicBankOnce}},
};

std::string corpusDir(const FuzzTarget& t) { return std::string(RAPPORT_SOURCE_DIR) + "/tests/" + t.corpus; }

}  // namespace

TEST_CASE("every fuzz corpus replays without a crash or a broken invariant", "[fuzz]") {
    for (const auto& [name, target] : kTargets) {
        const auto corpus = store::test::readFolder(corpusDir(target));
        INFO(name << " (" << target.corpus << ")");
        CHECK(corpus.size() >= 3);
        for (const auto& [file, bytes] : corpus) {
            INFO(file);
            CHECK(target.once(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size()));
        }
    }
}

TEST_CASE("every libFuzzer target has its corpus replayed here", "[fuzz]") {
    std::ifstream in(std::string(RAPPORT_SOURCE_DIR) + "/tests/fuzz/CMakeLists.txt");
    REQUIRE(in.good());
    const std::regex line(R"(^rapport_fuzzer\((\S+) (\S+))");
    std::string text;
    int listed = 0;
    while (std::getline(in, text)) {
        std::smatch m;
        if (!std::regex_search(text, m, line)) continue;
        ++listed;
        INFO(text);
        const auto it = kTargets.find(m[1].str());
        REQUIRE(it != kTargets.end());
        CHECK(m[2].str() == it->second.corpus);
    }
    CHECK(listed == int(kTargets.size()));
}

TEST_CASE("generate the binary settings fuzz seeds", "[.fuzz-corpus]") {
    const std::string dir = corpusDir(kTargets.at("settings"));
    store::PosixMedium disk;
    REQUIRE(disk.makeDirectory(dir));
    // A store record of one entity is its u16 kind tag then the payload; the target adds the tag.
    const auto payload = [](const Settings& s) { return encodeEntity(Entity(s)).substr(2); };
    Settings full;
    full.id = 0x5e77;
    full.myName = "Sam Rivera";
    full.myInterests = {"cycling", "jazz", "sourdough"};
    full.weeklyBudgetMinutes = 240;
    full.peerWeekday = Weekday::Wednesday;
    full.theme = 1;
    full.fontSize = 20;
    Settings defaults;
    defaults.id = 7;
    REQUIRE(disk.writeFile(dir + "/binary-full", payload(full)));
    REQUIRE(disk.writeFile(dir + "/binary-defaults", payload(defaults)));
    // Regression: 41 bytes that are not UTF-8 became 123 bytes of U+FFFD in a backup, past the name limit.
    Settings notUtf8 = full;
    notUtf8.myName = std::string(41, '\xFF');
    REQUIRE(disk.writeFile(dir + "/binary-name-not-utf8", payload(notUtf8)));
    // Format 1 (before theme and font size): version 1 and without the last two fields (1 + 4 bytes).
    std::string v1 = payload(full);
    v1[0] = 1;
    REQUIRE(disk.writeFile(dir + "/binary-format-1", v1.substr(0, v1.size() - 5)));
}
