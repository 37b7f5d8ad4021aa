// Dates typed the way people speak ("fri", "next thu", "14 March", "in 2 weeks", "9/12", ISO), read
// relative to today. Ambiguous or impossible input is refused with one sentence saying why, never guessed.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/util/civil_date.h"
#include "core/util/result.h"

namespace rapport {

// How "9/12" and "9.12" are read (a setting; persisted as uint8_t, so the values are fixed).
// Unset: only numbers that fit one way are read ("25/12"); "9/12" is refused as ambiguous.
enum class DateOrder : uint8_t { Unset = 0, DayMonth = 1, MonthDay = 2 };
constexpr bool isValid(DateOrder o) { return uint8_t(o) <= 2; }

// Which way a date without a year (or a bare weekday) is resolved: due dates prefer the future (the next
// "5 Jan", the coming "fri"), dates something happened prefer the past (the latest "5 Jan").
enum class DateDirection : uint8_t { Future, Past };

struct DateParseOptions {
    CivilDate today;
    DateOrder order = DateOrder::Unset;
    DateDirection direction = DateDirection::Future;
};

// Reads a typed date. Understood (case-insensitive, commas and "the"/"of"/"on" ignored):
// - "today", "tomorrow", "yesterday";
// - a weekday ("fri", "friday"): the nearest one, today included (Future: on or after today, Past: on or
//   before); "this fri": that day of this Monday-to-Sunday week; "next fri" / "last fri": that day of
//   next / last week;
// - "next week" / "last week": the Monday of that week; "end of month" / "end of next month": its last day;
// - "in 3 days", "in 2 weeks", "in a month", "in one year"; "3 days ago", "a week ago" (months clamp to
//   the month's end: Jan 31 + 1 month = Feb 28/29);
// - "14 March", "March 14", "14th Mar 2027", "Mar 14, 2027" (no year: the direction picks the year);
// - "9/12", "9.12", "9/12/2026", "9.12.26" per `order` (two-digit years are 20xx);
// - ISO "2026-12-09".
// Fails, with a sentence to show the user, on empty text, unknown words, impossible days ("31 April does
// not exist."), 29 Feb in a common year, and "9/12" when no order setting decides it.
Result<CivilDate> parseDate(std::string_view text, const DateParseOptions& options);

// A month and day with an optional year (0 = none), as typed for a birthday.
struct TypedDay {
    int32_t year = 0;
    int32_t month = 1;
    int32_t day = 1;
};
// Reads "14 March", "March 14 1980", "12/09" (per `order`), "--12-09" (vCard, no year) or "2026-12-09".
// 29 Feb is accepted without a year (it is observed on 28 Feb in common years). Fails like parseDate.
Result<TypedDay> parseDayOfYear(std::string_view text, DateOrder order);

// "Dec" for 12; "?" out of range.
const char* monthShortName(int32_t month);
// "4 Dec" (no weekday, no year).
std::string dayMonthText(int32_t day, int32_t month);

}  // namespace rapport
