// Important dates: a get-to-know fact of the ImportantDate category whose text is its label ("Birthday",
// "Léa's birthday", "Work anniversary", or anything the user types) and whose AnnualDate is the day.
#pragma once

#include <string>
#include <string_view>

#include "core/model/get_to_know.h"
#include "core/util/date_parse.h"
#include "core/util/result.h"

namespace rapport {

// The labels the app writes; a kid's birthday is "<kid's name>'s birthday".
constexpr const char* kBirthdayLabel = "Birthday";
constexpr const char* kAnniversaryLabel = "Anniversary";
constexpr const char* kWorkAnniversaryLabel = "Work anniversary";
// How a kid's birthday label ends, with an ASCII or a typographic apostrophe (the first is what the app
// writes). Every reader of labels (importantDateKind, quick capture) uses these.
constexpr const char* kKidsBirthdaySuffixes[] = {"'s birthday", "\xE2\x80\x99s birthday"};
// "<kid>'s birthday": the label of a kid's birthday (`kid` as given, e.g. "Léa").
std::string kidsBirthdayLabel(std::string_view kid);

enum class ImportantDateKind : uint8_t { Birthday = 0, Anniversary = 1, KidsBirthday = 2, WorkAnniversary = 3, Custom = 4 };
constexpr int kImportantDateKindCount = 5;
// "birthday", "anniversary", "kid's birthday", "work anniversary", "other date".
const char* label(ImportantDateKind kind);

// The kind a label stands for, ignoring case ("birthday" -> Birthday, "Léa's birthday" -> KidsBirthday).
ImportantDateKind importantDateKind(std::string_view label);
// True for an important-date fact with a date.
bool isImportantDate(const Fact& f);
// The peer's own birthday (not a kid's).
bool isBirthday(const Fact& f);
bool isKidsBirthday(const Fact& f);
// For a kid's birthday, the kid's name ("Léa" from "Léa's birthday"); empty otherwise.
std::string kidName(const Fact& f);

// The label to store for a kind: the fixed label, "<name>'s birthday" for a kid's birthday, or the
// custom text. Fails when a kid's birthday has no name or a custom date no text.
Result<std::string> importantDateLabel(ImportantDateKind kind, std::string_view nameOrText);

// Reads a typed important date (see parseDayOfYear in core/util/date_parse.h): month and day, optional year.
Result<AnnualDate> parseAnnualDate(std::string_view text, DateOrder order);
// A label followed by its day: "Birthday 2026-12-09", "birthday is 14 March", "Léa's birthday 3 May",
// "Moved to Lisbon: 1 June 2019". Known labels are written the app's way ("birthday" -> "Birthday").
// Fails when no day ends the text (or it does not exist: "31 April does not exist.") or no label precedes it.
struct LabelledDate {
    std::string label;
    AnnualDate date;
};
Result<LabelledDate> parseLabelledDate(std::string_view text, DateOrder order);

// "9 Dec" or "9 Dec 1979".
std::string annualDateText(const AnnualDate& d);

}  // namespace rapport
