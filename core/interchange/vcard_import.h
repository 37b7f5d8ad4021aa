// vCard 2.1 / 3.0 / 4.0 (vCard 2.1 spec, RFC 2426, RFC 6350) contacts import: FN (or N), TITLE/ROLE,
// ORG, BDAY, ANNIVERSARY, NOTE, EMAIL, CATEGORIES, as Apple, Google, Outlook and Android write them.
#pragma once

#include <string_view>

#include "core/interchange/import_plan.h"
#include "core/util/result.h"

namespace rapport::interchange {

// Reads every card of a .vcf file. Fails for the whole file on UTF-16 or NUL bytes, a size over
// kMaxImportBytes or no BEGIN:VCARD at all. Values are UTF-8 unless their CHARSET= says otherwise
// (Windows-1252 and ISO-8859-1 are converted; a vCard 2.1 card without CHARSET may be Windows-1252);
// QUOTED-PRINTABLE values are decoded, soft line breaks included. Per-card problems become errors with
// the card's line number: an unknown version or charset, bytes that are not UTF-8 in a 3.0/4.0 card, a
// missing name, an unreadable date, a card never ended (no END:VCARD).
Result<PeerRecords> parseVCards(std::string_view bytes);

}  // namespace rapport::interchange
