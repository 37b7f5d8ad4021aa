// Importing is two steps: plan (pure: what would change, the counts and conflicts a preview shows,
// checked against the notebook) and apply (the plan's Commands through NotebookStore::executeAll: one
// all-or-nothing group on disk, each part its own undo step). Either everything is imported or nothing is.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/interchange/json_backup.h"
#include "core/model/command.h"
#include "core/model/notebook.h"
#include "core/util/result.h"

namespace rapport {
class NotebookStore;
}

namespace rapport::interchange {

// A problem tied to a line of the imported file (line 0: the file as a whole).
struct ImportIssue {
    uint32_t line = 0;
    std::string message;
};

// One contact read from a vCard or CSV file, before it becomes a Peer (and important-date Facts), or
// is merged into the peer of the same name.
struct PeerRecord {
    uint32_t line = 0;  // where the contact starts in the file
    std::string name;
    std::string title;         // -> the peer's role
    std::string organisation;  // -> the peer's team
    std::optional<AnnualDate> birthday;     // -> an important-date fact "Birthday"
    std::optional<AnnualDate> anniversary;  // -> an important-date fact "Anniversary"
    std::string notes;
    std::string email;              // -> a line "Email: ..." in the notes (peers have no email field)
    std::vector<std::string> tags;  // vCard CATEGORIES, Outlook Categories, Google Labels
};

// What a contacts file held: records, per-line errors, and remarks (ignored columns, ...).
struct PeerRecords {
    std::vector<PeerRecord> records;
    std::vector<ImportIssue> errors;
    std::vector<std::string> remarks;
};

struct ImportPlan {
    std::string source;             // "backup", "vCard file", "CSV file"
    std::vector<Command> commands;  // applied in order; each fits in one change record
    // Per entity kind (index = kind - 1): entries to create, to replace, already identical.
    std::array<uint32_t, kEntityKindCount> created{}, replaced{}, unchanged{};
    // Shown before applying: possible duplicates imported anyway, entries the import replaces,
    // contacts skipped as duplicates.
    std::vector<ImportIssue> conflicts;
    std::vector<std::string> remarks;
    uint32_t skipped = 0;
    uint32_t merged = 0;  // existing peers a contacts import changes
    // Contacts merged into the peer of the same name: one line each with what it adds or changes,
    // e.g. "Maria Chen: Role 'VP Sales' -> 'CRO'; adds Birthday 1980-04-23" (contact_merge.h).
    std::vector<ImportIssue> merges;

    bool changesNothing() const { return commands.empty(); }
    // One line: "Adds 12 peers, 3 facts. Updates 2 peers. Skips 2 duplicates."
    std::string summary() const;
};

// Plans restoring a backup into nb: entries missing from nb are created, different ones replaced by the
// backup's version (listed as conflicts), identical ones left alone; entries only in nb are kept. A
// peer whose name matches another peer of nb is listed as a possible duplicate. Fails (nothing to
// apply) if the result would be inconsistent, e.g. an id used by an entry of another kind.
Result<ImportPlan> planBackupImport(const Notebook& nb, const Backup& backup);

// Plans adding contacts as peers. A contact whose name matches a peer of nb (case and spacing ignored)
// is merged into it by the rule of contact_merge.h, each change listed in `merges`; one that repeats
// an earlier contact of the file is skipped and listed. Fails with a report of every error by line
// number (the parser's and the field checks': empty name, name too long, ...) when there is any:
// nothing is imported.
Result<ImportPlan> planPeerImport(const Notebook& nb, IdSource& ids, const PeerRecords& records,
                                  std::string_view source);

// Saves the plan's commands as one all-or-nothing group (NotebookStore::executeAll). If it fails (disk
// full, the notebook changed meanwhile), nothing of it is saved and the notebook is as before.
Status applyImport(NotebookStore& store, const ImportPlan& plan);

// "The CSV file has 3 errors; nothing was imported." then one line per error ("line 4: ...").
Error importErrorReport(std::string_view source, const std::vector<ImportIssue>& errors);

}  // namespace rapport::interchange
