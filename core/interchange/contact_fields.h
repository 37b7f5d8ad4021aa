// Contact fields shared by the vCard and CSV importers and the CSV exporter: dates as text and the lookup
// of the important-date facts they fill (their labels and kinds are the model's: model/important_dates.h).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/model/important_dates.h"
#include "core/model/notebook.h"
#include "core/util/result.h"

namespace rapport::interchange {

// Reads a contact date: "1980-04-23", "19800423", "--04-23" / "--0423" (no year), an optional time
// part ("T000000Z") is ignored; year 1604 is Apple's "no year". Fails, naming `what` ("The birthday
// ...") and the expected forms, on anything else or an impossible day; day-first or month-first
// forms like 04/23/1980 are refused because they are ambiguous.
Result<AnnualDate> parseBirthday(std::string_view text, std::string_view what = "birthday");

// Reads a date as Outlook's CSV writes it: month/day/year ("6/12/1975", "6/12/75" = 1975, years
// 00-29 are 20xx). "0/0/00" (Outlook's "not set") gives nullopt; so does an empty text.
Result<std::optional<AnnualDate>> parseMonthDayYear(std::string_view text, std::string_view what = "birthday");

// "1980-04-23", or "--04-23" when the year is unknown (the vCard 4 form).
std::string formatBirthday(const AnnualDate& d);

// Each peer's first important date of that kind (importantDateKind of its label: "Birthday", "birthday"
// and "Anniversary", "wedding anniversary" alike), by peer id.
std::unordered_map<EntityId, const Fact*> importantDateFacts(const Notebook& nb, ImportantDateKind kind);
// importantDateFacts(nb, ImportantDateKind::Birthday).
std::unordered_map<EntityId, const Fact*> birthdayFacts(const Notebook& nb);

}  // namespace rapport::interchange
