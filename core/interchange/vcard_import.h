// vCard 3.0 / 4.0 (RFC 2426, RFC 6350) contacts import: FN (or N), TITLE/ROLE, ORG, BDAY, NOTE, EMAIL.
#pragma once

#include <string_view>

#include "core/interchange/import_plan.h"
#include "core/util/result.h"

namespace rapport::interchange {

// Reads every card of a .vcf file. Fails for the whole file on a wrong encoding, a size over
// kMaxImportBytes or no BEGIN:VCARD at all. Per-card problems become errors with the card's line
// number: vCard 2.1 (quoted-printable, other charsets; re-export as 3.0 or 4.0), a missing name, an
// unreadable birthday, a card never ended (no END:VCARD).
Result<PeerRecords> parseVCards(std::string_view bytes);

}  // namespace rapport::interchange
