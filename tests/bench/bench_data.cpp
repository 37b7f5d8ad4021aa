// Data sets for the benchmarks and the helpers that put them on disk.
#include "tests/bench/bench_data.h"

#include <stdlib.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>

#include "core/store/change_record.h"
#include "core/store/posix_medium.h"
#include "core/store/record_log.h"
#include "tests/bench/bench_util.h"

namespace rapport::bench {

const char* nameOf(DataSize size) {
    switch (size) {
        case DataSize::Small: return "small";
        case DataSize::Large: return "large";
        case DataSize::Huge: return "huge";
    }
    return "?";
}

CivilDate benchToday() { return CivilDate::ymd(2025, 11, 24); }

const Clock& benchClock() {
    static const FixedClock clock(1'764'000'000'000, benchToday());
    return clock;
}

SampleOptions optionsFor(DataSize size) {
    SampleOptions o;
    o.today = benchToday();
    o.monthsOfHistory = 21;  // ~50,000 meetings at 1,000 peers
    o.agendaItemsPerMeeting = 4;
    o.seed = 42;
    o.peers = size == DataSize::Small ? 50 : 1000;
    if (size == DataSize::Small) o.monthsOfHistory = 24;
    return o;
}

Counts countsOf(const Notebook& nb) {
    Counts c;
    c.peers = nb.peers().size();
    c.meetings = nb.all<Meeting>().size();
    for (const auto& entry : nb.all<Meeting>()) c.agendaItems += entry.second.agenda.size();
    c.facts = nb.all<Fact>().size();
    c.commitments = nb.all<Commitment>().size();
    c.entities = nb.size();
    return c;
}

std::string describe(const Counts& c) {
    char text[200];
    std::snprintf(text, sizeof text, "%llu peers, %llu meetings, %llu agenda items, %llu facts, %llu commitments, %llu entities",
                  static_cast<unsigned long long>(c.peers), static_cast<unsigned long long>(c.meetings),
                  static_cast<unsigned long long>(c.agendaItems), static_cast<unsigned long long>(c.facts),
                  static_cast<unsigned long long>(c.commitments), static_cast<unsigned long long>(c.entities));
    return text;
}

namespace {

Notebook sampleOrExit(const SampleOptions& options) {
    auto nb = sampleNotebook(options);
    check(nb.ok() ? Status() : nb.error(), "sample");
    return std::move(nb).value();
}

// Ten large samples with different seeds side by side (one Settings kept). The generator itself
// stops short of 10,000 peers (their "met on" dates would fall before 1900), and this is faster.
Notebook hugeNotebook() {
    std::vector<Entity> all;
    for (uint64_t copy = 0; copy < 10; ++copy) {
        SampleOptions options = optionsFor(DataSize::Large);
        options.seed += copy;
        for (Entity& e : sampleOrExit(options).entities()) {
            if (copy > 0 && std::holds_alternative<Settings>(e)) continue;
            all.push_back(std::move(e));
        }
    }
    auto nb = Notebook::fromEntities(std::move(all));
    check(nb.ok() ? Status() : nb.error(), "huge sample");
    return std::move(nb).value();
}

}  // namespace

Notebook makeNotebook(DataSize size) {
    return size == DataSize::Huge ? hugeNotebook() : sampleOrExit(optionsFor(size));
}

DataSet loadDataSet(DataSize size, Results& out) {
    DataSet set{makeNotebook(size), {}, nameOf(size)};
    set.counts = countsOf(set.nb);
    out.note(std::string(set.label) + ": " + describe(set.counts));
    return set;
}

Status writeStoreWith(store::StorageMedium& medium, const std::string& dir, Notebook nb) {
    store::Recovered got;
    auto log = store::RecordLog::open(medium, dir, {}, store::OpenMode::readWrite, got);
    if (!log) return log.error();
    store::StoreState state;
    state.notebook = std::move(nb);
    // A compaction folds the live log, and does nothing when it is empty (a fresh store): one record
    // first, folded into the snapshot with everything else, so the store really holds the notebook.
    const std::string record = store::encodeChangeRecord(store::ChangeRecord{});
    if (Status s = log.value()->append({std::string_view(record)}); !s) return s;
    if (Status s = log.value()->compact(store::encodeStoreState(state)); !s) return s;
    if (log.value()->stats().snapshotBytes == 0) return makeError("the store holds no snapshot after writing it");
    return {};
}

void check(const Status& s, const char* what) {
    if (s) return;
    std::fprintf(stderr, "bench: %s: %s\n", what, s.error().message.c_str());
    std::exit(1);
}

std::string makeFolder(const std::string& parent, const std::string& prefix) {
    std::string pattern = parent + "/" + prefix + "-XXXXXX";
    if (!::mkdtemp(pattern.data())) {
        std::fprintf(stderr, "bench: cannot create a folder under %s\n", parent.c_str());
        std::exit(1);
    }
    return pattern;
}

void removeFolder(const std::string& dir) {
    store::PosixMedium medium;
    if (auto names = medium.listFiles(dir)) {
        for (const auto& n : names.value()) (void)medium.removeFile(store::joinPath(dir, n));
    }
    ::rmdir(dir.c_str());
}

uint64_t folderBytes(const std::string& dir) {
    store::PosixMedium medium;
    uint64_t total = 0;
    if (auto names = medium.listFiles(dir)) {
        for (const auto& n : names.value()) {
            if (auto bytes = medium.readFile(store::joinPath(dir, n))) total += bytes.value().size();
        }
    }
    return total;
}

}  // namespace rapport::bench
