// iCalendar (RFC 5545) export: 1:1 series as recurring events at their own time and length (one per
// period, skips as EXDATE, moves as RECURRENCE-ID overrides, an alarm before each), important dates as
// yearly all-day events with an alarm the day before, rituals, and the due dates of open commitments and
// follow-ups with a morning alarm. UIDs come from entity ids, so importing the file again updates a
// calendar instead of duplicating.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/model/notebook.h"

namespace rapport::interchange {

struct IcsOptions {
    // Times are local and floating (the calendar shows them in its own time zone). Unset: each 1:1 at
    // its series' time (rules/series_layout.h); set: every 1:1 at this minute of the day instead.
    std::optional<int32_t> startMinutes;
    int64_t nowMillis = 0;  // DTSTAMP of every component
};

// The whole calendar as text (CRLF lines folded at 75 octets). Never fails; a notebook with nothing
// dated gives a valid calendar with no events.
std::string exportICalendar(const Notebook& nb, const IcsOptions& options = {});

// TEXT value escaping: backslash, semicolon, comma and line breaks (RFC 5545 3.3.11).
std::string escapeIcsText(std::string_view text);
// One content line, folded so no line exceeds 75 octets (never inside a UTF-8 sequence), ending CRLF.
std::string foldIcsLine(std::string_view line);

}  // namespace rapport::interchange
