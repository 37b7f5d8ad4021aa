// Contact fields shared by the vCard and CSV importers and the CSV exporter: birthdays as text, and
// the birthday fact of a peer.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

#include "core/model/notebook.h"
#include "core/util/result.h"

namespace rapport::interchange {

// Reads a birthday: "1980-04-23", "19800423", "--04-23" / "--0423" (no year), an optional time part
// ("T000000Z") is ignored. Fails, naming the expected forms, on anything else or an impossible day;
// day-first or month-first forms like 04/23/1980 are refused because they are ambiguous.
Result<AnnualDate> parseBirthday(std::string_view text);

// "1980-04-23", or "--04-23" when the year is unknown (the vCard 4 form).
std::string formatBirthday(const AnnualDate& d);

// Each peer's birthday: its important-date fact whose text is "Birthday" (any case), by peer id.
std::unordered_map<EntityId, const Fact*> birthdayFacts(const Notebook& nb);

}  // namespace rapport::interchange
