// Markdown export: one readable file per peer (profile, facts, series, meetings, commitments, ...),
// a journal file and an index linking them. Returned as (path, bytes) so the command line can write a
// folder and the browser a ZIP (zip_writer.h).
#pragma once

#include <string>
#include <vector>

#include "core/interchange/zip_writer.h"
#include "core/model/notebook.h"

namespace rapport::interchange {

// index.md, journal.md (when there are entries) and peers/<name>.md per peer: file names are the
// peer's name in lower case with dashes ("maria-chen.md"), "-2", "-3" added on a clash, so the
// same notebook always gives the same paths. `today` is printed in the index. Never fails.
std::vector<ExportFile> exportMarkdown(const Notebook& nb, CivilDate today);

// The file-name stem for a name: letters and digits (ASCII lower-cased, UTF-8 kept), other runs as
// one '-' ("Zoë O'Neil" -> "zoë-o-neil"); "peer" if nothing is left.
std::string slugOf(const std::string& name);

}  // namespace rapport::interchange
