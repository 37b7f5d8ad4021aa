// CompactionJob: encode + write + check the snapshot, away from the store's thread.
#include "core/store/compaction_job.h"

#include <exception>
#include <utility>

namespace rapport::store {

CompactionJob::CompactionJob(StorageMedium& medium, std::string dir, RecordLogOptions options, SnapshotPlan plan,
                             StoreState state)
    : m_medium(medium), m_dir(std::move(dir)), m_options(options), m_plan(plan), m_state(std::move(state)) {}

void CompactionJob::run() {
    try {
        const std::string bytes = encodeStoreState(m_state);
        m_state = StoreState{};  // the copy is not needed any more: give its memory back now
        m_outcome = RecordLog::writeSnapshot(m_medium, m_dir, m_options, m_plan, bytes);
    } catch (const std::exception& e) {
        m_outcome = makeError(std::string("The notebook could not be compacted: ") + e.what());
    }
    m_finished.store(true, std::memory_order_release);
}

}  // namespace rapport::store
