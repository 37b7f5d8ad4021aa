// Crash simulation (native only: needs fork): a child process commits records as fast as it can,
// compacting now and then, and is killed with SIGKILL at a random moment, 200 times over the same
// store. Every commit the child acknowledged must be there after each kill, and the store must open.
#include <catch2/catch.hpp>

#include <random>

#include <csignal>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/store/record_log.h"
#include "tests/core/store_test_util.h"

using namespace rapport;
using namespace rapport::store;
using rapport::store::test::TempDir;

namespace {

RecordLogOptions crashOptions() {
    RecordLogOptions o;
    o.segmentBytes = 1024;
    o.compactMinBytes = 2048;
    return o;
}

std::string fold(const Recovered& r) {
    std::string s = r.snapshot.value_or("");
    for (const auto& rec : r.records) s += "|" + rec;
    return s;
}

// "|r0|r1|...|r<n-1>" -> n, or -1 if the state is not such a sequence.
int64_t countSequence(const std::string& state) {
    int64_t n = 0;
    size_t at = 0;
    while (at < state.size()) {
        const std::string expect = "|r" + std::to_string(n);
        if (state.compare(at, expect.size(), expect) != 0) return -1;
        at += expect.size();
        ++n;
    }
    return n;
}

// The child: open, then commit r<n>, r<n+1>... reporting each acknowledged index on `ackFd`.
[[noreturn]] void writer(const std::string& dir, int ackFd) {
    PosixMedium medium;
    Recovered got;
    auto opened = RecordLog::open(medium, dir, crashOptions(), OpenMode::readWrite, got);
    if (!opened) _exit(3);
    auto& log = *opened.value();
    std::string state = fold(got);
    int64_t next = countSequence(state);
    if (next < 0) _exit(4);
    for (;;) {
        const std::string rec = "r" + std::to_string(next);
        if (!log.append({std::string_view(rec)})) _exit(5);
        state += "|" + rec;
        const int64_t acked = next++;
        if (::write(ackFd, &acked, sizeof acked) != sizeof acked) _exit(6);
        if (log.shouldCompact() && !log.compact(state)) _exit(7);
    }
}

}  // namespace

TEST_CASE("crash simulation: SIGKILL at random moments never loses an acknowledged commit", "[store][crash]") {
    TempDir tmp;
    const std::string dir = tmp.sub("n");
    std::mt19937 rng(12345);
    int64_t maxAcked = -1;
    for (int round = 0; round < 200; ++round) {
        int fds[2];
        REQUIRE(::pipe(fds) == 0);
        const pid_t pid = ::fork();
        REQUIRE(pid >= 0);
        if (pid == 0) {
            ::close(fds[0]);
            writer(dir, fds[1]);
        }
        ::close(fds[1]);
        int64_t acked = 0;
        if (round % 2 == 0) {  // even rounds: let the child commit first (odd ones may kill it mid-open)
            REQUIRE(::read(fds[0], &acked, sizeof acked) == sizeof acked);
            maxAcked = std::max(maxAcked, acked);
        }
        ::usleep(static_cast<useconds_t>(std::uniform_int_distribution<int>(0, 12000)(rng)));
        ::kill(pid, SIGKILL);
        int status = 0;
        ::waitpid(pid, &status, 0);
        INFO("round " << round);
        REQUIRE((WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL));  // not an early exit(3..7)
        while (::read(fds[0], &acked, sizeof acked) == sizeof acked) maxAcked = std::max(maxAcked, acked);
        ::close(fds[0]);

        PosixMedium medium;
        Recovered got;
        auto log = RecordLog::open(medium, dir, crashOptions(), OpenMode::readOnly, got);
        REQUIRE(log);
        REQUIRE(got.damage.empty());
        const int64_t count = countSequence(fold(got));
        REQUIRE(count >= 0);
        REQUIRE(count > maxAcked);  // r0..r<maxAcked> all present
        maxAcked = std::max(maxAcked, count - 1);
    }
    CHECK(maxAcked >= 100);
}
