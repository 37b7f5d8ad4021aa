// libFuzzer driver for the store (not part of core_tests). Build with clang-14:
//   -fsanitize=fuzzer,address,undefined, plus tests/core/store_fuzz_input.cpp and the core sources.
// Seeds: tests/data/store/fuzz/ (also replayed by core_tests "[fuzz]").
#include "tests/core/store_fuzz.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (!rapport::store::test::fuzzStoreOnce(data, size)) std::abort();
    return 0;
}
