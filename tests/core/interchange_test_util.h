// Helpers of the interchange tests: the sample notebooks, a store in memory, and fixture files.
#pragma once

#include <catch2/catch.hpp>

#include <fstream>
#include <memory>
#include <sstream>
#include <string>

#include "core/interchange/import_plan.h"
#include "core/sample/sample_notebook.h"
#include "core/store/memory_medium.h"
#include "core/store/notebook_store.h"
#include "tests/core/test_support.h"

namespace rapport::test {

constexpr int64_t kNowMillis = 1717236000000;  // 2024-06-01 10:00 UTC

// The every-field sample of test_support.h as a notebook.
inline Notebook everyFieldNotebook() {
    auto nb = Notebook::fromEntities(sampleEntities());
    REQUIRE(nb.ok());
    return std::move(nb).value();
}

// A realistic generated notebook (peers with series, meetings, commitments...).
inline Notebook generatedNotebook(int32_t peers = 12) {
    auto nb = sampleNotebook(SampleOptions{CivilDate::ymd(2024, 6, 1), peers, 4, 3, 5});
    REQUIRE(nb.ok());
    return std::move(nb).value();
}

// An empty store on a memory medium, with a fixed clock.
struct MemoryStore {
    store::MemoryMedium medium;
    FixedClock clock{kNowMillis, CivilDate::ymd(2024, 6, 1)};
    std::unique_ptr<NotebookStore> store;
    MemoryStore() {
        auto s = NotebookStore::open(medium, "nb", clock);
        REQUIRE(s.ok());
        store = std::move(s).value();
    }
};

// The contacts a vCard or CSV reader returned; fails the test (with the message) if it refused the file.
inline interchange::PeerRecords records(const Result<interchange::PeerRecords>& r) {
    INFO((r.ok() ? "" : r.error().message));
    REQUIRE(r.ok());
    return r.value();
}

// A file of tests/data/interchange/.
inline std::string fixture(const std::string& name) {
    std::ifstream in(std::string(RAPPORT_TEST_DATA_DIR) + "/interchange/" + name, std::ios::binary);
    INFO(name);
    REQUIRE(in.good());
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace rapport::test
