// The command line's grammar: `rapport COMMAND [options] [FILE]`, the options each command accepts,
// and the help texts.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/util/result.h"

namespace rapport::cli {

// Exit codes: documented in docs/interchange.md.
constexpr int kExitOk = 0;
constexpr int kExitFailed = 1;   // the operation failed (unreadable file, refused import, ...)
constexpr int kExitUsage = 2;    // the command line itself is wrong
constexpr int kExitDamaged = 3;  // the notebook on disk is damaged (every command that reads it; export/backup still write what was readable)

struct CliArgs {
    std::string command;                        // export, import, backup, check, stats ("" when none)
    std::vector<std::string> positional;        // FILE for import
    std::map<std::string, std::string> values;  // --format json -> {"format", "json"}
    std::set<std::string> flags;                // --dry-run -> "dry-run"
    bool help = false;

    bool has(const std::string& flag) const { return flags.count(flag) > 0; }
    std::string value(const std::string& key) const {
        auto it = values.find(key);
        return it == values.end() ? std::string() : it->second;
    }
};

// Parses argv. Fails (a usage error) on an unknown command, an option the command does not take,
// an option missing its value, or a wrong number of FILE arguments.
Result<CliArgs> parseArgs(int argc, char** argv);

// The help of one command, or the overview when command is "" or unknown.
std::string helpText(const std::string& command);

}  // namespace rapport::cli
