// Crash simulation (native only: needs fork; 340 kills in all): a child process commits as fast as it can, compacting
// now and then, and is killed with SIGKILL at a random moment, many times over the same store. Every
// commit the child acknowledged must be there after each kill, the store must open, and a group
// (an import or a restore: several records over several frames) must be there whole or not at all.
#include <catch2/catch.hpp>

#include <random>

#include <csignal>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/model/commands.h"
#include "core/store/notebook_store.h"
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
    o.maxFrameBytes = 256;  // a group of a few records spans several frames
    return o;
}

std::string fold(const Recovered& r) {
    std::string s = r.snapshot.value_or("");
    for (const auto& rec : r.records) s += "|" + rec;
    return s;
}

// Commit t is a group of groupSize(t) records "t<t>.<i>/<size>" (size 1: a single record).
int groupSize(int64_t t) { return t % 3 == 0 ? 1 : static_cast<int>(2 + t % 5); }

std::string recordOf(int64_t t, int i) {
    return "t" + std::to_string(t) + "." + std::to_string(i) + "/" + std::to_string(groupSize(t)) + std::string(40, '.');
}

// "|<records of commit 0>|<records of commit 1>..." -> number of whole commits, or -1 if the state
// is not such a sequence (a partial group included).
int64_t countCommits(const std::string& state) {
    int64_t t = 0;
    size_t at = 0;
    while (at < state.size()) {
        for (int i = 0; i < groupSize(t); ++i) {
            const std::string expect = "|" + recordOf(t, i);
            if (state.compare(at, expect.size(), expect) != 0) return -1;
            at += expect.size();
        }
        ++t;
    }
    return t;
}

// Forks a process running `child(writeFd)` (which never returns); the parent gets the pipe's read end.
template <typename Child>
pid_t spawn(Child child, int& readFd) {
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        ::close(fds[0]);
        child(fds[1]);
        _exit(0);
    }
    ::close(fds[1]);
    readFd = fds[0];
    return pid;
}

// Runs `child(ackFd)` in a forked process `rounds` times, killing it at a random moment each time;
// after each kill `check(maxAcked)` returns the number of commits found (all acknowledged ones must be).
template <typename Child, typename Check>
void killLoop(int rounds, uint32_t seed, int maxSleepUs, Child child, Check check) {
    std::mt19937 rng(seed);
    int64_t maxAcked = -1;
    for (int round = 0; round < rounds; ++round) {
        int readFd = -1;
        const pid_t pid = spawn(child, readFd);
        int64_t acked = 0;
        if (round % 2 == 0) {  // even rounds: let the child commit first (odd ones may kill it mid-open)
            REQUIRE(::read(readFd, &acked, sizeof acked) == sizeof acked);
            maxAcked = std::max(maxAcked, acked);
        }
        ::usleep(static_cast<useconds_t>(std::uniform_int_distribution<int>(0, maxSleepUs)(rng)));
        ::kill(pid, SIGKILL);
        int status = 0;
        ::waitpid(pid, &status, 0);
        INFO("round " << round);
        REQUIRE((WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL));  // not an early exit(3..7)
        while (::read(readFd, &acked, sizeof acked) == sizeof acked) maxAcked = std::max(maxAcked, acked);
        ::close(readFd);
        const int64_t count = check();
        REQUIRE(count >= 0);
        REQUIRE(count > maxAcked);  // commits 0..maxAcked all present
        maxAcked = std::max(maxAcked, count - 1);
    }
    CHECK(maxAcked >= rounds / 2);
}

// The RecordLog child: open, then commit t, t+1... reporting each acknowledged commit on `ackFd`.
[[noreturn]] void logWriter(const std::string& dir, int ackFd) {
    PosixMedium medium;
    Recovered got;
    auto opened = RecordLog::open(medium, dir, crashOptions(), OpenMode::readWrite, got);
    if (!opened) _exit(3);
    auto& log = *opened.value();
    std::string state = fold(got);
    int64_t next = countCommits(state);
    if (next < 0) _exit(4);
    for (;;) {
        std::vector<std::string> group;
        for (int i = 0; i < groupSize(next); ++i) group.push_back(recordOf(next, i));
        if (!log.append(std::vector<std::string_view>(group.begin(), group.end()))) _exit(5);
        for (const auto& r : group) state += "|" + r;
        const int64_t acked = next++;
        if (::write(ackFd, &acked, sizeof acked) != sizeof acked) _exit(6);
        if (log.shouldCompact() && !log.compact(state)) _exit(7);
    }
}

// NotebookStore level: commit t even imports peers "T<t> P<i>" (several parts), t odd restores the
// previous import's peers under new names "T<t-1> P<i> R" (several parts), each with executeAll.
constexpr int kImportParts = 5;

StoreOptions notebookCrashOptions() {
    StoreOptions o;
    o.log.segmentBytes = 4096;
    o.log.compactMinBytes = 16 * 1024;
    o.log.maxFrameBytes = 400;  // one or two records per frame: every commit spans several frames
    return o;
}

FixedClock crashClock() { return FixedClock(1'700'000'000'000, CivilDate::fromDayNumber(19'675)); }

std::string peerName(int64_t importT, int i, bool restored) {
    return "T" + std::to_string(importT) + " P" + std::to_string(i) + (restored ? " R" : "");
}

// Whole commits in the notebook, or -1 if an import or a restore is there only in part.
int64_t countNotebookCommits(const Notebook& nb) {
    std::map<std::string, int> names;
    for (const auto& [id, p] : nb.peers()) names[p.name] += 1;
    int64_t t = 0;
    for (;; t += 2) {
        int plain = 0, restored = 0;
        for (int i = 0; i < kImportParts; ++i) {
            plain += names.count(peerName(t, i, false));
            restored += names.count(peerName(t, i, true));
        }
        if (plain == 0 && restored == 0) break;
        if (plain + restored != kImportParts || (plain != 0 && restored != 0)) return -1;
        if (plain != 0) return t + 1;  // import t done, its restore not
        // both done: go on
    }
    return static_cast<int64_t>(nb.peers().size()) == t / 2 * kImportParts ? t : -1;
}

[[noreturn]] void notebookWriter(const std::string& dir, int ackFd) {
    PosixMedium medium;
    const FixedClock clock = crashClock();
    auto opened = NotebookStore::open(medium, dir, clock, notebookCrashOptions());
    if (!opened) _exit(3);
    auto& store = *opened.value();
    int64_t next = countNotebookCommits(store.notebook());
    if (next < 0) _exit(4);
    for (;; ++next) {
        std::vector<Command> parts;
        for (int i = 0; i < kImportParts; ++i) {
            Result<Command> c = makeError("");
            if (next % 2 == 0) {
                c = addPeer(store.notebook(), store.ids(), peerName(next, i, false));
            } else {
                EntityId id = 0;
                for (const auto& [pid, p] : store.notebook().peers()) if (p.name == peerName(next - 1, i, false)) id = pid;
                c = renamePeer(store.notebook(), id, peerName(next - 1, i, true));
            }
            if (!c) _exit(8);
            parts.push_back(c.value());
        }
        if (!store.executeAll(parts)) _exit(5);
        const int64_t acked = next;
        if (::write(ackFd, &acked, sizeof acked) != sizeof acked) _exit(6);
    }
}

}  // namespace

TEST_CASE("crash simulation: SIGKILL at random moments never loses an acknowledged commit nor splits a group",
          "[store][crash]") {
    TempDir tmp;
    const std::string dir = tmp.sub("n");
    killLoop(140, 12345, 10000, [&](int ackFd) { logWriter(dir, ackFd); }, [&]() -> int64_t {
        PosixMedium medium;
        Recovered got;
        auto log = RecordLog::open(medium, dir, crashOptions(), OpenMode::readOnly, got);
        REQUIRE(log);
        REQUIRE(got.damage.empty());
        return countCommits(fold(got));
    });
}

TEST_CASE("crash simulation: SIGKILL during multi-part imports and restores leaves each whole or absent",
          "[store][crash]") {
    TempDir tmp;
    const std::string dir = tmp.sub("n");
    const FixedClock clock = crashClock();
    killLoop(200, 777, 10000, [&](int ackFd) { notebookWriter(dir, ackFd); }, [&]() -> int64_t {
        PosixMedium medium;
        auto store = NotebookStore::openReadOnly(medium, dir, clock, notebookCrashOptions());
        REQUIRE(store);
        REQUIRE(store.value()->damage().empty());
        return countNotebookCommits(store.value()->notebook());
    });
}

TEST_CASE("readers beside a writer that compacts all the time always see one whole generation", "[store][crash]") {
    TempDir tmp;
    const std::string dir = tmp.sub("n");
    RecordLogOptions o = crashOptions();
    o.compactMinBytes = 600;  // compacts every few commits
    o.segmentBytes = 300;
    {
        PosixMedium medium;
        Recovered got;
        REQUIRE(RecordLog::open(medium, dir, o, OpenMode::readWrite, got));
    }
    int readFd = -1;
    const pid_t pid = spawn([&](int writeFd) {
        PosixMedium medium;
        Recovered got;
        auto opened = RecordLog::open(medium, dir, o, OpenMode::readWrite, got);
        if (!opened) _exit(3);
        std::string state;
        for (int64_t t = 0; t < 100000; ++t) {
            std::vector<std::string> group;
            for (int i = 0; i < groupSize(t); ++i) group.push_back(recordOf(t, i));
            if (!opened.value()->append(std::vector<std::string_view>(group.begin(), group.end()))) _exit(5);
            for (const auto& r : group) state += "|" + r;
            if (opened.value()->shouldCompact()) {
                if (!opened.value()->compact(state)) _exit(7);
                if (writeFd >= 0 && ::close(writeFd) == 0) writeFd = -1;  // tells the parent: compacting now
            }
        }
    }, readFd);
    char c;
    REQUIRE(::read(readFd, &c, 1) == 0);  // end of file once the writer's first compaction is done
    ::close(readFd);
    int reads = 0, withSnapshot = 0;
    int64_t last = 0;
    int status = 0;
    bool writerEnded = false;
    // 300 reads at least, and on until a read has seen commit 50: on a loaded machine the writer may
    // be slower than the reads (a fixed count of reads then saw too few compactions, 1 run in 30).
    for (; reads < 300 || (last <= 50 && reads < 20000); ++reads) {
        if (reads >= 300 && ::waitpid(pid, &status, WNOHANG) == pid) {
            writerEnded = true;
            break;
        }
        PosixMedium medium;
        Recovered got;
        auto log = RecordLog::open(medium, dir, o, OpenMode::readOnly, got);
        INFO("read " << reads << ": " << (log ? got.damage : log.error().message));
        REQUIRE(log);
        REQUIRE(got.damage.empty());
        const int64_t count = countCommits(fold(got));
        REQUIRE(count >= last);  // whole commits only, and never fewer than an earlier read saw
        last = count;
        withSnapshot += got.snapshot.has_value();
        ::usleep(1000);  // let the writer move on between reads
    }
    if (!writerEnded) {
        ::kill(pid, SIGKILL);
        ::waitpid(pid, &status, 0);
    }
    // Killed while still writing, or (a slow build, e.g. under ASan, where the reads take longer) done
    // with all its commits; never stopped by a failed append or compaction (exit 3, 5 or 7).
    INFO("writer status " << status);
    CHECK(((WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL) || (WIFEXITED(status) && WEXITSTATUS(status) == 0)));
    CHECK(withSnapshot > 100);
    CHECK(last > 50);
}
