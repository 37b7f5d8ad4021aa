// libFuzzer driver of the vCard importer (./dev fuzz vcard). Seeds: tests/data/interchange/fuzz/vcard/,
// also replayed by core_tests "[fuzz]".
#include "tests/core/decoder_fuzz.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (!rapport::test::fuzzVCardOnce(data, size)) std::abort();
    return 0;
}
