// libFuzzer driver of the JSON backup reader (./dev fuzz backup). Seeds: tests/data/interchange/fuzz/backup/,
// also replayed by core_tests "[fuzz]".
#include "tests/core/decoder_fuzz.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (!rapport::test::fuzzBackupOnce(data, size)) std::abort();
    return 0;
}
