// bench_open TARGET DIR: one cold open in a fresh process, for `./dev bench store`. Opens the store that
// bench_store created in DIR with the target named TARGET ("rapport", "sqlite"...), prints the open's
// milliseconds on the first line of stdout, then its CPU time and where the time went as "phase<TAB>ms" lines (the
// phases: Rapport only), and exits without tearing the notebook down (teardown is not the user's wait).
#include <time.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "tests/bench/bench_util.h"
#include "tests/bench/store_targets.h"

using namespace rapport::bench;

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: bench_open TARGET DIR\n");
        return 2;
    }
    auto target = makeTargetNamed(argv[1]);
    if (!target) {
        std::fprintf(stderr, "bench_open: no target named %s\n", argv[1]);
        return 2;
    }
    target->use(argv[2]);
    // CPU time beside wall time: on a shared machine the wall time includes waiting for a core.
    auto cpuMs = [] {
        timespec t{};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
        return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
    };
    const double cpuBefore = cpuMs();
    const double ms = timeMs([&] { target->open(); });
    const double cpu = cpuMs() - cpuBefore;
    std::printf("%.6f\n", ms);
    std::printf("cpu time\t%.6f\n", cpu);
    for (const auto& [phase, value] : target->openPhases()) std::printf("%s\t%.6f\n", phase.c_str(), value);
    std::fflush(stdout);
    std::_Exit(0);
}
