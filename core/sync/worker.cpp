// The hand-over between the worker and the owner thread: one step at a time, under one mutex.
#include "core/sync/worker.h"

namespace rapport::sync {

SyncWorker::~SyncWorker() {
    while (m_running) {
        pump();
        std::this_thread::yield();
    }
    if (m_thread.joinable()) m_thread.join();
}

bool SyncWorker::start(SyncState& s, Transport& t, NotebookStore& store, LocalChanges local, int64_t nowMillis,
                       SaveState save) {
    if (m_running) return false;
    if (m_thread.joinable()) m_thread.join();
    m_running = true;
    m_thread = std::thread([this, &s, &t, &store, local = std::move(local), nowMillis, save = std::move(save)] {
        auto r = syncOnce(s, t, store, local, nowMillis, save,
                          [this](const std::function<void()>& step) { runOnOwner(step); });
        std::lock_guard<std::mutex> lock(m_mutex);
        m_result = std::move(r);
        m_running = false;
    });
    return true;
}

void SyncWorker::runOnOwner(const std::function<void()>& step) {
    std::unique_lock<std::mutex> lock(m_mutex);
    m_step = &step;
    m_cv.wait(lock, [this] { return m_step == nullptr; });
}

void SyncWorker::pump() {
    std::unique_lock<std::mutex> lock(m_mutex);
    if (!m_step) return;
    const std::function<void()>* step = m_step;
    lock.unlock();
    (*step)();  // the worker is parked in runOnOwner until this returns
    lock.lock();
    m_step = nullptr;
    m_cv.notify_all();
}

std::optional<Result<SyncReport>> SyncWorker::takeResult() {
    std::lock_guard<std::mutex> lock(m_mutex);
    auto r = std::move(m_result);
    m_result.reset();
    return r;
}

}  // namespace rapport::sync
