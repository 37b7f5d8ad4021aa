// Birthday text forms and the birthday fact lookup.
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

}  // namespace

Result<AnnualDate> parseBirthday(std::string_view text) {
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
    const std::string shown(t);
    if (y < 0 || m < 0 || d < 0) {
        return makeError("The birthday \"" + shown + "\" is not in a known form (use YYYY-MM-DD, or --MM-DD without a year).");
    }
    if (y != 0 && (y < 1900 || y > 2199)) return makeError("The birthday \"" + shown + "\" has a year outside 1900-2199.");
    // Without a year, Feb 29 is allowed (observed on Feb 28 in common years).
    const int32_t maxDay = daysInMonth(y == 0 ? 2000 : y, m);
    if (m < 1 || m > 12 || d < 1 || d > maxDay) return makeError("The birthday \"" + shown + "\" is not a date.");
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

std::unordered_map<EntityId, const Fact*> birthdayFacts(const Notebook& nb) {
    std::unordered_map<EntityId, const Fact*> out;
    for (const auto& [id, f] : nb.all<Fact>()) {
        if (f.category == FactCategory::ImportantDate && f.date && nameKey(f.text) == "birthday") out.emplace(f.peerId, &f);
    }
    return out;
}

}  // namespace rapport::interchange
