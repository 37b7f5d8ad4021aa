// libFuzzer driver of the topic bank reader (./dev fuzz topic_bank). Seeds: tests/data/io/fuzz/topic_bank/,
// also replayed by core_tests "[fuzz]".
#include "tests/core/decoder_fuzz.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (!rapport::test::fuzzTopicBankOnce(data, size)) std::abort();
    return 0;
}
