// `rapport`: the command line on the same notebook folder as the app (no window, no SDL): export,
// import, backup, check, stats. One top-level catch turns any unexpected failure into a message.
#include <exception>
#include <iostream>
#include <new>
#include <string>

#include "app/cli/cli_args.h"
#include "app/cli/cli_commands.h"
#include "app/version.h"
#include "core/store/posix_files.h"
#include "platform/platform.h"

int main(int argc, char** argv) {
    using namespace rapport::cli;
    if (argc == 2 && std::string(argv[1]) == "--version") {
        std::cout << "rapport " << rapport::kVersion << "\n";
        return kExitOk;
    }
    try {
        auto args = parseArgs(argc, argv);
        if (!args) {
            std::cerr << "rapport: " << args.error().message << "\n";
            return kExitUsage;
        }
        const CliArgs& a = args.value();
        if (a.help || a.command.empty()) {
            (a.help ? std::cout : std::cerr) << helpText(a.command);
            return a.help ? kExitOk : kExitUsage;
        }
        CliContext ctx{"", rapport::platform::systemClock(), {}, std::cout, std::cerr};
        ctx.dataDir = a.value("data-dir");
        ctx.demo = a.has("demo");
        if (ctx.demo) ctx.dataDir = "(demo)";
        if (ctx.dataDir.empty()) {
            auto dir = rapport::store::defaultDataDirectory();
            if (!dir) return ctx.fail(kExitFailed, dir.error().message + " Name the notebook folder with --data-dir DIR.");
            ctx.dataDir = dir.value();
        }
        if (a.command == "export") return runExport(ctx, a);
        if (a.command == "import") return runImport(ctx, a);
        if (a.command == "backup") return runBackup(ctx, a);
        if (a.command == "check") return runCheck(ctx, a);
        // The sample is not the user's notebook: syncing it could put it on their server.
        if (a.command == "sync" && ctx.demo) {
            return ctx.fail(kExitUsage, "Sync works on your own notebook; --demo has nothing to sync.");
        }
#ifdef RAPPORT_HAS_SYNC
        if (a.command == "sync") return runSync(ctx, a);
#else
        if (a.command == "sync") return ctx.fail(kExitFailed, "This build of Rapport has no sync.");
#endif
        return runStats(ctx, a);
    } catch (const std::bad_alloc&) {
        std::cerr << "rapport: out of memory.\n";
    } catch (const std::exception& e) {
        std::cerr << "rapport: unexpected error: " << e.what() << "\n";
    }
    return kExitFailed;
}
