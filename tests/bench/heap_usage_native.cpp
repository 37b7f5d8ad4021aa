// Heap and peak-RSS probes for native (glibc) builds: mallinfo2 and /proc/self/status.
#include <malloc.h>

#include <fstream>
#include <string>

#include "tests/bench/bench_util.h"

namespace rapport::bench {

uint64_t heapBytesInUse() {
    const struct mallinfo2 info = mallinfo2();
    return static_cast<uint64_t>(info.uordblks) + static_cast<uint64_t>(info.hblkhd);
}

uint64_t peakRssBytes() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmHWM:", 0) == 0) return std::stoull(line.substr(6)) * 1024;
    }
    return 0;
}

}  // namespace rapport::bench
