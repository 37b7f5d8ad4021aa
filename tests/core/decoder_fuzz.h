// One fuzz input through each decoder of outside data other than the store (that one: store_fuzz.h).
// Shared by the libFuzzer drivers (tests/core/*_fuzz_main.cpp, built by ./dev fuzz) and the corpus
// replay of every test run (fuzz_corpus_tests.cpp), so a crasher added to a corpus is a regression test.
// Each returns false when an invariant broke, after saying which on stderr; a crash or a sanitizer
// report is the other way to fail.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>

namespace rapport::test {

// parseBackup; a backup that parses must re-export to the same notebook, restore into an empty
// notebook exactly, and merge into a small sample notebook by a plan that applies.
bool fuzzBackupOnce(const uint8_t* data, size_t size);
// parseVCards; contacts that parse are planned into an empty notebook and the plan applied; planned
// again into the result they change nothing.
bool fuzzVCardOnce(const uint8_t* data, size_t size);
// parseCsv (re-quoted it reads back the same) and parseCsvPeers, with a --map spec before a NUL byte
// if there is one; imported peers exported with exportCsvPeers must read back the same.
bool fuzzCsvOnce(const uint8_t* data, size_t size);
// The settings record: input starting with '{' is one settings object of a JSON backup, anything else
// the binary settings payload of a store record (after its kind tag). What decodes must re-encode to
// itself, and settings a notebook accepts keep every limit.
bool fuzzSettingsOnce(const uint8_t* data, size_t size);
// parseTopicBank; a bank that parses formats back to itself and imports into an empty notebook.
bool fuzzTopicBankOnce(const uint8_t* data, size_t size);

// Reports a broken invariant (libFuzzer shows stderr with the crashing input).
inline bool brokenInvariant(const char* what) {
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
    return false;
}

}  // namespace rapport::test
