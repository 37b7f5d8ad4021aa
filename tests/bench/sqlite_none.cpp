// The wasm build has no SQLite: its baselines are measured natively only.
#include "tests/bench/search_baseline.h"
#include "tests/bench/store_targets.h"

namespace rapport::bench {

std::unique_ptr<EditTarget> makeSqliteTarget() { return nullptr; }
std::unique_ptr<TextSearchBaseline> makeFts5Baseline() { return nullptr; }

}  // namespace rapport::bench
