// SyncWorker: runs a sync cycle on its own thread so the thread that owns the notebook (the app's UI
// thread) never waits for the network. The cycle's steps that touch the store are handed to the owner,
// which runs them in pump() (once per frame); the worker waits for them, never the other way round.
#pragma once

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>

#include "core/sync/engine.h"

namespace rapport::sync {

class SyncWorker {
public:
    SyncWorker() = default;
    // Waits for a running cycle to end, running its store steps meanwhile (call from the owner thread).
    ~SyncWorker();
    SyncWorker(const SyncWorker&) = delete;
    SyncWorker& operator=(const SyncWorker&) = delete;

    // Starts one cycle; false (nothing started) while one is running. Every reference must outlive the
    // cycle; `store` and `s` are touched only from pump() (and `s`, `t`, `save` by the worker while
    // pump() is not running a step).
    bool start(SyncState& s, Transport& t, NotebookStore& store, LocalChanges local, int64_t nowMillis, SaveState save);
    // On the owner thread: runs the store step the cycle waits for, if any. Returns at once otherwise.
    void pump();
    bool running() const { return m_running; }
    // The outcome of the finished cycle, once (then empty until the next one ends).
    std::optional<Result<SyncReport>> takeResult();

private:
    void runOnOwner(const std::function<void()>& step);

    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_cv;
    const std::function<void()>* m_step = nullptr;  // the step waiting for pump()
    std::atomic<bool> m_running{false};
    std::optional<Result<SyncReport>> m_result;
};

}  // namespace rapport::sync
