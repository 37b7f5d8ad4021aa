// Peers as CSV: import contacts from a spreadsheet or address-book export (columns found by header
// name, overridable), and export the peer list.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "core/interchange/import_plan.h"
#include "core/model/notebook.h"
#include "core/util/result.h"

namespace rapport::interchange {

// Which column feeds which field, by header name: keys are name, first, last, title, organisation,
// birthday, notes, email. Unmapped fields are found by common header names ("Full Name", "Job
// Title", "Company", "E-mail Address", ...), case-insensitively.
struct CsvMapping {
    std::map<std::string, std::string> columns;  // field key -> header name
};

// Reads "name=Full Name,email=Mail" (the command line's --map). Fails on an unknown field key or a
// part without '='.
Result<CsvMapping> parseCsvMapping(std::string_view spec);

// Reads contacts from CSV bytes (UTF-8, BOM allowed; ',', ';' or tab). Fails for the whole file on a
// wrong encoding, a size over kMaxImportBytes, no header, no name column or a header named by the
// mapping but missing. Bad rows (a birthday that is not a date, more fields than the header) become
// per-line errors in the result; unused columns are listed in its remarks.
Result<PeerRecords> parseCsvPeers(std::string_view bytes, const CsvMapping& mapping = {});

// Every peer as one CSV row (UTF-8, header first, CRLF): Name, Title, Organisation, Birthday, Notes,
// Tags, Relationship, Interdependence, Stage, Trust, Archived. Importing it back recreates the peers'
// name, title, organisation, birthday and notes. Never fails.
std::string exportCsvPeers(const Notebook& nb);

}  // namespace rapport::interchange
