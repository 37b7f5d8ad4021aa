// ./dev bench search: query latency of core/search (prefix as you type, several words) on the small,
// large and huge notebooks, next to SQLite FTS5 over the same text in this run; build time and heap.
#include <cstdio>
#include <string>
#include <vector>

#include "core/search/search_index.h"
#include "tests/bench/bench_data.h"
#include "tests/bench/bench_util.h"
#include "tests/bench/search_baseline.h"

using namespace rapport;
using namespace rapport::bench;

namespace {

const std::vector<std::string> kPrefixQueries{"m", "ma", "mar", "hir", "lis", "son", "pric", "sourd"};
const std::vector<std::string> kMultiWordQueries{"maria chen", "hiring plan", "enterprise leads on", "chen pri",
                                                 "berlin marathon", "follow up"};
constexpr size_t kLimit = 20;

// Every query `rounds` times; one sample per query run.
template <class Search>
Stats queryStats(const std::vector<std::string>& queries, int rounds, Search&& search) {
    std::vector<double> samples;
    size_t hits = 0;
    for (int r = 0; r < rounds; ++r) {
        for (const std::string& q : queries) samples.push_back(timeMs([&] { hits += search(q); }));
    }
    if (hits == 0) std::fprintf(stderr, "bench: no query found anything\n");
    return statsOf(std::move(samples));
}

void benchSize(Results& out, DataSize size, int rounds) {
    const DataSet set = loadDataSet(size, out);
    const Notebook& nb = set.nb;
    const Counts& counts = set.counts;
    const char* label = set.label;

    const uint64_t heapBefore = heapBytesInUse();
    SearchIndex index;
    const double build = timeMs([&] { index = SearchIndex(nb); });
    const double heap = static_cast<double>(heapBytesInUse() - heapBefore) / (1024.0 * 1024.0);
    out.add("rapport", label, counts.entities, "build", build, "ms");
    if (heapBytesInUse() > 0) out.add("rapport", label, counts.entities, "memory", heap, "MiB");
    auto search = [&](const std::string& q) { return index.search(q, kLimit).size(); };
    out.add("rapport", label, counts.entities, "prefix query", queryStats(kPrefixQueries, rounds, search), "ms");
    out.add("rapport", label, counts.entities, "multi-word query", queryStats(kMultiWordQueries, rounds, search), "ms");

    auto fts = makeFts5Baseline();
    if (!fts) return;
    const uint64_t ftsBefore = heapBytesInUse();
    out.add(fts->name(), label, counts.entities, "build", timeMs([&] { fts->build(nb); }), "ms");
    out.add(fts->name(), label, counts.entities, "memory",
            static_cast<double>(heapBytesInUse() - ftsBefore) / (1024.0 * 1024.0), "MiB");
    auto ftsSearch = [&](const std::string& q) { return fts->search(q, kLimit); };
    out.add(fts->name(), label, counts.entities, "prefix query", queryStats(kPrefixQueries, rounds, ftsSearch), "ms");
    out.add(fts->name(), label, counts.entities, "multi-word query", queryStats(kMultiWordQueries, rounds, ftsSearch), "ms");
}

}  // namespace

int main(int argc, char** argv) {
    const Args args = parseArgs(argc, argv);
    Results out("search", args.target, args.out);
    benchSize(out, DataSize::Small, args.quick ? 5 : 20);
    benchSize(out, DataSize::Large, args.quick ? 3 : 10);
    if (args.huge) benchSize(out, DataSize::Huge, 3);
    out.note("queries: prefix " + std::to_string(kPrefixQueries.size()) + " (\"m\" .. \"sourd\"), multi-word " +
             std::to_string(kMultiWordQueries.size()) + " (\"maria chen\", \"chen pri\"...), best " +
             std::to_string(kLimit) + " hits; FTS5 ranks by bm25, core/search by title hit then recency");
    return 0;
}
