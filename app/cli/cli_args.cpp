// Argument parsing and help texts of `rapport`.
#include "app/cli/cli_args.h"

namespace rapport::cli {
namespace {

struct CommandSpec {
    const char* name;
    std::set<std::string> valueOptions;  // take a value: --out PATH or --out=PATH
    std::set<std::string> flagOptions;
    size_t files;  // positional arguments required
    const char* help;
    size_t optionalFiles = 0;  // positional arguments that may follow the required ones
};

const std::vector<CommandSpec>& specs() {
    static const std::vector<CommandSpec> kSpecs = {
        {"export", {"format", "out", "time"}, {}, 0,
         "Usage: rapport export --format json|md|ics|csv [--out PATH] [--time HH:MM]\n"
         "Writes the notebook in another format (to standard output unless --out is given):\n"
         "  json  the full backup (lossless; `rapport import` restores it)\n"
         "  md    Markdown: index.md, journal.md and one file per peer; --out DIR writes a folder,\n"
         "        --out FILE.zip a ZIP archive (required for md)\n"
         "  ics   iCalendar: 1:1 series at their times with an alarm, important dates, rituals,\n"
         "        follow-ups and commitment due dates; --time HH:MM puts every 1:1 at that time\n"
         "  csv   the peer list (name, title, organisation, birthday, notes, tags, ...)\n"},
        {"import", {"map"}, {"dry-run"}, 1,
         "Usage: rapport import FILE [--dry-run] [--map field=Header,...]\n"
         "Imports a backup (.json: restores or merges by id) or contacts (.vcf vCard 2.1/3.0/4.0, .csv\n"
         "from Outlook, Google, Apple, LinkedIn or a spreadsheet) as peers. Shows what it will change\n"
         "first; imports everything or nothing.\n"
         "  --dry-run  only show the preview (counts, merges, conflicts, errors by line); change nothing\n"
         "  --map      CSV columns by header name; fields: name first middle last title organisation\n"
         "             birthday anniversary notes email tags (e.g. --map \"name=Full Name,email=Mail\")\n"
         "A contact named like a peer (case and spacing ignored) is merged into it: empty fields are\n"
         "filled, different ones changed, dates updated, tags and note lines added; the preview lists\n"
         "each change (\"Role: 'VP Sales' → 'CRO'\"). A name repeated in the file is skipped. The\n"
         "import is undoable in the app (Edit > Undo).\n"},
        {"backup", {"out"}, {}, 0,
         "Usage: rapport backup [--out FILE]\n"
         "Writes a timestamped JSON backup into the rapport-backups/ folder next to the notebook folder\n"
         "(or to FILE) and prints its path. Works while the app is open; never changes the notebook.\n"},
        {"check", {}, {}, 0,
         "Usage: rapport check\n"
         "Verifies the notebook on disk without changing it: every file, checksum and entry.\n"
         "Exit 0 when it is sound (an interrupted last save is only noted), 1 when the folder holds\n"
         "no notebook, 3 with an explanation when it is damaged.\n"},
        {"stats", {}, {}, 0,
         "Usage: rapport stats\n"
         "Prints what the notebook holds (entries of each kind, open commitments, active 1:1 series)\n"
         "and its files (snapshot, log segments, records).\n"},
        {"sync", {"url", "user", "name"}, {}, 0,
         "Usage: rapport sync setup --url URL [--user NAME] [--name DEVICE]\n"
         "       rapport sync          (one sync cycle)\n"
         "       rapport sync status   (what the last cycles did; no network)\n"
         "Syncs the notebook through a WebDAV folder (Nextcloud, Apache, nginx, a NAS), end-to-end\n"
         "encrypted with a passphrase the server never sees. setup takes the server password from\n"
         "RAPPORT_DAV_PASSWORD and the passphrase from RAPPORT_PASSPHRASE, or asks for them. The first\n"
         "device creates the vault in an empty folder; the others join it with the same passphrase.\n"
         "Exit 0 when in sync, 1 with the reason otherwise (conflicts, a server problem).\n",
         1},
    };
    return kSpecs;
}

const CommandSpec* find(const std::string& name) {
    for (const auto& s : specs()) {
        if (name == s.name) return &s;
    }
    return nullptr;
}

}  // namespace

Result<CliArgs> parseArgs(int argc, char** argv) {
    CliArgs a;
    std::vector<std::string> args(argv + 1, argv + argc);
    const CommandSpec* spec = nullptr;
    for (size_t i = 0; i < args.size(); ++i) {
        std::string arg = args[i];
        if (arg == "--help" || arg == "-h") {
            a.help = true;
            continue;
        }
        if (arg.rfind("--", 0) != 0) {
            if (a.command.empty()) {
                a.command = arg;
                spec = find(arg);
                if (!spec) return makeError("Unknown command \"" + arg + "\"; see rapport --help.");
            } else {
                a.positional.push_back(arg);
            }
            continue;
        }
        std::string key = arg.substr(2), value;
        const size_t eq = key.find('=');
        const bool inlineValue = eq != std::string::npos;
        if (inlineValue) {
            value = key.substr(eq + 1);
            key = key.substr(0, eq);
        }
        if (key == "demo" && !inlineValue) {  // every command: the sample notebook in memory
            a.flags.insert(key);
            continue;
        }
        const bool takesValue = key == "data-dir" || (spec && spec->valueOptions.count(key));
        if (takesValue) {
            if (!inlineValue) {
                if (i + 1 >= args.size()) return makeError("The option --" + key + " needs a value.");
                value = args[++i];
            }
            a.values[key] = value;
        } else if (spec && spec->flagOptions.count(key) && !inlineValue) {
            a.flags.insert(key);
        } else {
            return makeError("Unknown option --" + key + (a.command.empty() ? "" : " for " + a.command) + "; see rapport " +
                             a.command + (a.command.empty() ? "" : " ") + "--help.");
        }
    }
    if (spec && !a.help && (a.positional.size() < spec->files || a.positional.size() > spec->files + spec->optionalFiles)) {
        return makeError(spec->files == 0 ? "rapport " + a.command + " takes no file argument."
                                          : "rapport " + a.command + " needs one FILE; see rapport " + a.command + " --help.");
    }
    return a;
}

std::string helpText(const std::string& command) {
    if (const CommandSpec* s = find(command)) {
        return std::string(s->help) + "  --data-dir DIR  the notebook folder (default $XDG_DATA_HOME/rapport, else ~/.local/share/rapport)\n"
                                      "  --demo          act on the sample notebook in memory (nothing is read or written there)\n";
    }
    return "Usage: rapport COMMAND [options]   (Rapport's command line; the app is rapport-desktop)\n"
           "Commands:\n"
           "  export --format json|md|ics|csv [--out PATH]   write the notebook in another format\n"
           "  import FILE [--dry-run]                        import a backup (.json) or contacts (.vcf, .csv)\n"
           "  backup [--out FILE]                            write a timestamped JSON backup\n"
           "  check                                          verify the notebook on disk\n"
           "  stats                                          what the notebook holds\n"
           "  sync [setup --url URL | status]                sync through a WebDAV folder, encrypted\n"
           "Every command takes --data-dir DIR (default $XDG_DATA_HOME/rapport, else ~/.local/share/rapport),\n"
           "--demo (the sample notebook in memory: try `rapport export --format ics --demo`) and --help. Exit codes: 0 done, 1 failed (also: no notebook in the folder), 2 wrong command line,\n"
           "3 damaged notebook (every command that reads it). rapport --version prints the version.\n";
}

}  // namespace rapport::cli
