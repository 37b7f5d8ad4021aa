// Heap probe for the wasm build (Emscripten's dlmalloc keeps mallinfo); no peak RSS under Node.
#include <malloc.h>

#include "tests/bench/bench_util.h"

namespace rapport::bench {

uint64_t heapBytesInUse() {
    const struct mallinfo info = mallinfo();
    return static_cast<uint64_t>(info.uordblks);
}

uint64_t peakRssBytes() { return 0; }

}  // namespace rapport::bench
