// The benchmarks' data sets, all from the seeded sample generator (core/sample): small (50 peers,
// 2 years), large (1,000 peers, ~50,000 meetings, ~200,000 agenda items) and huge (10x large), plus a
// way to put a notebook straight into a store as one snapshot (no per-command fsync).
#pragma once

#include <cstdint>
#include <string>

#include "core/model/notebook.h"
#include "core/sample/sample_notebook.h"
#include "core/store/storage_medium.h"
#include "core/util/clock.h"
#include "core/util/result.h"

namespace rapport::bench {

enum class DataSize : uint8_t { Small, Large, Huge };

const char* nameOf(DataSize size);
// The fixed "today" of every data set (Mon 24 Nov 2025) and a clock standing still on it.
CivilDate benchToday();
const Clock& benchClock();
SampleOptions optionsFor(DataSize size);

// What a notebook holds, for the report: peers, meetings, agenda items, facts, commitments, entities.
struct Counts {
    uint64_t peers = 0, meetings = 0, agendaItems = 0, facts = 0, commitments = 0, entities = 0;
};
Counts countsOf(const Notebook& nb);
std::string describe(const Counts& c);

// The sample notebook of that size (exits the program with a message if the generator fails).
Notebook makeNotebook(DataSize size);

class Results;
// A data set made for a benchmark, with its counts already noted in `out`.
struct DataSet {
    Notebook nb;
    Counts counts;
    const char* label;
};
DataSet loadDataSet(DataSize size, Results& out);

// Creates a store in `dir` whose snapshot is `nb` (the state auto-compaction would leave).
Status writeStoreWith(store::StorageMedium& medium, const std::string& dir, Notebook nb);
// Exits the program with `what` and the error when s failed (a benchmark cannot go on).
void check(const Status& s, const char* what);

// A fresh folder under `parent` ("/tmp"...), removed with its files by removeFolder().
std::string makeFolder(const std::string& parent, const std::string& prefix);
void removeFolder(const std::string& dir);
// Total bytes of the regular files in a folder.
uint64_t folderBytes(const std::string& dir);

}  // namespace rapport::bench
