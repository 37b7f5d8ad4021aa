// libFuzzer driver of the CSV reader and contacts importer (./dev fuzz csv). Seeds: tests/data/interchange/fuzz/csv/,
// also replayed by core_tests "[fuzz]".
#include "tests/core/decoder_fuzz.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (!rapport::test::fuzzCsvOnce(data, size)) std::abort();
    return 0;
}
