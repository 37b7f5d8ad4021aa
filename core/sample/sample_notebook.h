// A realistic sample notebook, made deterministically from a seed: the demo (`./dev run --demo`), the
// screenshots, and the benchmarks' data sets at any size. Built only through the command builders, so
// every sample entity passed the same validation as a user's.
#pragma once

#include <cstdint>
#include <vector>

#include "core/model/command.h"
#include "core/model/notebook.h"
#include "core/util/civil_date.h"
#include "core/util/result.h"

namespace rapport {

struct SampleOptions {
    CivilDate today;               // history ends here; plans start here
    int32_t peers = 12;
    int32_t monthsOfHistory = 4;   // 1:1s held before today
    int32_t agendaItemsPerMeeting = 3;
    uint64_t seed = 1;
};

// The commands that build the sample, in order (apply them to an empty notebook or store). Fails only
// if a builder refuses (a bug in the generator: the error names the step).
Result<std::vector<Command>> sampleCommands(const SampleOptions& options);

// The same sample applied to a fresh Notebook (for benchmarks that need no store).
Result<Notebook> sampleNotebook(const SampleOptions& options);

}  // namespace rapport
