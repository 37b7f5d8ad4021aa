// CompactionJob: the slow part of a compaction (encoding the state, writing, syncing and reading back the
// new snapshot) as an object that may run on another thread while the store keeps taking edits. Made
// by NotebookStore::startCompaction(), applied by NotebookStore::finishCompaction().
#pragma once

#include <atomic>
#include <cstdint>
#include <string>

#include "core/store/change_record.h"
#include "core/store/record_log.h"
#include "core/store/storage_medium.h"
#include "core/util/result.h"

namespace rapport::store {

class CompactionJob {
public:
    // `state` is the store's state when the compaction began (a copy: edits go on meanwhile).
    CompactionJob(StorageMedium& medium, std::string dir, RecordLogOptions options, SnapshotPlan plan, StoreState state);
    CompactionJob(const CompactionJob&) = delete;
    CompactionJob& operator=(const CompactionJob&) = delete;

    // Encodes the state and writes the snapshot (RecordLog::writeSnapshot). Call once, on any thread:
    // it touches only this object and the new snapshot's files, so the medium must allow calls from two
    // threads on different files (PosixMedium does; memory and fault media only on the store's thread).
    // Never throws: a failure is kept in outcome().
    void run();
    // True once run() has returned (safe to ask from any thread).
    bool finished() const { return m_finished.load(std::memory_order_acquire); }
    // After finished(): the new snapshot's size, or why it could not be written.
    const Result<uint64_t>& outcome() const { return m_outcome; }
    const SnapshotPlan& plan() const { return m_plan; }

private:
    StorageMedium& m_medium;
    const std::string m_dir;
    const RecordLogOptions m_options;
    const SnapshotPlan m_plan;
    StoreState m_state;
    Result<uint64_t> m_outcome = makeError("The compaction has not run.");
    std::atomic<bool> m_finished{false};
};

}  // namespace rapport::store
