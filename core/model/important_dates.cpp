// Labels and text of important dates; the typed-day reading itself is core/util/date_parse.
#include "core/model/important_dates.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <vector>

namespace rapport {

namespace {

std::string lowerAscii(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = char(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::string trimmed(std::string_view s) {
    const size_t b = s.find_first_not_of(" \t");
    if (b == std::string_view::npos) return {};
    return std::string(s.substr(b, s.find_last_not_of(" \t") - b + 1));
}

// The name before "'s birthday" (ASCII or typographic apostrophe), or empty.
std::string ownerOfBirthday(std::string_view label) {
    const std::string lower = lowerAscii(label);
    for (const char* suffix : kKidsBirthdaySuffixes) {
        const std::string s = suffix;
        if (lower.size() > s.size() && lower.compare(lower.size() - s.size(), s.size(), s) == 0) {
            return trimmed(label.substr(0, label.size() - s.size()));
        }
    }
    return {};
}

}  // namespace

const char* label(ImportantDateKind kind) {
    switch (kind) {
        case ImportantDateKind::Birthday: return "birthday";
        case ImportantDateKind::Anniversary: return "anniversary";
        case ImportantDateKind::KidsBirthday: return "kid's birthday";
        case ImportantDateKind::WorkAnniversary: return "work anniversary";
        case ImportantDateKind::Custom: return "other date";
    }
    return "?";
}

ImportantDateKind importantDateKind(std::string_view text) {
    const std::string lower = lowerAscii(trimmed(text));
    if (lower == "birthday") return ImportantDateKind::Birthday;
    if (lower == "anniversary" || lower == "wedding anniversary") return ImportantDateKind::Anniversary;
    if (lower == "work anniversary") return ImportantDateKind::WorkAnniversary;
    if (!ownerOfBirthday(text).empty()) return ImportantDateKind::KidsBirthday;
    return ImportantDateKind::Custom;
}

bool isImportantDate(const Fact& f) { return f.category == FactCategory::ImportantDate && f.date.has_value(); }
bool isBirthday(const Fact& f) { return isImportantDate(f) && importantDateKind(f.text) == ImportantDateKind::Birthday; }
bool isKidsBirthday(const Fact& f) {
    return isImportantDate(f) && importantDateKind(f.text) == ImportantDateKind::KidsBirthday;
}
std::string kidsBirthdayLabel(std::string_view kid) { return std::string(kid) + kKidsBirthdaySuffixes[0]; }

std::string kidName(const Fact& f) { return isKidsBirthday(f) ? ownerOfBirthday(f.text) : std::string(); }

Result<std::string> importantDateLabel(ImportantDateKind kind, std::string_view nameOrText) {
    const std::string text = trimmed(nameOrText);
    switch (kind) {
        case ImportantDateKind::Birthday: return std::string(kBirthdayLabel);
        case ImportantDateKind::Anniversary: return std::string(kAnniversaryLabel);
        case ImportantDateKind::WorkAnniversary: return std::string(kWorkAnniversaryLabel);
        case ImportantDateKind::KidsBirthday:
            if (text.empty()) return makeError("Type the kid's name, e.g. \"Léa\".");
            return kidsBirthdayLabel(text);
        case ImportantDateKind::Custom:
            if (text.empty()) return makeError("Type what the date is, e.g. \"Moved to Lisbon\".");
            return text;
    }
    return makeError("Unknown kind of important date.");
}

Result<AnnualDate> parseAnnualDate(std::string_view text, DateOrder order) {
    auto day = parseDayOfYear(text, order);
    if (!day) return day.error();
    const TypedDay& d = day.value();
    return AnnualDate{static_cast<int16_t>(d.year), static_cast<uint8_t>(d.month), static_cast<uint8_t>(d.day)};
}

Result<LabelledDate> parseLabelledDate(std::string_view text, DateOrder order) {
    // Word starts, so the day can be tried as the last 1..4 words ("9/12", "14 March", "March 14 1980").
    std::vector<size_t> starts;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] != ' ' && (i == 0 || text[i - 1] == ' ')) starts.push_back(i);
    }
    std::optional<Error> refusal;  // a day that was read but does not exist says so
    for (size_t k = std::min<size_t>(4, starts.size()); k >= 1; --k) {
        const size_t at = starts[starts.size() - k];
        auto day = parseAnnualDate(text.substr(at), order);
        if (!day) {
            if (!refusal && day.error().message.find("not a day I can read") == std::string::npos) refusal = day.error();
            continue;
        }
        std::string label = trimmed(text.substr(0, at));
        for (const char* filler : {" is on", " is", " on", ":", " -"}) {
            const std::string f = filler;
            if (label.size() > f.size() && label.compare(label.size() - f.size(), f.size(), f) == 0) {
                label = trimmed(label.substr(0, label.size() - f.size()));
            }
        }
        if (label.empty()) return makeError("Say what the date is, e.g. \"Birthday " + annualDateText(day.value()) + "\".");
        const ImportantDateKind kind = importantDateKind(label);
        if (kind != ImportantDateKind::KidsBirthday && kind != ImportantDateKind::Custom) {
            label = importantDateLabel(kind, {}).value();
        }
        return LabelledDate{label, day.value()};
    }
    if (refusal) return *refusal;
    return makeError("End with the day, e.g. \"Birthday 14 March\" or \"Work anniversary 2019-06-01\".");
}

std::string annualDateText(const AnnualDate& d) {
    std::string text = dayMonthText(d.day, d.month);
    if (d.year != 0) text += " " + std::to_string(d.year);
    return text;
}

}  // namespace rapport
