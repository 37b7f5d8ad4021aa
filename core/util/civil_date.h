// CivilDate: a calendar day (year-month-day) with no time of day and no time zone.
// Stored as a day number so that comparison and arithmetic are exact and cheap.
#pragma once

#include <cstdint>

namespace rapport {

class CivilDate {
public:
    // Day 0 is 1970-01-01 (proleptic Gregorian).
    constexpr CivilDate() = default;
    static constexpr CivilDate fromDayNumber(int32_t days) { CivilDate d; d.m_days = days; return d; }
    constexpr int32_t dayNumber() const { return m_days; }

    constexpr bool operator==(CivilDate o) const { return m_days == o.m_days; }
    constexpr bool operator!=(CivilDate o) const { return m_days != o.m_days; }
    constexpr bool operator<(CivilDate o) const { return m_days < o.m_days; }
    constexpr bool operator<=(CivilDate o) const { return m_days <= o.m_days; }
    constexpr bool operator>(CivilDate o) const { return m_days > o.m_days; }
    constexpr bool operator>=(CivilDate o) const { return m_days >= o.m_days; }

private:
    int32_t m_days = 0;
};

// Issue 3 (core domain) completes this header: construction from y/m/d with validation, year(),
// month(), day(), weekday, addDays/addMonths (clamping to month end), parsing and formatting ISO dates.

}  // namespace rapport
