// libFuzzer driver of the settings record decoders (./dev fuzz settings). Seeds: tests/data/io/fuzz/settings/,
// also replayed by core_tests "[fuzz]".
#include "tests/core/decoder_fuzz.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (!rapport::test::fuzzSettingsOnce(data, size)) std::abort();
    return 0;
}
