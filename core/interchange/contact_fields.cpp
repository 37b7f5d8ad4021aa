// Contact date forms and the important-date fact lookup.
#include "core/interchange/contact_fields.h"

#include <cstdio>

#include "core/interchange/text_input.h"

namespace rapport::interchange {
namespace {

// The number in s if it is all digits (at most 4), else -1.
int digits(std::string_view s) {
    if (s.empty() || s.size() > 4) return -1;
    int v = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return -1;
        v = v * 10 + (c - '0');
    }
    return v;
}

constexpr int kAppleNoYear = 1604;

}  // namespace

Result<AnnualDate> parseBirthday(std::string_view text, std::string_view what) {
    std::string_view t = trimmed(text);
    if (auto pos = t.find('T'); pos != std::string_view::npos) t = t.substr(0, pos);
    int y = 0, m = -1, d = -1;
    if (t.size() == 10 && t[4] == '-' && t[7] == '-') {
        y = digits(t.substr(0, 4)), m = digits(t.substr(5, 2)), d = digits(t.substr(8, 2));
    } else if (t.size() == 8 && t.substr(0, 2) != "--") {
        y = digits(t.substr(0, 4)), m = digits(t.substr(4, 2)), d = digits(t.substr(6, 2));
    } else if (t.size() == 7 && t.substr(0, 2) == "--" && t[4] == '-') {
        m = digits(t.substr(2, 2)), d = digits(t.substr(5, 2));
    } else if (t.size() == 6 && t.substr(0, 2) == "--") {
        m = digits(t.substr(2, 2)), d = digits(t.substr(4, 2));
    }
    const std::string shown = "The " + std::string(what) + " \"" + std::string(t) + "\"";
    if (y < 0 || m < 0 || d < 0) {
        return makeError(shown + " is not in a known form (use YYYY-MM-DD, or --MM-DD without a year).");
    }
    // Apple writes a birthday without a year as year 1604 (BDAY;X-APPLE-OMIT-YEAR=1604:1604-08-15).
    if (y == kAppleNoYear) y = 0;
    if (y != 0 && (y < 1900 || y > 2199)) return makeError(shown + " has a year outside 1900-2199.");
    // Without a year, Feb 29 is allowed (observed on Feb 28 in common years).
    const int32_t maxDay = daysInMonth(y == 0 ? 2000 : y, m);
    if (m < 1 || m > 12 || d < 1 || d > maxDay) return makeError(shown + " is not a date.");
    return AnnualDate{int16_t(y), uint8_t(m), uint8_t(d)};
}

std::string formatBirthday(const AnnualDate& d) {
    char buf[16];
    if (d.year == 0) {
        std::snprintf(buf, sizeof buf, "--%02d-%02d", int(d.month), int(d.day));
    } else {
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", int(d.year), int(d.month), int(d.day));
    }
    return buf;
}

Result<std::optional<AnnualDate>> parseMonthDayYear(std::string_view text, std::string_view what) {
    const std::string_view t = trimmed(text);
    if (t.empty() || t == "0/0/00" || t == "0/0/0000") return std::optional<AnnualDate>();
    const size_t a = t.find('/'), b = a == std::string_view::npos ? a : t.find('/', a + 1);
    const std::string shown(t);
    if (b == std::string_view::npos) {
        return makeError("The " + std::string(what) + " \"" + shown + "\" is not in Outlook's form month/day/year (e.g. 6/12/1975).");
    }
    const int m = digits(t.substr(0, a)), d = digits(t.substr(a + 1, b - a - 1));
    const std::string_view yearText = t.substr(b + 1);
    int y = digits(yearText);
    if (m < 0 || d < 0 || y < 0 || (yearText.size() != 2 && yearText.size() != 4)) {
        return makeError("The " + std::string(what) + " \"" + shown + "\" is not in Outlook's form month/day/year (e.g. 6/12/1975).");
    }
    if (yearText.size() == 2) y += y < 30 ? 2000 : 1900;
    char iso[16];
    std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", y, m, d);
    auto date = parseBirthday(iso, what);
    if (!date) return makeError("The " + std::string(what) + " \"" + shown + "\" (month/day/year) is not a date.");
    return std::optional<AnnualDate>(date.value());
}

std::unordered_map<EntityId, const Fact*> importantDateFacts(const Notebook& nb, ImportantDateKind kind) {
    std::unordered_map<EntityId, const Fact*> out;
    for (const auto& [id, f] : nb.all<Fact>()) {
        if (isImportantDate(f) && importantDateKind(f.text) == kind) out.emplace(f.peerId, &f);
    }
    return out;
}

std::unordered_map<EntityId, const Fact*> birthdayFacts(const Notebook& nb) {
    return importantDateFacts(nb, ImportantDateKind::Birthday);
}

}  // namespace rapport::interchange
