// CivilDate conversions between day numbers and year/month/day, after Howard Hinnant's public-domain
// "chrono-compatible low-level date algorithms" (exact for the whole proleptic Gregorian calendar).
#include "core/util/civil_date.h"

#include <cassert>
#include <cstdio>

namespace rapport {
namespace {

struct Ymd {
    int32_t y;
    int32_t m;
    int32_t d;
};

int32_t daysFromCivil(int32_t y, int32_t m, int32_t d) {
    y -= m <= 2 ? 1 : 0;
    const int32_t era = (y >= 0 ? y : y - 399) / 400;
    const int32_t yoe = y - era * 400;                                 // [0, 399]
    const int32_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;  // [0, 365]
    const int32_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;          // [0, 146096]
    return era * 146097 + doe - 719468;
}

Ymd civilFromDays(int32_t z) {
    z += 719468;
    const int32_t era = (z >= 0 ? z : z - 146096) / 146097;
    const int32_t doe = z - era * 146097;
    const int32_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int32_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int32_t mp = (5 * doy + 2) / 153;
    const int32_t d = doy - (153 * mp + 2) / 5 + 1;
    const int32_t m = mp < 10 ? mp + 3 : mp - 9;
    return {yoe + era * 400 + (m <= 2 ? 1 : 0), m, d};
}

}  // namespace

const char* weekdayName(Weekday w) {
    static const char* const kNames[7] = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                          "Friday", "Saturday", "Sunday"};
    return isValid(w) ? kNames[uint8_t(w) - 1] : "?";
}

Result<CivilDate> CivilDate::fromYmd(int32_t year, int32_t month, int32_t day) {
    if (year < kMinYear || year > kMaxYear) {
        return makeError("Year " + std::to_string(year) + " is out of range (1 to 9999).");
    }
    if (month < 1 || month > 12) {
        return makeError("Month " + std::to_string(month) + " is out of range (1 to 12).");
    }
    if (day < 1 || day > daysInMonth(year, month)) {
        return makeError("Day " + std::to_string(day) + " does not exist in " + std::to_string(year) +
                         "-" + (month < 10 ? "0" : "") + std::to_string(month) + ".");
    }
    return fromDayNumber(daysFromCivil(year, month, day));
}

CivilDate CivilDate::ymd(int32_t year, int32_t month, int32_t day) {
    auto r = fromYmd(year, month, day);
    assert(r.ok());
    return r.ok() ? r.value() : CivilDate();
}

Result<CivilDate> CivilDate::parseIso(std::string_view text) {
    auto bad = [&] {
        return makeError("\"" + std::string(text.substr(0, 40)) + "\" is not a date in the form YYYY-MM-DD.");
    };
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return bad();
    auto number = [&](size_t from, size_t len, int32_t& out) {
        out = 0;
        for (size_t i = from; i < from + len; ++i) {
            if (text[i] < '0' || text[i] > '9') return false;
            out = out * 10 + (text[i] - '0');
        }
        return true;
    };
    int32_t y = 0, m = 0, d = 0;
    if (!number(0, 4, y) || !number(5, 2, m) || !number(8, 2, d)) return bad();
    return fromYmd(y, m, d);
}

int32_t CivilDate::year() const { return civilFromDays(m_days).y; }
int32_t CivilDate::month() const { return civilFromDays(m_days).m; }
int32_t CivilDate::day() const { return civilFromDays(m_days).d; }

Weekday CivilDate::weekday() const {
    // 1970-01-01 was a Thursday (ISO 4).
    const int32_t r = ((m_days % 7) + 7 + 3) % 7;  // 0 = Monday
    return Weekday(uint8_t(r + 1));
}

CivilDate CivilDate::addMonths(int32_t n) const {
    const Ymd c = civilFromDays(m_days);
    const int64_t total = int64_t(c.y) * 12 + (c.m - 1) + n;
    const int32_t y = int32_t(total >= 0 ? total / 12 : (total - 11) / 12);
    const int32_t m = int32_t(total - int64_t(y) * 12) + 1;
    const int32_t dim = daysInMonth(y, m);
    return fromDayNumber(daysFromCivil(y, m, c.d > dim ? dim : c.d));
}

CivilDate CivilDate::mondayOfWeek() const { return addDays(1 - int32_t(weekday())); }

std::string CivilDate::toIso() const {
    const Ymd c = civilFromDays(m_days);
    char buf[32];
    if (c.y >= 0 && c.y <= 9999) {
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", int(c.y), int(c.m), int(c.d));
    } else {
        std::snprintf(buf, sizeof buf, "%+d-%02d-%02d", int(c.y), int(c.m), int(c.d));
    }
    return buf;
}

}  // namespace rapport
