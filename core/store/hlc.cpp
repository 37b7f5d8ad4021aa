// Hybrid logical clock (Kulkarni et al. 2014), reduced to the single-writer case plus observe().
#include "core/store/hlc.h"

namespace rapport::store {

namespace {
constexpr uint64_t kMaxMillis = (uint64_t{1} << 48) - 1;
}

Hlc HybridClock::tick(int64_t wallMillis) {
    uint64_t wall = wallMillis < 0 ? 0 : static_cast<uint64_t>(wallMillis);
    if (wall > kMaxMillis) wall = kMaxMillis;
    const uint64_t lastMs = hlcMillis(m_last);
    if (wall > lastMs) {
        m_last = makeHlc(wall, 0);
    } else if (hlcCounter(m_last) < 0xFFFFu) {
        m_last += 1;  // same (or earlier) wall time: bump the counter
    } else {
        m_last = makeHlc(lastMs + 1, 0);
    }
    return m_last;
}

void HybridClock::observe(Hlc seen) {
    if (seen > m_last) m_last = seen;
}

}  // namespace rapport::store
