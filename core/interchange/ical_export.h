// iCalendar (RFC 5545) export: 1:1 series as recurring events (one per review period, skips as
// EXDATE, moves as RECURRENCE-ID overrides), rituals, and the due dates of open commitments. UIDs
// come from entity ids, so importing the file again updates a calendar instead of duplicating.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/model/notebook.h"

namespace rapport::interchange {

struct IcsOptions {
    // The notebook keeps days, not times: 1:1s are placed at this local time (floating, so the
    // calendar shows it in its own time zone).
    int32_t startMinutes = 9 * 60;
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
