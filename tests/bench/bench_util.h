// Shared by the benchmark programs: a stopwatch, order statistics (median with p10/p90), a heap
// probe, and the result sink: a plain table on stdout plus tab-separated rows that tests/bench/report.py
// turns into docs/benchmarks.md and the chart. Timings are reported, never asserted.
#pragma once

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

namespace rapport::bench {

using SteadyClock = std::chrono::steady_clock;

// Milliseconds since t.
inline double msSince(SteadyClock::time_point t) {
    return std::chrono::duration<double, std::milli>(SteadyClock::now() - t).count();
}

// Runs f once and returns how long it took in milliseconds.
template <class F>
double timeMs(F&& f) {
    const auto start = SteadyClock::now();
    f();
    return msSince(start);
}

// Median, spread and tail of a set of samples (empty samples give zeros). p99 and max are what a user
// feels as a hitch; with fewer than 100 samples p99 is the second largest or the largest.
struct Stats {
    double p50 = 0, p10 = 0, p90 = 0;
    size_t n = 0;
    double p99 = 0, max = 0;
};
Stats statsOf(std::vector<double> samples);

// Runs f `runs` times (after `warmup` untimed runs) and returns the statistics in milliseconds.
template <class F>
Stats measureMs(int runs, int warmup, F&& f) {
    for (int i = 0; i < warmup; ++i) f();
    std::vector<double> samples;
    samples.reserve(static_cast<size_t>(runs));
    for (int i = 0; i < runs; ++i) samples.push_back(timeMs(f));
    return statsOf(std::move(samples));
}

// Bytes of heap in use now (malloc's own count), or 0 where the C library cannot tell.
uint64_t heapBytesInUse();
// Peak resident set of this process in bytes (0 where unknown).
uint64_t peakRssBytes();

// Where results go. Rows: group, target, subject, size label, size (count), metric, p50, p10, p90, unit, p99,
// max, samples.
class Results {
public:
    // `group` names the benchmark ("store", "search"...); `target` is "native" or "wasm". Rows are
    // appended to `tsvPath` (when not empty) and echoed to stdout as an aligned table.
    Results(std::string group, std::string target, std::string tsvPath);
    ~Results();
    Results(const Results&) = delete;
    Results& operator=(const Results&) = delete;

    void add(const std::string& subject, const std::string& sizeLabel, uint64_t size, const std::string& metric,
             const Stats& s, const std::string& unit);
    void add(const std::string& subject, const std::string& sizeLabel, uint64_t size, const std::string& metric,
             double value, const std::string& unit);
    // A free-form line kept in the report under the group's table (data set counts, caveats).
    void note(const std::string& text);
    const std::string& target() const { return m_target; }

private:
    std::string m_group, m_target;
    std::FILE* m_tsv = nullptr;
};

// Command line of every bench program: [--out FILE.tsv] [--target native|wasm] [--quick] [--huge]
// [--tmp DIR] (where stores and databases are written; default /tmp).
struct Args {
    std::string out;
    std::string target = "native";
    std::string tmp = "/tmp";
    bool quick = false;  // smaller sizes and fewer runs (wasm, smoke tests)
    bool huge = false;   // include the huge data set
    std::vector<std::string> rest;
};
Args parseArgs(int argc, char** argv);

}  // namespace rapport::bench
