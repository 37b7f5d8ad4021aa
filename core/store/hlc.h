// Hybrid logical clock: 48-bit wall milliseconds and a 16-bit counter in one uint64_t. It never goes
// backwards, even when the wall clock does, so change records stay ordered for a later multi-device merge.
#pragma once

#include <cstdint>

namespace rapport::store {

using Hlc = uint64_t;

constexpr uint64_t hlcMillis(Hlc h) { return h >> 16; }
constexpr uint32_t hlcCounter(Hlc h) { return static_cast<uint32_t>(h & 0xFFFFu); }
constexpr Hlc makeHlc(uint64_t millis, uint32_t counter) { return (millis << 16) | (counter & 0xFFFFu); }

class HybridClock {
public:
    // A timestamp greater than every one returned or observed before. Negative or out-of-range wall
    // times are clamped; a counter overflow borrows the next millisecond.
    Hlc tick(int64_t wallMillis);
    // Takes in a timestamp read from disk (or another device) so later ticks come after it.
    void observe(Hlc seen);
    Hlc last() const { return m_last; }

private:
    Hlc m_last = 0;
};

}  // namespace rapport::store
