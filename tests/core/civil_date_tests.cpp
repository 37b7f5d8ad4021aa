// Tests of CivilDate: construction, validation, weekday, month arithmetic and ISO text.
#include <catch2/catch.hpp>

#include "core/util/civil_date.h"

using rapport::CivilDate;
using rapport::Weekday;

TEST_CASE("day 0 is 1970-01-01, a Thursday", "[civil_date]") {
    CivilDate d;
    CHECK(d.year() == 1970);
    CHECK(d.month() == 1);
    CHECK(d.day() == 1);
    CHECK(d.weekday() == Weekday::Thursday);
    CHECK(d.toIso() == "1970-01-01");
}

TEST_CASE("fromYmd round-trips through the day number", "[civil_date]") {
    for (int32_t n = -719162; n <= 2932896; n += 997) {  // years 1..9999
        CivilDate d = CivilDate::fromDayNumber(n);
        auto back = CivilDate::fromYmd(d.year(), d.month(), d.day());
        REQUIRE(back.ok());
        REQUIRE(back.value() == d);
    }
    CHECK(CivilDate::ymd(2000, 3, 1).dayNumber() == 11017);
}

TEST_CASE("fromYmd rejects impossible dates with a message", "[civil_date]") {
    CHECK_FALSE(CivilDate::fromYmd(2023, 2, 29).ok());
    CHECK(CivilDate::fromYmd(2024, 2, 29).ok());
    CHECK_FALSE(CivilDate::fromYmd(1900, 2, 29).ok());  // divisible by 100, not by 400
    CHECK(CivilDate::fromYmd(2000, 2, 29).ok());
    CHECK_FALSE(CivilDate::fromYmd(2024, 4, 31).ok());
    CHECK_FALSE(CivilDate::fromYmd(2024, 13, 1).ok());
    CHECK_FALSE(CivilDate::fromYmd(2024, 0, 1).ok());
    CHECK_FALSE(CivilDate::fromYmd(2024, 1, 0).ok());
    CHECK_FALSE(CivilDate::fromYmd(0, 1, 1).ok());
    CHECK_FALSE(CivilDate::fromYmd(10000, 1, 1).ok());
    auto r = CivilDate::fromYmd(2023, 2, 29);
    CHECK(r.error().message.find("29") != std::string::npos);
}

TEST_CASE("weekday of known dates", "[civil_date]") {
    CHECK(CivilDate::ymd(2024, 2, 29).weekday() == Weekday::Thursday);
    CHECK(CivilDate::ymd(2024, 1, 1).weekday() == Weekday::Monday);
    CHECK(CivilDate::ymd(2023, 12, 31).weekday() == Weekday::Sunday);
    CHECK(CivilDate::ymd(1969, 12, 31).weekday() == Weekday::Wednesday);
    CHECK(CivilDate::ymd(2024, 3, 7).mondayOfWeek() == CivilDate::ymd(2024, 3, 4));
    CHECK(CivilDate::ymd(2024, 3, 10).mondayOfWeek() == CivilDate::ymd(2024, 3, 4));
    CHECK(CivilDate::ymd(2024, 3, 4).mondayOfWeek() == CivilDate::ymd(2024, 3, 4));
    CHECK(std::string(rapport::weekdayName(Weekday::Tuesday)) == "Tuesday");
}

TEST_CASE("addDays crosses months, years and leap days", "[civil_date]") {
    CHECK(CivilDate::ymd(2024, 2, 28).addDays(1) == CivilDate::ymd(2024, 2, 29));
    CHECK(CivilDate::ymd(2023, 2, 28).addDays(1) == CivilDate::ymd(2023, 3, 1));
    CHECK(CivilDate::ymd(2023, 12, 31).addDays(1) == CivilDate::ymd(2024, 1, 1));
    CHECK(CivilDate::ymd(2024, 1, 1).addDays(-1) == CivilDate::ymd(2023, 12, 31));
    CHECK(CivilDate::ymd(2024, 1, 1).daysUntil(CivilDate::ymd(2025, 1, 1)) == 366);
}

TEST_CASE("addMonths clamps to the end of the month", "[civil_date]") {
    CHECK(CivilDate::ymd(2024, 1, 31).addMonths(1) == CivilDate::ymd(2024, 2, 29));
    CHECK(CivilDate::ymd(2023, 1, 31).addMonths(1) == CivilDate::ymd(2023, 2, 28));
    CHECK(CivilDate::ymd(2024, 3, 31).addMonths(-1) == CivilDate::ymd(2024, 2, 29));
    CHECK(CivilDate::ymd(2024, 11, 30).addMonths(3) == CivilDate::ymd(2025, 2, 28));
    CHECK(CivilDate::ymd(2024, 2, 29).addMonths(12) == CivilDate::ymd(2025, 2, 28));
    CHECK(CivilDate::ymd(2024, 10, 15).addMonths(3) == CivilDate::ymd(2025, 1, 15));
    CHECK(CivilDate::ymd(2024, 1, 15).addMonths(-13) == CivilDate::ymd(2022, 12, 15));
    CHECK(CivilDate::ymd(2024, 5, 31).addMonths(0) == CivilDate::ymd(2024, 5, 31));
}

TEST_CASE("ISO parsing is strict and formatting pads", "[civil_date]") {
    CHECK(CivilDate::parseIso("2024-02-29").value() == CivilDate::ymd(2024, 2, 29));
    CHECK(CivilDate::ymd(5, 3, 9).toIso() == "0005-03-09");
    for (const char* bad : {"2023-02-29", "2024-2-29", "2024-02-29 ", "24-02-29", "2024/02/29", "", "abcd-ef-gh",
                            "2024-00-10", "2024-+1-10"}) {
        INFO(bad);
        CHECK_FALSE(CivilDate::parseIso(bad).ok());
    }
    CivilDate d = CivilDate::ymd(1999, 12, 31);
    CHECK(CivilDate::parseIso(d.toIso()).value() == d);
}
