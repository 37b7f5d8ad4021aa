// ./dev bench store: for stores of 1k, 10k and 100k change records (the first N commands of the large
// sample's generator), the durable edit cost, the cold open time and the size on disk of Rapport's store, next to
// rewriting one whole file per edit and SQLite (WAL, synchronous=FULL), all measured in this run.
#include <cstdio>
#include <string>
#include <vector>

#include "core/model/commands.h"
#include "tests/bench/bench_data.h"
#include "tests/bench/bench_util.h"
#include "tests/bench/store_targets.h"

using namespace rapport;
using namespace rapport::bench;

namespace {

// Renames peers in turn: a small edit whose cost should not depend on the notebook's size.
Stats measureEdits(EditTarget& target, int edits) {
    std::vector<EntityId> peers;
    for (const auto& entry : target.notebook().peers()) peers.push_back(entry.first);
    std::vector<double> samples;
    for (int i = 0; i < edits; ++i) {
        const EntityId id = peers[static_cast<size_t>(i) % peers.size()];
        auto c = renamePeer(target.notebook(), id, "Renamed Peer " + std::to_string(i));
        check(c.ok() ? Status() : c.error(), "rename");
        samples.push_back(timeMs([&] { target.edit(c.value()); }));
    }
    return statsOf(std::move(samples));
}

void benchOne(Results& out, EditTarget& target, const std::string& tmp, uint64_t records,
              const std::vector<Command>& history, const Notebook& nb, int edits, int opens) {
    const std::string dir = makeFolder(tmp, "rapport-bench-store");
    const std::string size = std::to_string(records / 1000) + "k";
    target.create(dir, history, nb);
    const Stats open = measureMs(opens, 1, [&] { target.open(); target.close(); });
    target.open();
    const Stats edit = measureEdits(target, edits);
    target.close();
    out.add(target.name(), size, records, "edit", edit, "ms");
    out.add(target.name(), size, records, "cold open", open, "ms");
    out.add(target.name(), size, records, "size", static_cast<double>(folderBytes(dir)) / 1024.0, "KiB");
    removeFolder(dir);
}

}  // namespace

int main(int argc, char** argv) {
    const Args args = parseArgs(argc, argv);
    Results out("store", args.target, args.out);
    SampleOptions options = optionsFor(DataSize::Large);
    options.peers = 1500;  // the large sample's 1,000 peers make ~69k commands; 1,500 make over 100k
    auto all = sampleCommands(options);
    check(all.ok() ? Status() : all.error(), "sample");
    std::vector<uint64_t> sizes{1000, 10000, 100000};
    if (args.quick) sizes.pop_back();
    if (all.value().size() < sizes.back()) {
        std::fprintf(stderr, "bench: the large sample has only %zu commands\n", all.value().size());
        return 1;
    }
    out.note("records: the first N of the " + std::to_string(all.value().size()) +
             " commands of the large sample's generator run with 1,500 peers");
    const int edits = args.quick ? 60 : 200, opens = args.quick ? 3 : 7;

    std::vector<std::unique_ptr<EditTarget>> targets;
    targets.push_back(makeRapportTarget());
    targets.push_back(makeRewriteTarget());
    if (auto sqlite = makeSqliteTarget()) targets.push_back(std::move(sqlite));

    Notebook nb;
    size_t applied = 0;
    for (const uint64_t records : sizes) {
        const std::vector<Command> history(all.value().begin(), all.value().begin() + static_cast<long>(records));
        for (; applied < records; ++applied) check(nb.apply(all.value()[applied]), "apply the sample");
        out.note(std::to_string(records) + " records: " + describe(countsOf(nb)));
        for (auto& target : targets) benchOne(out, *target, args.tmp, records, history, nb, edits, opens);
    }
    out.note("edit: rename one peer, durable on return (" + std::to_string(edits) + " edits); cold open: a new process "
             "state, warm page cache (" + std::to_string(opens) + " opens), from disk into a Notebook in memory");
    return 0;
}
