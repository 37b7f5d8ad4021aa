// One fuzz input through the store's decoders and its whole open path (in memory). Shared by the
// libFuzzer driver (store_fuzz_main.cpp) and the corpus replay in the ordinary test run.
#pragma once

#include <cstddef>
#include <cstdint>

namespace rapport::store::test {

// First byte picks the target: 0 record/state decoders, 1 a log segment behind a valid MANIFEST,
// 2 a whole store (u16 lengths split the rest into MANIFEST, snapshot, segment). Returns false if an
// invariant broke (a decoded record that does not re-encode to itself, a notebook that opened but does
// not back up restorably); crashes are the other failure.
bool fuzzStoreOnce(const uint8_t* data, size_t size);

}  // namespace rapport::store::test
