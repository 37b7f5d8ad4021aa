// The typed-date reader: the text is cut into lower-case words, then matched against a few phrase shapes.
// Every refusal names what was typed, so the field can show it beside the text.
#include "core/util/date_parse.h"

#include <cctype>
#include <vector>

namespace rapport {

namespace {

const char* const kMonthNames[] = {"January", "February", "March",     "April",   "May",      "June",
                                   "July",    "August",   "September", "October", "November", "December"};
const char* const kMonthShort[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
const char* const kWeekdays[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

using Words = std::vector<std::string>;

// Lower-case words; commas split; "the", "of", "on" are dropped ("the 14th of March").
Words words(std::string_view text) {
    Words out;
    std::string word;
    auto flush = [&] {
        if (!word.empty() && word != "the" && word != "of" && word != "on") out.push_back(word);
        word.clear();
    };
    for (char c : text) {
        if (c == ' ' || c == '\t' || c == ',') flush();
        else word += char(std::tolower(static_cast<unsigned char>(c)));
    }
    flush();
    return out;
}

std::string quoted(std::string_view text) {
    std::string t(text);
    const size_t b = t.find_first_not_of(" \t");
    if (b == std::string::npos) return "''";
    return "'" + t.substr(b, t.find_last_not_of(" \t") - b + 1) + "'";
}

// Digits only, at most 4 of them.
bool number(const std::string& w, int32_t& out) {
    if (w.empty() || w.size() > 4) return false;
    out = 0;
    for (char c : w) {
        if (!std::isdigit(static_cast<unsigned char>(c))) return false;
        out = out * 10 + (c - '0');
    }
    return true;
}

// "14", "14th", "1st", "2nd", "3rd" -> the day number.
bool dayNumber(const std::string& w, int32_t& out) {
    std::string digits = w;
    if (w.size() > 2) {
        const std::string suffix = w.substr(w.size() - 2);
        if (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th") digits = w.substr(0, w.size() - 2);
    }
    return digits.size() <= 2 && number(digits, out) && out >= 1;
}

// "3", "a", "an", "one" ... "twelve".
bool amount(const std::string& w, int32_t& out) {
    static const char* const kWords[] = {"one", "two", "three", "four", "five", "six",
                                         "seven", "eight", "nine", "ten", "eleven", "twelve"};
    if (w == "a" || w == "an") { out = 1; return true; }
    for (int i = 0; i < 12; ++i) {
        if (w == kWords[i]) { out = i + 1; return true; }
    }
    return w.size() <= 3 && number(w, out);
}

// 1..12 for a month name or its abbreviation ("sep", "sept"), else 0.
int32_t monthOf(const std::string& w) {
    if (w.size() < 3) return 0;
    for (int32_t m = 0; m < 12; ++m) {
        std::string name = kMonthNames[m];
        for (char& c : name) c = char(std::tolower(static_cast<unsigned char>(c)));
        if (w == name || w == name.substr(0, 3) || (m == 8 && w == "sept")) return m + 1;
    }
    return 0;
}

// 1..7 for a weekday name or abbreviation ("thu", "thur", "thurs", "tues", "weds"), else 0.
int32_t weekdayOf(const std::string& w) {
    if (w.size() < 3) return 0;
    for (int32_t d = 0; d < 7; ++d) {
        const std::string name = kWeekdays[d];
        if (w.size() <= name.size() && name.compare(0, w.size(), w) == 0) return d + 1;
    }
    return w == "weds" ? 3 : 0;
}

enum class Unit { Day, Week, Month, Year, None };
Unit unitOf(const std::string& w) {
    if (w == "day" || w == "days") return Unit::Day;
    if (w == "week" || w == "weeks" || w == "wk" || w == "wks") return Unit::Week;
    if (w == "month" || w == "months") return Unit::Month;
    if (w == "year" || w == "years") return Unit::Year;
    return Unit::None;
}

CivilDate shift(CivilDate d, int32_t n, Unit unit) {
    switch (unit) {
        case Unit::Day: return d.addDays(n);
        case Unit::Week: return d.addDays(7 * n);
        case Unit::Month: return d.addMonths(n);
        case Unit::Year: return d.addMonths(12 * n);
        case Unit::None: break;
    }
    return d;
}

Error notADay(int32_t day, int32_t month, int32_t year) {
    std::string text = std::to_string(day) + " " + kMonthNames[month - 1];
    if (year != 0) text += " " + std::to_string(year);
    if (month == 2 && day == 29 && year != 0) {
        return makeError(text + " does not exist: " + std::to_string(year) + " is not a leap year.");
    }
    return makeError(text + " does not exist.");
}

// Checks a day (29 Feb is fine without a year).
Result<TypedDay> checked(int32_t year, int32_t month, int32_t day) {
    if (year != 0 && (year < CivilDate::kMinYear || year > CivilDate::kMaxYear)) {
        return makeError("The year " + std::to_string(year) + " is out of range.");
    }
    if (day < 1 || day > daysInMonth(year != 0 ? year : 2000, month)) return notADay(day, month, year);
    return TypedDay{year, month, day};
}

bool yearWord(const std::string& w, int32_t& year) {
    if (w.size() == 4) return number(w, year);
    if (w.size() == 2 && number(w, year)) { year += 2000; return true; }
    return false;
}

// "9/12", "9.12", "9/12/2026", "9.12.26": two or three numbers read in the setting's order.
enum class Shape { NoMatch, Matched };
Shape numericDay(const std::string& w, DateOrder order, Result<TypedDay>& out) {
    const char sep = w.find('/') != std::string::npos ? '/' : '.';
    std::vector<std::string> parts;
    size_t start = 0;
    for (size_t i = 0; i <= w.size(); ++i) {
        if (i == w.size() || w[i] == sep) {
            parts.push_back(w.substr(start, i - start));
            start = i + 1;
        }
    }
    if (parts.size() < 2 || parts.size() > 3) return Shape::NoMatch;
    int32_t a = 0, b = 0, year = 0;
    if (parts[0].size() > 2 || parts[1].size() > 2 || !number(parts[0], a) || !number(parts[1], b)) return Shape::NoMatch;
    if (parts.size() == 3 && !yearWord(parts[2], year)) return Shape::NoMatch;
    const std::string typed = "'" + w + "'";
    int32_t day = 0, month = 0;
    if (order == DateOrder::DayMonth) { day = a; month = b; }
    else if (order == DateOrder::MonthDay) { month = a; day = b; }
    else if (a > 12 && b <= 12) { day = a; month = b; }
    else if (b > 12 && a <= 12) { month = a; day = b; }
    else if (a == b) { day = a; month = b; }
    else if (a >= 1 && b >= 1 && a <= 12 && b <= 12) {
        out = makeError(typed + " could be " + dayMonthText(a, b) + " or " + dayMonthText(b, a) +
                        ": set the date order in Settings or type '" + dayMonthText(a, b) + "'.");
        return Shape::Matched;
    }
    if (month < 1 || month > 12) {
        const char* how = order == DateOrder::DayMonth ? " (dates are read day/month, see Settings)"
                          : order == DateOrder::MonthDay ? " (dates are read month/day, see Settings)" : "";
        out = makeError(typed + " is not a date: there is no month " + std::to_string(month) + how + ".");
        return Shape::Matched;
    }
    out = checked(year, month, day);
    return Shape::Matched;
}

// "14 March", "March 14", "14th Mar 2027", "Mar 14 2027", "9/12", "--12-09", "2026-12-09".
Shape calendarDay(const Words& w, DateOrder order, Result<TypedDay>& out) {
    if (w.size() == 1) {
        const std::string& t = w[0];
        if (t.size() == 7 && t.compare(0, 2, "--") == 0 && t[4] == '-') {
            int32_t m = 0, d = 0;
            if (!number(t.substr(2, 2), m) || !number(t.substr(5, 2), d)) return Shape::NoMatch;
            out = m >= 1 && m <= 12 ? checked(0, m, d) : Result<TypedDay>(makeError("'" + t + "' is not a date."));
            return Shape::Matched;
        }
        if (t.size() == 10 && t[4] == '-' && t[7] == '-') {
            int32_t y = 0, m = 0, d = 0;
            if (!number(t.substr(0, 4), y) || !number(t.substr(5, 2), m) || !number(t.substr(8, 2), d)) return Shape::NoMatch;
            out = m >= 1 && m <= 12 ? checked(y, m, d) : Result<TypedDay>(makeError("'" + t + "' is not a date."));
            return Shape::Matched;
        }
        return numericDay(t, order, out);
    }
    if (w.size() != 2 && w.size() != 3) return Shape::NoMatch;
    int32_t day = 0, month = 0, year = 0;
    if (dayNumber(w[0], day) && (month = monthOf(w[1])) != 0) {
    } else if ((month = monthOf(w[0])) != 0 && dayNumber(w[1], day)) {
    } else {
        return Shape::NoMatch;
    }
    if (w.size() == 3 && (w[2].size() != 4 || !number(w[2], year))) return Shape::NoMatch;
    out = checked(year, month, day);
    return Shape::Matched;
}

// The year for a day typed without one: the nearest occurrence in the preferred direction, today included.
Result<CivilDate> resolveYear(const TypedDay& d, const DateParseOptions& o) {
    if (d.year != 0) {
        auto r = CivilDate::fromYmd(d.year, d.month, d.day);
        if (!r) return notADay(d.day, d.month, d.year);
        return r;
    }
    const int32_t step = o.direction == DateDirection::Future ? 1 : -1;
    for (int32_t i = 0; i < 9; ++i) {  // 29 Feb recurs within 8 years
        const int32_t y = o.today.year() + step * i;
        if (d.day > daysInMonth(y, d.month)) continue;
        const CivilDate c = CivilDate::ymd(y, d.month, d.day);
        if (o.direction == DateDirection::Future ? c >= o.today : c <= o.today) return c;
    }
    return notADay(d.day, d.month, 0);
}

// A weekday phrase: "fri", "this fri", "next fri", "last fri".
bool weekdayPhrase(const Words& w, const DateParseOptions& o, CivilDate& out) {
    const std::string which = w.size() == 2 ? w[0] : "";
    const int32_t day = weekdayOf(w.back());
    if (day == 0 || w.size() > 2 || (w.size() == 2 && which != "this" && which != "next" && which != "last")) return false;
    const int32_t todayIndex = static_cast<int32_t>(o.today.weekday());
    if (which.empty()) {
        const int32_t ahead = (day - todayIndex + 7) % 7;
        out = o.direction == DateDirection::Future ? o.today.addDays(ahead) : o.today.addDays(-((todayIndex - day + 7) % 7));
        return true;
    }
    const int32_t weekShift = which == "next" ? 7 : which == "last" ? -7 : 0;
    out = o.today.mondayOfWeek().addDays(weekShift + day - 1);
    return true;
}

bool relativePhrase(const Words& w, const DateParseOptions& o, CivilDate& out) {
    const CivilDate today = o.today;
    if (w.size() == 1) {
        if (w[0] == "today") out = today;
        else if (w[0] == "tomorrow" || w[0] == "tmrw" || w[0] == "tmr") out = today.addDays(1);
        else if (w[0] == "yesterday") out = today.addDays(-1);
        else if (w[0] == "eom") out = today.addDays(daysInMonth(today.year(), today.month()) - today.day());
        else return false;
        return true;
    }
    if (w.size() == 2 && w[1] == "week" && (w[0] == "next" || w[0] == "last" || w[0] == "this")) {
        out = today.mondayOfWeek().addDays(w[0] == "next" ? 7 : w[0] == "last" ? -7 : 0);
        return true;
    }
    if (w[0] == "end" && w.back() == "month" && w.size() <= 3) {
        int32_t months = 0;
        if (w.size() == 3 && w[1] == "next") months = 1;
        else if (w.size() == 3 && w[1] == "last") months = -1;
        else if (w.size() == 3 && w[1] != "this") return false;
        const CivilDate first = today.addDays(1 - today.day()).addMonths(months);
        out = first.addDays(daysInMonth(first.year(), first.month()) - 1);
        return true;
    }
    int32_t n = 0;
    if (w.size() == 3 && w[0] == "in" && amount(w[1], n) && unitOf(w[2]) != Unit::None) {
        out = shift(today, n, unitOf(w[2]));
        return true;
    }
    if (w.size() == 3 && w[2] == "ago" && amount(w[0], n) && unitOf(w[1]) != Unit::None) {
        out = shift(today, -n, unitOf(w[1]));
        return true;
    }
    return false;
}

}  // namespace

Result<CivilDate> parseDate(std::string_view text, const DateParseOptions& options) {
    const Words w = words(text);
    if (w.empty()) return makeError("Type a date, e.g. 'fri', '14 March' or 'in 2 weeks'.");
    CivilDate out;
    if (relativePhrase(w, options, out) || weekdayPhrase(w, options, out)) {
        if (out.year() < CivilDate::kMinYear || out.year() > CivilDate::kMaxYear) {
            return makeError(quoted(text) + " is too far away.");
        }
        return out;
    }
    Result<TypedDay> day = makeError("");
    if (calendarDay(w, options.order, day) == Shape::Matched) {
        if (!day) return day.error();
        return resolveYear(day.value(), options);
    }
    return makeError(quoted(text) + " is not a date I can read: try 'fri', '14 March', 'in 2 weeks' or '2026-12-09'.");
}

Result<TypedDay> parseDayOfYear(std::string_view text, DateOrder order) {
    const Words w = words(text);
    if (w.empty()) return makeError("Type a day, e.g. '14 March' or '14 March 1980'.");
    Result<TypedDay> day = makeError("");
    if (calendarDay(w, order, day) == Shape::Matched) return day;
    return makeError(quoted(text) + " is not a day I can read: try '14 March', 'March 14 1980' or '1980-03-14'.");
}

const char* monthShortName(int32_t month) { return month >= 1 && month <= 12 ? kMonthShort[month - 1] : "?"; }

std::string dayMonthText(int32_t day, int32_t month) { return std::to_string(day) + " " + monthShortName(month); }

}  // namespace rapport
