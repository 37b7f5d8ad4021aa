// The clock seam: the core never reads the system time itself. The platform layer supplies the real
// clock; tests supply a fake one, so every date rule is deterministic.
#pragma once

#include <cstdint>

#include "core/util/civil_date.h"

namespace rapport {

class Clock {
public:
    virtual ~Clock() = default;
    // Wall-clock time, milliseconds since 1970-01-01 UTC (used for change timestamps).
    virtual int64_t unixMillis() const = 0;
    // The user's local calendar date (the platform applies the time zone; the core has none).
    virtual CivilDate today() const = 0;
};

// A clock that says what it is told: for tests, benchmarks and replaying data.
class FixedClock final : public Clock {
public:
    FixedClock(int64_t unixMillis, CivilDate today) : m_millis(unixMillis), m_today(today) {}
    int64_t unixMillis() const override { return m_millis; }
    CivilDate today() const override { return m_today; }
    void set(int64_t unixMillis, CivilDate today) { m_millis = unixMillis; m_today = today; }
    void advanceMillis(int64_t ms) { m_millis += ms; }

private:
    int64_t m_millis;
    CivilDate m_today;
};

}  // namespace rapport
