// Order statistics, argument parsing and the result sink of the benchmark programs.
#include "tests/bench/bench_util.h"

#include <algorithm>
#include <cstring>

namespace rapport::bench {

namespace {

double at(const std::vector<double>& sorted, double q) {
    if (sorted.empty()) return 0;
    // Nearest rank on [0, n-1]; enough for 15..1000 samples.
    const size_t i = static_cast<size_t>(q * static_cast<double>(sorted.size() - 1) + 0.5);
    return sorted[std::min(i, sorted.size() - 1)];
}

}  // namespace

Stats statsOf(std::vector<double> samples) {
    std::sort(samples.begin(), samples.end());
    const double max = samples.empty() ? 0 : samples.back();
    return Stats{at(samples, 0.5), at(samples, 0.1), at(samples, 0.9), samples.size(), at(samples, 0.99), max};
}

Results::Results(std::string group, std::string target, std::string tsvPath)
    : m_group(std::move(group)), m_target(std::move(target)) {
    if (!tsvPath.empty()) m_tsv = std::fopen(tsvPath.c_str(), "a");
    if (!tsvPath.empty() && !m_tsv) std::fprintf(stderr, "bench: cannot write %s\n", tsvPath.c_str());
    std::printf("\n== %s (%s)\n%-22s %-8s %-16s %12s %12s %12s %12s %12s %s\n", m_group.c_str(), m_target.c_str(),
                "subject", "size", "metric", "p50", "p10", "p90", "p99", "max", "unit");
}

Results::~Results() {
    if (m_tsv) std::fclose(m_tsv);
}

void Results::add(const std::string& subject, const std::string& sizeLabel, uint64_t size, const std::string& metric,
                  const Stats& s, const std::string& unit) {
    std::printf("%-22s %-8s %-16s %12.4g %12.4g %12.4g %12.4g %12.4g %s\n", subject.c_str(), sizeLabel.c_str(),
                metric.c_str(), s.p50, s.p10, s.p90, s.p99, s.max, unit.c_str());
    std::fflush(stdout);
    if (m_tsv) {
        std::fprintf(m_tsv, "%s\t%s\t%s\t%s\t%llu\t%s\t%.6g\t%.6g\t%.6g\t%s\t%.6g\t%.6g\t%zu\n", m_group.c_str(),
                     m_target.c_str(), subject.c_str(), sizeLabel.c_str(), static_cast<unsigned long long>(size),
                     metric.c_str(), s.p50, s.p10, s.p90, unit.c_str(), s.p99, s.max, s.n);
        std::fflush(m_tsv);
    }
}

void Results::add(const std::string& subject, const std::string& sizeLabel, uint64_t size, const std::string& metric,
                  double value, const std::string& unit) {
    add(subject, sizeLabel, size, metric, Stats{value, value, value, 1, value, value}, unit);
}

void Results::note(const std::string& text) {
    std::printf("  note: %s\n", text.c_str());
    if (m_tsv) std::fprintf(m_tsv, "%s\t%s\t#note\t%s\n", m_group.c_str(), m_target.c_str(), text.c_str());
}

Args parseArgs(int argc, char** argv) {
    Args a;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool hasValue = i + 1 < argc;
        if (arg == "--out" && hasValue) a.out = argv[++i];
        else if (arg == "--target" && hasValue) a.target = argv[++i];
        else if (arg == "--tmp" && hasValue) a.tmp = argv[++i];
        else if (arg == "--quick") a.quick = true;
        else if (arg == "--huge") a.huge = true;
        else a.rest.push_back(arg);
    }
    return a;
}

}  // namespace rapport::bench
