// OpenProfile: where one open's time went, phase by phase. The benchmarks print it next to the open
// time, so a figure that misses its goal comes with the reason; it costs a few clock reads per open.
#pragma once

#include <chrono>
#include <cstdint>

namespace rapport::store {

struct OpenProfile {
    double readMs = 0;            // reading MANIFEST, the snapshot and the log segments from the medium
    double snapshotFramesMs = 0;  // the snapshot's frames: header checks, CRC-32C, chunks joined
    double logFramesMs = 0;       // the segments' frames: header checks, CRC-32C, batches split into records
    double stateDecodeMs = 0;     // the snapshot's bytes decoded into entities and undo/redo steps
    double notebookBuildMs = 0;   // those entities checked and put into the Notebook's tables and indexes
    double recordDecodeMs = 0;    // the log's change records decoded
    double replayMs = 0;          // the records applied: checks, tables, indexes, undo/redo stacks
    uint64_t snapshotBytes = 0;
    uint64_t logBytes = 0;
    uint64_t records = 0;         // change records replayed
};

// Adds the milliseconds from its construction to its destruction to `into`.
class PhaseTimer {
public:
    explicit PhaseTimer(double& into) : m_into(into), m_start(std::chrono::steady_clock::now()) {}
    ~PhaseTimer() {
        m_into += std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - m_start).count();
    }
    PhaseTimer(const PhaseTimer&) = delete;
    PhaseTimer& operator=(const PhaseTimer&) = delete;

private:
    double& m_into;
    std::chrono::steady_clock::time_point m_start;
};

}  // namespace rapport::store
