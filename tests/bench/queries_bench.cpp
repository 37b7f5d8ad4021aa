// ./dev bench queries: the rules behind the main screens (this week's plan, a prep card, the drifting
// list, the load guard) on the large and huge notebooks. With --reference also the straightforward table
// scans they replaced (tests/core/rules_reference.h) and the cost of building the rules' indexes at load.
#include <algorithm>
#include <string>
#include <vector>

#include "core/rules/load_guard.h"
#include "core/rules/prep_card.h"
#include "core/rules/relationships.h"
#include "core/rules/week_plan.h"
#include "tests/bench/bench_data.h"
#include "tests/bench/bench_util.h"
#include "tests/core/rules_reference.h"

using namespace rapport;
using namespace rapport::bench;

namespace {

size_t g_sink = 0;  // keeps the optimizer from dropping the work

void benchSize(Results& out, DataSize size, int runs, bool reference) {
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
    if (!reference) return;
    using namespace rapport::reference;
    out.add("week plan (table scan)", label, counts.entities, "query",
            measureMs(runs, 1, [&] { g_sink += weekPlanRef(nb, today).days[0].items.size(); }), "ms");
    out.add("prep card (table scan)", label, counts.entities, "query", measureMs(runs, 1, [&] {
                const auto card = prepCardRef(nb, peers[(next++ * 7919) % peers.size()], today);
                g_sink += card.ok() ? card.value().facts.size() : 0;
            }), "ms");
    out.add("drifting list (table scan)", label, counts.entities, "query",
            measureMs(runs, 1, [&] { g_sink += driftingPeersRef(nb, today).size(); }), "ms");
    out.add("load guard (table scan)", label, counts.entities, "query",
            measureMs(runs, 1, [&] { g_sink += loadStatusRef(nb).reduceFirst.size(); }), "ms");
    // What the indexes add to a load: the one pass NotebookIndex makes over every entity (the notebook
    // runs it as it inserts each entity), beside the whole Notebook::fromEntities it is part of.
    const std::vector<Entity> entities = nb.entities();
    out.add("rules index build", label, counts.entities, "load", measureMs(std::max(3, runs / 3), 1, [&] {
                NotebookIndex index;
                for (const Entity& e : entities) index.update(e, true);
                g_sink += index.openCommitmentsByDue().size();
            }), "ms");
    out.add("notebook from entities", label, counts.entities, "load", measureMs(3, 0, [&] {
                auto copy = Notebook::fromEntities(entities);
                g_sink += copy.ok() ? copy.value().size() : 0;
            }), "ms");
}

}  // namespace

int main(int argc, char** argv) {
    const Args args = parseArgs(argc, argv);
    Results out("queries", args.target, args.out);
    const bool reference = std::find(args.rest.begin(), args.rest.end(), "--reference") != args.rest.end();
    if (args.quick) benchSize(out, DataSize::Small, 15, reference);
    benchSize(out, DataSize::Large, args.quick ? 9 : 25, reference);
    if (args.huge) benchSize(out, DataSize::Huge, 9, reference);
    out.note("each query from scratch (no cache), p10/p50/p90 over the runs; prep card for a different peer each run");
    return g_sink == 42 ? 1 : 0;
}
