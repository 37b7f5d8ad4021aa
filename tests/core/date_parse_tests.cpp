// Tests of the typed-date reader: phrases people type for due dates and for dates something happened,
// relative to a fixed today, with month ends, leap days, year turns and the refusals users see.
#include <catch2/catch.hpp>

#include <vector>

#include "core/util/date_parse.h"

using namespace rapport;

namespace {

const CivilDate kMonday = CivilDate::ymd(2026, 11, 30);  // Monday 30 Nov 2026

struct Phrase {
    const char* text;
    const char* expected;  // ISO date, or the start of the refusal message
    DateDirection direction = DateDirection::Future;
    DateOrder order = DateOrder::Unset;
};

void checkPhrases(const std::vector<Phrase>& phrases, CivilDate today) {
    for (const Phrase& p : phrases) {
        INFO("typed: '" << p.text << "' on " << today.toIso());
        const auto r = parseDate(p.text, {today, p.order, p.direction});
        const std::string expected = p.expected;
        if (CivilDate::parseIso(expected)) {
            INFO((r ? std::string() : r.error().message));
            REQUIRE(r.ok());
            CHECK(r.value().toIso() == expected);
        } else {
            REQUIRE_FALSE(r.ok());
            CHECK(r.error().message.rfind(expected, 0) == 0);
        }
    }
}

}  // namespace

TEST_CASE("words and weekdays are read relative to today", "[date_parse]") {
    const auto past = DateDirection::Past;
    checkPhrases({
        {"today", "2026-11-30"},          {"Today", "2026-11-30"},        {"tomorrow", "2026-12-01"},
        {"tmrw", "2026-12-01"},           {"yesterday", "2026-11-29"},    {"fri", "2026-12-04"},
        {"Friday", "2026-12-04"},         {"mon", "2026-11-30"},          {"monday", "2026-11-30", past},
        {"tue", "2026-12-01"},            {"thurs", "2026-12-03"},        {"weds", "2026-12-02"},
        {"sun", "2026-12-06"},            {"sat", "2026-11-28", past},    {"fri", "2026-11-27", past},
        {"this thu", "2026-12-03"},       {"next thu", "2026-12-10"},     {"last mon", "2026-11-23"},
        {"next mon", "2026-12-07"},       {"last fri", "2026-11-27"},     {"this sunday", "2026-12-06"},
        {"Next Thursday", "2026-12-10"},  {"next week", "2026-12-07"},    {"last week", "2026-11-23"},
        {"this week", "2026-11-30"},      {"end of month", "2026-11-30"}, {"end of the month", "2026-11-30"},
        {"end of next month", "2026-12-31"}, {"eom", "2026-11-30"},
    }, kMonday);
}

TEST_CASE("amounts of time from today", "[date_parse]") {
    checkPhrases({
        {"in 3 days", "2026-12-03"},   {"in 2 weeks", "2026-12-14"},  {"in a month", "2026-12-30"},
        {"in two weeks", "2026-12-14"}, {"in a year", "2027-11-30"},  {"in 1 day", "2026-12-01"},
        {"in 10 days", "2026-12-10"},  {"in 6 months", "2027-05-30"}, {"in a week", "2026-12-07"},
        {"2 weeks ago", "2026-11-16"}, {"3 days ago", "2026-11-27"},  {"a month ago", "2026-10-30"},
        {"a year ago", "2025-11-30"},  {"one week ago", "2026-11-23"},
    }, kMonday);
}

TEST_CASE("days of the year take the year from the direction", "[date_parse]") {
    const auto past = DateDirection::Past;
    checkPhrases({
        {"14 March", "2027-03-14"},        {"March 14", "2027-03-14"},       {"14 Mar 2027", "2027-03-14"},
        {"Mar 14, 2027", "2027-03-14"},    {"the 14th of March", "2027-03-14"}, {"1st Dec", "2026-12-01"},
        {"Dec 25th", "2026-12-25"},        {"5 Jan", "2027-01-05"},          {"5 Jan", "2026-01-05", past},
        {"30 Nov", "2026-11-30"},          {"30 Nov", "2026-11-30", past},   {"1 Dec", "2025-12-01", past},
        {"29 Feb", "2028-02-29"},          {"29 Feb", "2024-02-29", past},   {"29 Feb 2028", "2028-02-29"},
        {"31 Jan", "2027-01-31"},          {"30 Sept", "2027-09-30"},        {"2026-12-09", "2026-12-09"},
        {"2027-01-31", "2027-01-31"},      {"  14 march  ", "2027-03-14"},
    }, kMonday);
}

TEST_CASE("numeric days follow the date-order setting", "[date_parse]") {
    const auto dm = DateOrder::DayMonth;
    const auto md = DateOrder::MonthDay;
    const auto fut = DateDirection::Future;
    checkPhrases({
        {"25/12", "2026-12-25"},            {"12/25", "2026-12-25"},             {"9/12", "2026-12-09", fut, dm},
        {"9/12", "2027-09-12", fut, md},    {"9.12", "2026-12-09", fut, dm},     {"9/12/2027", "2027-12-09", fut, dm},
        {"9.12.27", "2027-12-09", fut, dm}, {"5/5", "2027-05-05"},               {"1/1", "2027-01-01"},
        {"12/9", "2026-12-09", fut, md},    {"31/12/2026", "2026-12-31"},
    }, kMonday);
}

TEST_CASE("ambiguous or impossible dates are refused with the reason", "[date_parse]") {
    const auto md = DateOrder::MonthDay;
    const auto dm = DateOrder::DayMonth;
    const auto fut = DateDirection::Future;
    checkPhrases({
        {"", "Type a date"},
        {"   ", "Type a date"},
        {"9/12", "'9/12' could be 9 Dec or 12 Sep: set the date order in Settings or type '9 Dec'."},
        {"3.4", "'3.4' could be 3 Apr or 4 Mar"},
        {"31 April", "31 April does not exist."},
        {"29 Feb 2027", "29 February 2027 does not exist: 2027 is not a leap year."},
        {"30 February", "30 February does not exist."},
        {"32 Jan", "32 January does not exist."},
        {"13/13", "'13/13' is not a date: there is no month 13."},
        {"25/12", "'25/12' is not a date: there is no month 25 (dates are read month/day, see Settings).", fut, md},
        {"0/12", "0 December does not exist.", fut, dm},
        {"someday", "'someday' is not a date I can read"},
        {"next year", "'next year' is not a date I can read"},
        {"2026-13-01", "'2026-13-01' is not a date."},
        {"2026-02-30", "30 February 2026 does not exist."},
        {"in two fortnights", "'in two fortnights' is not a date I can read"},
        {"next blursday", "'next blursday' is not a date I can read"},
        {"by friday", "'by friday' is not a date I can read"},
    }, kMonday);
}

TEST_CASE("month ends, leap days and the turn of the year", "[date_parse]") {
    checkPhrases({{"in a month", "2027-02-28"}, {"in 1 month", "2027-02-28"}}, CivilDate::ymd(2027, 1, 31));
    checkPhrases({{"in a month", "2028-02-29"}, {"in 1 month", "2028-02-29"}}, CivilDate::ymd(2028, 1, 31));
    checkPhrases({{"a year ago", "2027-02-28"}, {"in a year", "2029-02-28"}}, CivilDate::ymd(2028, 2, 29));
    checkPhrases({
        {"next week", "2027-01-04"}, {"fri", "2027-01-01"}, {"in 1 week", "2027-01-04"},
        {"end of month", "2026-12-31"}, {"end of next month", "2027-01-31"}, {"5 Jan", "2027-01-05"},
        {"tomorrow", "2026-12-29"}, {"next mon", "2027-01-04"},
    }, CivilDate::ymd(2026, 12, 28));
    checkPhrases({{"last week", "2026-12-28"}, {"end of last month", "2026-12-31"}, {"28 Dec", "2026-12-28", DateDirection::Past}},
                 CivilDate::ymd(2027, 1, 6));
}

TEST_CASE("days of the year for important dates keep the year only when typed", "[date_parse]") {
    struct Day { const char* text; int32_t year, month, day; DateOrder order = DateOrder::Unset; };
    const std::vector<Day> days = {
        {"14 March", 0, 3, 14},       {"March 14", 0, 3, 14},        {"March 14 1980", 1980, 3, 14},
        {"14 March 1980", 1980, 3, 14}, {"Mar 14th", 0, 3, 14},      {"14th of March", 0, 3, 14},
        {"12/09", 0, 9, 12, DateOrder::DayMonth}, {"12/09", 0, 12, 9, DateOrder::MonthDay},
        {"25/12", 0, 12, 25},         {"12/25", 0, 12, 25},          {"--12-09", 0, 12, 9},
        {"2026-12-09", 2026, 12, 9},  {"1980-02-29", 1980, 2, 29},   {"29 Feb", 0, 2, 29},
        {"Feb 29 1984", 1984, 2, 29}, {"9/12/1980", 1980, 12, 9, DateOrder::DayMonth},
        {"1 jan", 0, 1, 1},           {"31 Dec", 0, 12, 31},         {"Sept 3", 0, 9, 3},
        {"3 May", 0, 5, 3},           {"May 3, 1979", 1979, 5, 3},   {"the 1st of April", 0, 4, 1},
    };
    for (const Day& d : days) {
        INFO("typed: '" << d.text << "'");
        const auto r = parseDayOfYear(d.text, d.order);
        INFO((r ? std::string() : r.error().message));
        REQUIRE(r.ok());
        CHECK(r.value().year == d.year);
        CHECK(r.value().month == d.month);
        CHECK(r.value().day == d.day);
    }
    // Every month by its full name, both ways round.
    for (int32_t m = 1; m <= 12; ++m) {
        static const char* const kNames[] = {"January", "February", "March", "April", "May", "June", "July",
                                             "August", "September", "October", "November", "December"};
        for (const std::string& text : {std::string("10 ") + kNames[m - 1], std::string(kNames[m - 1]) + " 10"}) {
            INFO(text);
            const auto r = parseDayOfYear(text, DateOrder::Unset);
            REQUIRE(r.ok());
            CHECK(r.value().month == m);
            CHECK(r.value().day == 10);
        }
    }
}

TEST_CASE("important dates that do not exist are refused", "[date_parse]") {
    struct Refusal { const char* text; const char* message; };
    const std::vector<Refusal> refusals = {
        {"29 Feb 1981", "29 February 1981 does not exist: 1981 is not a leap year."},
        {"31 April", "31 April does not exist."},
        {"30 Feb", "30 February does not exist."},
        {"12/09", "'12/09' could be 12 Sep or 9 Dec: set the date order in Settings or type '12 Sep'."},
        {"--13-01", "'--13-01' is not a date."},
        {"birthday", "'birthday' is not a day I can read"},
        {"", "Type a day"},
        {"tomorrow", "'tomorrow' is not a day I can read"},
        {"0 May", "'0 May' is not a day I can read"},
    };
    for (const Refusal& r : refusals) {
        INFO("typed: '" << r.text << "'");
        const auto parsed = parseDayOfYear(r.text, DateOrder::Unset);
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().message.rfind(r.message, 0) == 0);
    }
}
