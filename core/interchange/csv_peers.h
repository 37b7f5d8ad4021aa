// Peers as CSV: import contacts from a spreadsheet or address-book export (columns found by header
// name, overridable; the header sets of Outlook, Google Contacts and LinkedIn are known), and export
// the peer list.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "core/interchange/import_plan.h"
#include "core/model/notebook.h"
#include "core/util/result.h"

namespace rapport::interchange {

// Which column feeds which field, by header name: keys are name, first, middle, last, title,
// organisation, birthday, anniversary, notes, email, tags. Unmapped fields are found by the header
// names address books write ("Full Name", "Job Title", "Company", "Organization Name", "E-mail
// Address", ...), case-insensitively (docs/interchange.md lists them).
struct CsvMapping {
    std::map<std::string, std::string> columns;  // field key -> header name
};

// Reads "name=Full Name,email=Mail" (the command line's --map). Fails on an unknown field key or a
// part without '='.
Result<CsvMapping> parseCsvMapping(std::string_view spec);

// Reads contacts from CSV bytes (UTF-8, BOM allowed; ',', ';' or tab). The header is the first line
// naming a name column among the first 10 (LinkedIn starts with a "Notes:" preamble). Fails for the
// whole file on a wrong encoding, a size over kMaxImportBytes, no header, no name column or a header
// named by the mapping but missing. Bad rows (a date that is not a date, more fields than the header)
// become per-line errors in the result; unused columns and skipped lines are listed in its remarks.
// Dates are YYYY-MM-DD or --MM-DD; an Outlook file (a "Job Title" and an "E-mail Address" or "Middle
// Name" column) may also write month/day/year, and "0/0/00" for none.
Result<PeerRecords> parseCsvPeers(std::string_view bytes, const CsvMapping& mapping = {});

// Every peer as one CSV row (UTF-8, header first, CRLF): Name, Title, Organisation, Birthday, Notes,
// Tags, Relationship, Interdependence, Stage, Trust, Archived. Importing it back recreates the peers'
// name, title, organisation, birthday, notes and tags. Never fails.
std::string exportCsvPeers(const Notebook& nb);

}  // namespace rapport::interchange
