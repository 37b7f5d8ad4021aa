// The five commands of `rapport`. Each prints its result on `out`, its errors as one line
// "rapport: ..." (plus indented detail lines) on `err`, and returns the exit code (cli_args.h).
#pragma once

#include <iosfwd>
#include <memory>
#include <string>

#include "app/cli/cli_args.h"
#include "app/cli/cli_files.h"
#include "core/store/notebook_store.h"
#include "core/store/posix_medium.h"
#include "core/util/clock.h"

namespace rapport::cli {

struct CliContext {
    std::string dataDir;
    const Clock& clock;
    store::PosixMedium medium;
    std::ostream& out;
    std::ostream& err;
    bool demo = false;  // --demo: the sample notebook in memory; nothing is read from or written to dataDir

    // Prints "rapport: message" and returns code.
    int fail(int code, const std::string& message);
    // Reports why readNotebook failed, with its exit code: kExitFailed when there is no notebook in
    // dataDir (no MANIFEST, snapshot or log segment) or it needs a newer Rapport, else kExitDamaged.
    int failToRead(const Error& error);
};

// True when dataDir holds a notebook's files (an empty or unrelated folder holds none).
bool hasNotebook(CliContext& ctx);

// The notebook opened read-only (never written), and whether reading met damage.
struct NotebookOnDisk {
    std::unique_ptr<NotebookStore> store;
    std::string damage;    // why reading stopped early; "" when the whole notebook was read
    std::string tornTail;  // an interrupted last save (the app sets it aside at its next open)
};
// Opens the notebook in ctx.dataDir read-only. Fails when there is none or nothing of it can be read
// (report that with ctx.failToRead).
Result<NotebookOnDisk> readNotebook(CliContext& ctx);

int runExport(CliContext& ctx, const CliArgs& args);
int runImport(CliContext& ctx, const CliArgs& args);
int runBackup(CliContext& ctx, const CliArgs& args);
int runCheck(CliContext& ctx, const CliArgs& args);
int runStats(CliContext& ctx, const CliArgs& args);
int runSync(CliContext& ctx, const CliArgs& args);  // cli_sync.cpp

}  // namespace rapport::cli
