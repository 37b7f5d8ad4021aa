// CivilDate: a calendar day (year-month-day) with no time of day and no time zone.
// Stored as a day number so that comparison and arithmetic are exact and cheap.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/util/result.h"

namespace rapport {

// ISO weekday numbers: Monday = 1 ... Sunday = 7 (persisted as uint8_t, so the values are fixed).
enum class Weekday : uint8_t { Monday = 1, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday };

// True for 1..7.
constexpr bool isValid(Weekday w) { return uint8_t(w) >= 1 && uint8_t(w) <= 7; }

// The English name of a weekday ("Tuesday"); "?" for an invalid value.
const char* weekdayName(Weekday w);

// Gregorian leap-year rule.
constexpr bool isLeapYear(int32_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

// Days in month m (1..12) of year y; 0 when m is out of range.
constexpr int32_t daysInMonth(int32_t y, int32_t m) {
    constexpr int32_t kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12) return 0;
    return (m == 2 && isLeapYear(y)) ? 29 : kDays[m - 1];
}

class CivilDate {
public:
    // Years accepted by fromYmd and parseIso (four-digit years, so ISO text stays unambiguous).
    static constexpr int32_t kMinYear = 1;
    static constexpr int32_t kMaxYear = 9999;

    // Day 0 is 1970-01-01 (proleptic Gregorian).
    constexpr CivilDate() = default;
    static constexpr CivilDate fromDayNumber(int32_t days) { CivilDate d; d.m_days = days; return d; }
    constexpr int32_t dayNumber() const { return m_days; }

    // A validated date; fails with a message naming the bad part (e.g. "2023-02-29 is not a date").
    static Result<CivilDate> fromYmd(int32_t year, int32_t month, int32_t day);
    // For literals known to be valid (tests, constants); asserts on an invalid date.
    static CivilDate ymd(int32_t year, int32_t month, int32_t day);
    // Parses exactly "YYYY-MM-DD"; anything else (extra text, bad digits, impossible day) fails.
    static Result<CivilDate> parseIso(std::string_view text);

    int32_t year() const;
    int32_t month() const;  // 1..12
    int32_t day() const;    // 1..31
    Weekday weekday() const;

    // The date n days later (earlier when negative).
    constexpr CivilDate addDays(int32_t n) const { return fromDayNumber(m_days + n); }
    // The same day n months later; clamps to the month's end (Jan 31 + 1 month = Feb 28/29).
    CivilDate addMonths(int32_t n) const;
    // Days from this date to other (positive when other is later).
    constexpr int32_t daysUntil(CivilDate other) const { return other.m_days - m_days; }
    // The Monday of this date's ISO week.
    CivilDate mondayOfWeek() const;
    // "YYYY-MM-DD" (years outside 0..9999 are printed with a sign and more digits).
    std::string toIso() const;

    constexpr bool operator==(CivilDate o) const { return m_days == o.m_days; }
    constexpr bool operator!=(CivilDate o) const { return m_days != o.m_days; }
    constexpr bool operator<(CivilDate o) const { return m_days < o.m_days; }
    constexpr bool operator<=(CivilDate o) const { return m_days <= o.m_days; }
    constexpr bool operator>(CivilDate o) const { return m_days > o.m_days; }
    constexpr bool operator>=(CivilDate o) const { return m_days >= o.m_days; }

private:
    int32_t m_days = 0;
};

}  // namespace rapport
