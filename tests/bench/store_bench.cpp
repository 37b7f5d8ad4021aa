// ./dev bench store: for stores of 1k, 10k and 100k change records (the first N commands of the large
// sample's generator), the durable edit cost (p50 to max), the cold open time and the size on disk of
// Rapport's store, freshly compacted and as left by normal use, next to rewriting one whole file per
// edit and SQLite (WAL, synchronous=FULL), all measured in this run and interleaved (sample i of every
// target before sample i+1 of any), so a drift of the disk or the machine's load hits them all alike.
// Natively each cold open runs in a fresh process (bench_open, next to this program).
#include <unistd.h>

#include <algorithm>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "core/model/commands.h"
#include "tests/bench/bench_data.h"
#include "tests/bench/bench_util.h"
#include "tests/bench/store_targets.h"

using namespace rapport;
using namespace rapport::bench;

namespace {

struct Setup {
    std::unique_ptr<EditTarget> target;
    std::string dir;
    std::vector<double> opens, edits;
    std::vector<std::pair<std::string, std::vector<double>>> phases;  // per open phase, its samples
    std::vector<double> droppedOpens;  // opens after the kernel's page cache was dropped (root only)
};

// Writes the dirty pages out and drops the kernel's page cache, so the next open reads from the disk
// itself. Linux, root only: false (and nothing done) otherwise.
bool dropPageCache() {
    ::sync();
    std::FILE* f = std::fopen("/proc/sys/vm/drop_caches", "w");
    if (!f) return false;
    const bool written = std::fputs("1\n", f) >= 0;
    return std::fclose(f) == 0 && written;
}

// Adds one open's phase breakdown to s.phases (in the order the target reports them).
void addPhases(Setup& s, const std::vector<std::pair<std::string, double>>& phases) {
    for (const auto& phase : phases) {
        const std::string& name = phase.first;  // a plain reference: clang 14 (wasm) cannot capture a binding
        auto it = std::find_if(s.phases.begin(), s.phases.end(), [&](const auto& p) { return p.first == name; });
        if (it == s.phases.end()) it = s.phases.insert(s.phases.end(), {name, {}});
        it->second.push_back(phase.second);
    }
}

// bench_open beside this program (/proc/self/exe), or "" where there is none (wasm).
std::string openRunner() {
    char self[PATH_MAX];
    const ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    if (n <= 0) return "";
    std::string path(self, static_cast<size_t>(n));
    path = path.substr(0, path.rfind('/') + 1) + "bench_open";
    return access(path.c_str(), X_OK) == 0 ? path : "";
}

// One open of `s` in a fresh process; its milliseconds as bench_open measured them (and its phases
// added to s.phases).
double openInFreshProcess(const std::string& runner, Setup& s, bool keepPhases = true) {
    const std::string cmd = "'" + runner + "' '" + s.target->name() + "' '" + s.dir + "'";
    std::FILE* p = popen(cmd.c_str(), "r");
    double ms = -1;
    if (p && std::fscanf(p, "%lf\n", &ms) != 1) ms = -1;
    std::vector<std::pair<std::string, double>> phases;
    char line[256];
    while (p && std::fgets(line, sizeof line, p)) {
        const std::string text(line);
        const size_t tab = text.find('\t');
        if (tab != std::string::npos) phases.emplace_back(text.substr(0, tab), std::atof(text.c_str() + tab + 1));
    }
    if (keepPhases) addPhases(s, phases);
    if (!p || pclose(p) != 0 || ms < 0) {
        std::fprintf(stderr, "bench: %s failed\n", cmd.c_str());
        std::exit(1);
    }
    return ms;
}

// Peer renames in turn: a small edit whose cost should not depend on the notebook's size.
double timedRename(EditTarget& target, int i) {
    const auto& peers = target.notebook().peers();
    auto it = peers.begin();
    std::advance(it, static_cast<long>(static_cast<size_t>(i) % peers.size()));
    auto c = renamePeer(target.notebook(), it->first, "Renamed Peer " + std::to_string(i));
    check(c.ok() ? Status() : c.error(), "rename");
    return timeMs([&] { target.edit(c.value()); });
}

}  // namespace

int main(int argc, char** argv) {
    const Args args = parseArgs(argc, argv);
    Results out("store", args.target, args.out);
    SampleOptions options = optionsFor(DataSize::Large);
    options.peers = 1500;  // the large sample's 1,000 peers make ~69k commands; 1,500 make over 100k
    auto all = sampleCommands(options);
    check(all.ok() ? Status() : all.error(), "sample");
    // Extra switches for profiling the open by hand: --open-only (no edits), --100k-only, --keep (leave
    // the stores in --tmp and print their folders, for running bench_open on them directly).
    auto has = [&](const char* flag) { return std::find(args.rest.begin(), args.rest.end(), flag) != args.rest.end(); };
    const bool openOnly = has("--open-only"), keep = has("--keep");
    std::vector<uint64_t> sizes{1000, 10000, 100000};
    if (args.quick) sizes.pop_back();
    if (has("--100k-only")) sizes = {100000};
    if (all.value().size() < sizes.back()) {
        std::fprintf(stderr, "bench: the large sample has only %zu commands\n", all.value().size());
        return 1;
    }
    out.note("records: the first N of the " + std::to_string(all.value().size()) +
             " commands of the large sample's generator run with 1,500 peers");
    const int edits = openOnly ? 0 : args.quick ? 60 : 200, opens = args.quick ? 3 : 7;
    // Fresh processes natively; under Node (wasm) and for its native twin, opens in this process.
    const std::string runner = args.target == "native" ? openRunner() : "";
    if (args.target == "native" && runner.empty()) {
        std::fprintf(stderr, "bench: bench_open is missing beside bench_store\n");
        return 1;
    }

    const bool droppable = !runner.empty() && dropPageCache();
    Notebook nb;
    size_t applied = 0;
    for (const uint64_t records : sizes) {
        const std::vector<Command> history(all.value().begin(), all.value().begin() + static_cast<long>(records));
        for (; applied < records; ++applied) check(nb.apply(all.value()[applied]), "apply the sample");
        out.note(std::to_string(records) + " records: " + describe(countsOf(nb)));
        const std::string size = std::to_string(records / 1000) + "k";

        std::vector<Setup> setups;
        setups.push_back({makeRapportTarget(), "", {}, {}, {}, {}});
        // ~40 bytes of headroom per edit: a rename record takes ~150, so the edits cross a compaction early.
        // Compaction at idle, as the app does it (a worker thread natively), and the old way, inside an edit.
        setups.push_back({makeRapportNormalUseTarget(static_cast<uint64_t>(edits) * 40, args.target != "wasm"), "", {}, {}, {}, {}});
        setups.push_back({makeRapportInlineCompactionTarget(static_cast<uint64_t>(edits) * 40), "", {}, {}, {}, {}});
        setups.push_back({makeRewriteTarget(), "", {}, {}, {}, {}});
        if (auto sqlite = makeSqliteTarget()) setups.push_back({std::move(sqlite), "", {}, {}, {}, {}});
        for (Setup& s : setups) {
            s.dir = makeFolder(args.tmp, "rapport-bench-store");
            s.target->create(s.dir, history, nb);
        }
        for (Setup& s : setups) out.add(s.target->name(), size, records, "size",
                                        static_cast<double>(folderBytes(s.dir)) / 1024.0, "KiB");
        for (int i = 0; i < opens; ++i) {
            for (Setup& s : setups) {
                if (!runner.empty()) {
                    s.opens.push_back(openInFreshProcess(runner, s));
                } else {
                    s.target->use(s.dir);
                    s.opens.push_back(timeMs([&] { s.target->open(); }));
                    addPhases(s, s.target->openPhases());
                    s.target->close();
                }
            }
        }
        // The same opens from the disk itself (3 each, the page cache dropped before each), where allowed.
        for (int i = 0; i < 3 && !runner.empty() && droppable; ++i) {
            for (Setup& s : setups) {
                if (!dropPageCache()) break;
                s.droppedOpens.push_back(openInFreshProcess(runner, s, false));
            }
        }
        for (Setup& s : setups) s.target->open();
        for (int i = 0; i < edits; ++i) {
            for (Setup& s : setups) {
                s.edits.push_back(timedRename(*s.target, i));
                s.target->idle();
            }
        }
        // A target still inside its compaction goes on alone until the compaction has ended and a few
        // edits followed it, so its worst edit covers the whole of it.
        for (Setup& s : setups) {
            for (int i = edits; s.target->wantsMoreEdits() && i < 100 * edits; ++i) {
                s.edits.push_back(timedRename(*s.target, i));
                s.target->idle();
            }
        }
        for (Setup& s : setups) {
            s.target->close();
            if (!openOnly) {
                out.add(s.target->name(), size, records, "edit", statsOf(s.edits), "ms");
                if (s.target->name().rfind("rapport, ", 0) == 0) {
                    out.add(s.target->name(), size, records, "worst edit", statsOf(s.edits).max, "ms");
                }
                for (const auto& [metric, samples] : s.target->offEditTimings()) {
                    out.add(s.target->name(), size, records, metric, statsOf(samples), "ms");
                }
            }
            out.add(s.target->name(), size, records, "cold open", statsOf(s.opens), "ms");
            if (!s.droppedOpens.empty()) {
                out.add(s.target->name(), size, records, "cold open, page cache dropped", statsOf(s.droppedOpens), "ms");
            }
            // Why the open takes what it takes: each phase's own spread over the same opens.
            for (const auto& [phase, samples] : s.phases) {
                const bool count = phase == "records replayed";
                out.add(s.target->name(), size, records, "open: " + phase, statsOf(samples), count ? "records" : "ms");
            }
            if (auto info = s.target->describe(); !info.empty()) out.note(size + ", " + s.target->name() + ": " + info);
            if (keep) std::printf("kept %s: %s\n", s.target->name().c_str(), s.dir.c_str());
            else removeFolder(s.dir);
        }
    }
    out.note("edit: rename one peer, durable on return (" + std::to_string(edits) + " edits, the targets in turn); "
             "cold open: " + (runner.empty() ? std::string("in this process") : std::string("a fresh process per open (bench_open), timed from before the first read to the notebook in memory")) +
             ", warm page cache (the files were just written)" +
             (droppable ? std::string("; \"page cache dropped\": 3 more opens per target, the kernel's page cache dropped before each (root)")
                        : std::string("; the page cache could not be dropped here (not root), so no cold-disk opens")) + ", " +
             std::to_string(opens) + " opens per target, in turn; \"normal use\": the compacted store plus peer renames "
             "appended until the log is just under the compaction threshold (a quarter of a snapshot's worth, RecordLogOptions::compactLogPercent), so an open replays "
             "the most a store in use replays and the edits cross a compaction, driven as the app does: the compaction "
             "begun at the idle moment after the edit that made it due, its slow part " +
             (args.target == "wasm" ? std::string("run there in one go") : std::string("on a worker thread while the edits go on")) +
             ", the run going on until it finished; \"inline compaction\": the same store compacting inside the edit "
             "that makes it due (before compaction moved to idle); worst edit: the slowest edit of the run (p99 in the edit row)");
    return 0;
}
