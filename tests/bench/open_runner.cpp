// bench_open TARGET DIR: one cold open in a fresh process, for `./dev bench store`. Opens the store that
// bench_store created in DIR with the target named TARGET ("rapport", "sqlite"...), prints the open's
// milliseconds on stdout, and exits without tearing the notebook down (teardown is not the user's wait).
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
    const double ms = timeMs([&] { target->open(); });
    std::printf("%.6f\n", ms);
    std::fflush(stdout);
    std::_Exit(0);
}
