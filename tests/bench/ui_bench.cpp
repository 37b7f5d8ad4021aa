// ./dev bench ui: CPU time per frame of each main screen of the real App on the large notebook, in a
// headless ImGui (no window, no GPU; as in tests/ui). Idle frames are timed after the first few on a
// page, so the screens' caches are warm; then the frame right after an edit (a peer renamed through
// the app, as a form would), which is the one that recomputes what the edit touched. Also: `bench_ui --make-store DIR` writes the large notebook as a
// store in DIR (for the desktop app's idle CPU and peak RSS in ./dev bench).
#include <time.h>

#include <cstdio>
#include <string>
#include <vector>

#include "app/app.h"
#include "app/ui_context.h"
#include "core/model/commands.h"
#include "core/store/notebook_store.h"
#include "core/store/posix_medium.h"
#include "tests/bench/bench_data.h"
#include "tests/bench/bench_util.h"
#include "tests/ui/headless_imgui.h"

using namespace rapport;
using namespace rapport::bench;

namespace {

double threadCpuMs() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

struct PageToTime {
    const char* name;
    ui::Page page;
    EntityId id;
};

// A peer with 1:1s, its latest held meeting, and the first project, for the entity pages.
std::vector<PageToTime> pagesOf(const Notebook& nb) {
    EntityId peer = kNoId, meeting = kNoId, project = kNoId;
    for (const auto& entry : nb.peers()) {
        const DatedIds& meetings = nb.meetingsOfPeer(entry.first);
        if (meetings.empty()) continue;
        peer = entry.first;
        meeting = std::prev(meetings.end())->second;
        break;
    }
    if (!nb.all<JointProject>().empty()) project = nb.all<JointProject>().begin()->first;
    return {{"This week", ui::Page::ThisWeek, kNoId}, {"Peers", ui::Page::Peers, kNoId},
            {"Peer", ui::Page::Peer, peer},           {"1:1 meeting", ui::Page::Meeting, meeting},
            {"Prep card", ui::Page::PrepCard, peer},  {"Projects", ui::Page::Projects, kNoId},
            {"Project", ui::Page::Project, project},  {"Previews", ui::Page::Previews, kNoId},
            {"Rituals", ui::Page::Rituals, kNoId},    {"Journal", ui::Page::Journal, kNoId},
            {"Settings", ui::Page::Settings, kNoId}};
}

int makeStore(const std::string& dir) {
    store::PosixMedium medium;
    Notebook nb = makeNotebook(DataSize::Large);
    std::printf("bench_ui: large store in %s: %s\n", dir.c_str(), describe(countsOf(nb)).c_str());
    check(writeStoreWith(medium, dir, std::move(nb)), "write the large store");
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    const Args args = parseArgs(argc, argv);
    if (args.rest.size() == 2 && args.rest[0] == "--make-store") return makeStore(args.rest[1]);
    Results out("ui", args.target, args.out);
    const std::string dir = makeFolder(args.tmp, "rapport-bench-ui");
    store::PosixMedium medium;
    Counts counts;
    {
        Notebook nb = makeNotebook(DataSize::Large);
        counts = countsOf(nb);
        check(writeStoreWith(medium, dir, std::move(nb)), "write the large store");
    }
    out.note("large: " + describe(counts));
    const Clock& clock = benchClock();
    test::HeadlessImGui imgui;
    const auto opening = SteadyClock::now();
    ui::App app(ui::NotebookOpener{[&] { return NotebookStore::open(medium, dir, clock); }, nullptr, nullptr}, clock, true);
    app.setExtraKeys(test::HeadlessImGui::kExtraKeys);
    const std::function<bool()> draw = [&app] { return app.draw(); };
    imgui.frame(draw);
    out.add("open + first frame", "large", counts.entities, "wall", msSince(opening), "ms");
    if (!app.context() || app.notebookStore()->notebook().size() < counts.entities) {
        std::fprintf(stderr, "bench: the app did not open the large store: %s\n", app.describeForAutomation().substr(0, 300).c_str());
        return 1;
    }
    const int frames = args.quick ? 20 : 60, edits = args.quick ? 5 : 15;
    int renamed = 0;
    for (const PageToTime& p : pagesOf(app.notebookStore()->notebook())) {
        app.context()->go(ui::Route{p.page, p.id});
        const double first = timeMs([&] { imgui.frame(draw); });
        imgui.settle(draw, 3);
        std::vector<double> samples;
        for (int i = 0; i < frames; ++i) {
            const double start = threadCpuMs();
            imgui.frame(draw);
            samples.push_back(threadCpuMs() - start);
        }
        std::vector<double> afterEdit;
        for (int i = 0; i < edits; ++i) {
            ui::UiContext& ctx = *app.context();
            const auto& peers = ctx.notebook().peers();
            auto it = peers.begin();
            std::advance(it, static_cast<long>(static_cast<size_t>(++renamed) % peers.size()));
            if (!ctx.run(renamePeer(ctx.notebook(), it->first, "Bench Rename " + std::to_string(renamed)))) {
                std::fprintf(stderr, "bench: the app refused an edit\n");
                return 1;
            }
            const double start = threadCpuMs();
            imgui.frame(draw);
            afterEdit.push_back(threadCpuMs() - start);
        }
        if (app.context()->route().page != p.page) out.note(std::string(p.name) + ": the app left the page");
        out.add(p.name, "large", counts.entities, "frame cpu", statsOf(std::move(samples)), "ms");
        out.add(p.name, "large", counts.entities, "frame after edit", statsOf(std::move(afterEdit)), "ms");
        out.add(p.name, "large", counts.entities, "first frame", first, "ms");
    }
    out.add("bench process", "large", counts.entities, "peak rss", static_cast<double>(peakRssBytes()) / 1048576.0, "MiB");
    out.note(std::to_string(frames) + " frames per page after 4 warm-up frames, 1100x720, no input; first frame = "
             "the frame that opened the page (caches cold); frame after edit = the frame right after a durable peer "
             "rename (" + std::to_string(edits) + " per page; the edit itself is not in the frame's time)");
    removeFolder(dir);
    return 0;
}
