// `rapport sync setup|status` and `rapport sync`: the command line side of sync (docs/sync.md). The
// state lives in sync-state.bin in the notebook folder, replaced whole and durably at every save.
#include <termios.h>
#include <unistd.h>

#include <cstdlib>
#include <ctime>
#include <iostream>
#include <ostream>

#include "app/cli/cli_commands.h"
#include "core/sync/engine.h"
#include "platform/dav_transport.h"

namespace rapport::cli {
namespace {

constexpr const char* kStateFile = "sync-state.bin";

std::string statePath(const CliContext& ctx) { return ctx.dataDir + "/" + kStateFile; }

Status saveState(CliContext& ctx, const sync::SyncState& s) {
    const std::string path = statePath(ctx), temp = path + ".tmp";
    if (Status st = ctx.medium.writeFile(temp, sync::encodeSyncState(s)); !st) return st;
    if (Status st = ctx.medium.syncFile(temp); !st) return st;
    if (Status st = ctx.medium.renameFile(temp, path); !st) return st;
    return ctx.medium.syncDirectory(ctx.dataDir);
}

// The saved state; an Error when sync was never set up here or the file cannot be read.
Result<sync::SyncState> loadState(CliContext& ctx) {
    auto bytes = ctx.medium.readFile(statePath(ctx));
    if (!bytes) return makeError("Sync is not set up for " + ctx.dataDir + "; run `rapport sync setup --url URL` first.");
    return sync::decodeSyncState(bytes.value());
}

// A secret from the environment, else typed at the terminal without echo.
Result<std::string> secret(const char* env, const std::string& prompt) {
    if (const char* v = std::getenv(env)) return std::string(v);
    if (!::isatty(STDIN_FILENO)) return makeError(prompt + " is needed: set " + env + " or run this in a terminal.");
    std::cerr << prompt << ": " << std::flush;
    termios old{};
    ::tcgetattr(STDIN_FILENO, &old);
    termios quiet = old;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    std::string line;
    std::getline(std::cin, line);
    ::tcsetattr(STDIN_FILENO, TCSANOW, &old);
    std::cerr << "\n";
    return line;
}

std::string hostName() {
    char buf[256] = {};
    if (::gethostname(buf, sizeof buf - 1) != 0 || !buf[0]) return "this computer";
    return buf;
}

std::string utcTime(int64_t millis) {
    if (millis <= 0) return "never";
    const std::time_t t = static_cast<std::time_t>(millis / 1000);
    std::tm tm{};
    ::gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M UTC", &tm);
    return buf;
}

Result<std::unique_ptr<NotebookStore>> openForSync(CliContext& ctx) {
    auto store = NotebookStore::open(ctx.medium, ctx.dataDir, ctx.clock);
    if (!store) {
        return makeError("The notebook in " + ctx.dataDir + " cannot be opened for sync: " + store.error().message +
                         (store.error().message.find("lock") != std::string::npos ? " Close the app, then sync." : ""));
    }
    return store;
}

int runSetup(CliContext& ctx, const CliArgs& args) {
    const std::string url = args.value("url");
    if (url.rfind("http://", 0) != 0 && url.rfind("https://", 0) != 0) {
        return ctx.fail(kExitUsage, "rapport sync setup needs --url with the WebDAV folder's http:// or https:// address.");
    }
    if (ctx.medium.readFile(statePath(ctx))) {
        return ctx.fail(kExitFailed, "Sync is already set up here (see `rapport sync status`); remove " + statePath(ctx) +
                                         " to set it up again as a new device.");
    }
    platform::DavLogin login{url, args.value("user"), ""};
    if (!login.user.empty()) {
        auto pw = secret("RAPPORT_DAV_PASSWORD", "Password for " + login.user);
        if (!pw) return ctx.fail(kExitUsage, pw.error().message);
        login.password = pw.value();
    }
    auto passphrase = secret("RAPPORT_PASSPHRASE", "Sync passphrase (encrypts your notes; the same on every device)");
    if (!passphrase) return ctx.fail(kExitUsage, passphrase.error().message);
    auto store = openForSync(ctx);
    if (!store) return ctx.fail(kExitFailed, store.error().message);
    auto transport = platform::makeDavTransport(login);
    const std::string name = args.value("name").empty() ? hostName() : args.value("name");
    auto state = sync::setupSync(*transport, passphrase.value(), sync::KdfParams{}, store.value()->stats().deviceId, name);
    if (!state) return ctx.fail(kExitFailed, state.error().message);
    state.value().url = login.url;
    state.value().user = login.user;
    state.value().password = login.password;
    if (Status st = saveState(ctx, state.value()); !st) return ctx.fail(kExitFailed, "The sync settings could not be saved: " + st.error().message);
    ctx.out << "Sync is set up: " << url << " as \"" << name << "\" (vault " << state.value().vaultId.substr(0, 8)
            << "). Run `rapport sync` to sync now.\n";
    return kExitOk;
}

int runCycle(CliContext& ctx) {
    auto state = loadState(ctx);
    if (!state) return ctx.fail(kExitFailed, state.error().message);
    auto store = openForSync(ctx);
    if (!store) return ctx.fail(kExitFailed, store.error().message);
    auto local = sync::readLocalChanges(ctx.medium, ctx.dataDir);
    if (!local) return ctx.fail(kExitFailed, "This device's changes cannot be read: " + local.error().message);
    auto transport = platform::makeDavTransport({state.value().url, state.value().user, state.value().password});
    sync::SyncState& s = state.value();
    auto report = sync::syncOnce(s, *transport, *store.value(), local.value(), ctx.clock.unixMillis(),
                                 [&ctx](const sync::SyncState& st) { return saveState(ctx, st); });
    if (!report) {
        s.lastProblem = report.error().message;
        (void)saveState(ctx, s);
        return ctx.fail(kExitFailed, report.error().message);
    }
    const sync::SyncReport& r = report.value();
    ctx.out << "Sent " << r.sent << " change" << (r.sent == 1 ? "" : "s") << ", applied " << r.applied << " from other devices.\n";
    for (const std::string& w : r.warnings) ctx.err << "rapport: " << w << "\n";
    if (!s.merge.inbox.empty()) {
        ctx.out << s.merge.inbox.size() << " conflicting edit" << (s.merge.inbox.size() == 1 ? "" : "s")
                << " kept the later value; the other is in the app's conflict inbox.\n";
    }
    if (!r.inSync) return kExitFailed;
    ctx.out << "In sync.\n";
    return kExitOk;
}

int runStatus(CliContext& ctx) {
    auto state = loadState(ctx);
    if (!state) return ctx.fail(kExitFailed, state.error().message);
    const sync::SyncState& s = state.value();
    size_t waiting = s.pending.size();
    for (const auto& o : s.outbox) (void)o, ++waiting;
    ctx.out << "Server: " << s.url << (s.user.empty() ? "" : " (user " + s.user + ")") << "\n"
            << "This device: \"" << s.deviceName << "\", vault " << s.vaultId.substr(0, 8) << "\n"
            << "Last in sync: " << utcTime(s.lastSyncMillis) << "\n"
            << "Waiting to send: " << (s.outbox.empty() && s.pending.empty() ? "nothing" : "yes") << "\n"
            << "Conflicts to look at: " << s.merge.inbox.size() << "; changes held for a clock ahead: " << s.held.size() << "\n";
    for (const auto& [id, d] : s.remotes) {
        ctx.out << "Device \"" << d.name << "\": " << d.lastBatch << " batches applied, last wrote " << utcTime(d.lastSeenMillis) << "\n";
    }
    if (!s.lastProblem.empty()) ctx.out << "Needs attention: " << s.lastProblem << "\n";
    return kExitOk;
}

}  // namespace

int runSync(CliContext& ctx, const CliArgs& args) {
    const std::string sub = args.positional.empty() ? "" : args.positional.front();
    if (sub == "setup") return runSetup(ctx, args);
    if (sub == "status") return runStatus(ctx);
    if (!sub.empty()) return ctx.fail(kExitUsage, "Unknown sync command \"" + sub + "\"; see rapport sync --help.");
    if (!args.value("url").empty() || !args.value("user").empty()) {
        return ctx.fail(kExitUsage, "--url and --user belong to `rapport sync setup`.");
    }
    return runCycle(ctx);
}

}  // namespace rapport::cli
