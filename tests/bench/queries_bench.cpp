// ./dev bench queries: the rules behind the main screens (this week's plan, a prep card, the drifting
// list, the load guard) on the large and huge notebooks.
#include <string>
#include <vector>

#include "core/rules/load_guard.h"
#include "core/rules/prep_card.h"
#include "core/rules/relationships.h"
#include "core/rules/week_plan.h"
#include "tests/bench/bench_data.h"
#include "tests/bench/bench_util.h"

using namespace rapport;
using namespace rapport::bench;

namespace {

size_t g_sink = 0;  // keeps the optimizer from dropping the work

void benchSize(Results& out, DataSize size, int runs) {
    const DataSet set = loadDataSet(size, out);
    const Notebook& nb = set.nb;
    const Counts& counts = set.counts;
    const char* label = set.label;
    const CivilDate today = benchToday();
    std::vector<EntityId> peers;
    for (const auto& entry : nb.peers()) peers.push_back(entry.first);
    size_t next = 0;
    out.add("week plan", label, counts.entities, "query",
            measureMs(runs, 1, [&] { g_sink += weekPlan(nb, today).days[0].items.size(); }), "ms");
    out.add("prep card", label, counts.entities, "query", measureMs(runs, 1, [&] {
                const auto card = prepCard(nb, peers[(next++ * 7919) % peers.size()], today);
                g_sink += card.ok() ? card.value().facts.size() : 0;
            }), "ms");
    out.add("drifting list", label, counts.entities, "query",
            measureMs(runs, 1, [&] { g_sink += driftingPeers(nb, today).size(); }), "ms");
    out.add("load guard", label, counts.entities, "query",
            measureMs(runs, 1, [&] { g_sink += loadStatus(nb).reduceFirst.size(); }), "ms");
}

}  // namespace

int main(int argc, char** argv) {
    const Args args = parseArgs(argc, argv);
    Results out("queries", args.target, args.out);
    if (args.quick) benchSize(out, DataSize::Small, 15);
    benchSize(out, DataSize::Large, args.quick ? 9 : 25);
    if (args.huge) benchSize(out, DataSize::Huge, 9);
    out.note("each query from scratch (no cache), p10/p50/p90 over the runs; prep card for a different peer each run");
    return g_sink == 42 ? 1 : 0;
}
