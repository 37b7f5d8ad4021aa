// ./dev bench search: query latency of core/search (prefix as you type, several words) on the small,
// large and huge notebooks, next to a tuned SQLite FTS5 over the same text in this run (each query run
// on both in turn, so load drift hits both); build time, heap, the first search after open (the index
// is built then), per-query medians at large, and a cross-check of both hit sets for every query.
#include <algorithm>
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

std::vector<EntityId> rapportHits(const SearchIndex& index, const std::string& q) {
    std::vector<EntityId> ids;
    for (const SearchHit& h : index.search(q, SIZE_MAX)) ids.push_back(h.id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

// How many of the queries find different sets in the two engines; one note per differing query.
int crossCheck(Results& out, const char* label, const SearchIndex& index, TextSearchBaseline& fts) {
    int differ = 0;
    for (const auto* queries : {&kPrefixQueries, &kMultiWordQueries}) {
        for (const std::string& q : *queries) {
            const std::vector<EntityId> a = rapportHits(index, q), b = fts.allHits(q);
            if (a == b) continue;
            std::vector<EntityId> onlyA, onlyB;
            std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(onlyA));
            std::set_difference(b.begin(), b.end(), a.begin(), a.end(), std::back_inserter(onlyB));
            ++differ;
            out.note(std::string(label) + ": \"" + q + "\" finds " + std::to_string(a.size()) + " in Rapport, " +
                     std::to_string(b.size()) + " in FTS5 (" + std::to_string(onlyA.size()) + " only in Rapport, " +
                     std::to_string(onlyB.size()) + " only in FTS5)");
        }
    }
    return differ;
}

void benchSize(Results& out, DataSize size, int rounds, bool perQuery) {
    const DataSet set = loadDataSet(size, out);
    const Notebook& nb = set.nb;
    const uint64_t n = set.counts.entities;
    const char* label = set.label;

    // The first search after open: the app builds its index at the first query.
    const uint64_t heapBefore = heapBytesInUse();
    SearchIndex index;
    double build = 0;
    const double first = timeMs([&] {
        build = timeMs([&] { index = SearchIndex(nb); });
        (void)index.search(kMultiWordQueries.front(), kLimit);
    });
    const double heap = static_cast<double>(heapBytesInUse() - heapBefore) / (1024.0 * 1024.0);
    out.add("rapport", label, n, "first search", first, "ms");
    out.add("rapport", label, n, "build", build, "ms");
    if (heapBytesInUse() > 0) out.add("rapport", label, n, "memory", heap, "MiB");

    auto fts = makeFts5Baseline();
    if (fts) {
        const uint64_t ftsBefore = heapBytesInUse();
        out.add(fts->name(), label, n, "build", timeMs([&] { fts->build(nb); }), "ms");
        out.add(fts->name(), label, n, "memory", static_cast<double>(heapBytesInUse() - ftsBefore) / (1024.0 * 1024.0), "MiB");
    }
    // Every query `rounds` times, Rapport and FTS5 in turn.
    for (const auto& [metric, queries] : {std::make_pair("prefix query", &kPrefixQueries),
                                          std::make_pair("multi-word query", &kMultiWordQueries)}) {
        std::vector<double> mine, theirs;
        std::vector<std::vector<double>> mineByQuery(queries->size()), theirsByQuery(queries->size());
        size_t hits = 0;
        for (int r = 0; r < rounds; ++r) {
            for (size_t i = 0; i < queries->size(); ++i) {
                const std::string& q = (*queries)[i];
                mineByQuery[i].push_back(timeMs([&] { hits += index.search(q, kLimit).size(); }));
                mine.push_back(mineByQuery[i].back());
                if (!fts) continue;
                theirsByQuery[i].push_back(timeMs([&] { hits += fts->search(q, kLimit); }));
                theirs.push_back(theirsByQuery[i].back());
            }
        }
        if (hits == 0) std::fprintf(stderr, "bench: no query found anything\n");
        out.add("rapport", label, n, metric, statsOf(mine), "ms");
        if (fts) out.add(fts->name(), label, n, metric, statsOf(theirs), "ms");
        for (size_t i = 0; perQuery && i < queries->size(); ++i) {
            const std::string quoted = "\"" + (*queries)[i] + "\"";
            out.add("rapport " + quoted, label, n, "query", statsOf(mineByQuery[i]), "ms");
            if (fts) out.add("fts5 " + quoted, label, n, "query", statsOf(theirsByQuery[i]), "ms");
        }
    }
    if (fts) {
        const int differ = crossCheck(out, label, index, *fts);
        out.add("hit sets that differ", label, n, "queries", static_cast<double>(differ), "of " +
                std::to_string(kPrefixQueries.size() + kMultiWordQueries.size()));
    }
}

}  // namespace

int main(int argc, char** argv) {
    const Args args = parseArgs(argc, argv);
    Results out("search", args.target, args.out);
    benchSize(out, DataSize::Small, args.quick ? 5 : 20, false);
    benchSize(out, DataSize::Large, args.quick ? 3 : 10, !args.quick);
    if (args.huge) benchSize(out, DataSize::Huge, 3, false);
    out.note("queries: prefix " + std::to_string(kPrefixQueries.size()) + " (\"m\" .. \"sourd\"), multi-word " +
             std::to_string(kMultiWordQueries.size()) + " (\"maria chen\", \"chen pri\"...), best " +
             std::to_string(kLimit) + " hits; FTS5 (prefix='1 2 3', detail=column) ranks by recency (rowid), "
             "core/search by title hit then recency; first search = building the index + one query, as the app "
             "does at the first Ctrl+K after open");
    return 0;
}
