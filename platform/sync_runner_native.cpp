// The desktop's SyncRunner: setup and cycles run on a worker thread over libcurl (dav_native.cpp);
// the cycle's store steps come back to the UI thread through SyncWorker::pump(). The transport is made
// on the worker thread at its first request, so nothing of libcurl runs until a job needs the network.
#include <atomic>
#include <mutex>
#include <thread>

#include "core/sync/worker.h"
#include "platform/sync_runner.h"

namespace rapport::platform {
namespace {

// Builds the libcurl transport at its first request (on whichever thread makes it: the worker's).
class LazyDavTransport final : public sync::Transport {
public:
    explicit LazyDavTransport(DavLogin login) : m_login(std::move(login)) {}
    Result<std::optional<std::vector<std::string>>> list(const std::string& dir) override { return real().list(dir); }
    Result<std::optional<std::string>> get(const std::string& path) override { return real().get(path); }
    Status put(const std::string& path, const std::string& bytes) override { return real().put(path, bytes); }
    Status mkcol(const std::string& dir) override { return real().mkcol(dir); }
    Status remove(const std::string& path) override { return real().remove(path); }

private:
    sync::Transport& real() {
        if (!m_real) m_real = makeDavTransport(m_login);
        return *m_real;
    }
    DavLogin m_login;
    std::unique_ptr<sync::Transport> m_real;
};

class NativeSyncRunner final : public SyncRunner {
public:
    ~NativeSyncRunner() override {
        m_worker.reset();  // waits for a running cycle (running its store steps) before the transport goes
        if (m_setupThread.joinable()) m_setupThread.join();
    }

    bool startSetup(const DavLogin& login, const std::string& passphrase, sync::KdfParams kdf, uint64_t deviceId,
                    const std::string& deviceName) override {
        if (running()) return false;
        if (m_setupThread.joinable()) m_setupThread.join();
        m_setupRunning = true;
        m_setupThread = std::thread([this, login, passphrase, kdf, deviceId, deviceName] {
            LazyDavTransport transport(login);
            auto r = sync::setupSync(transport, passphrase, kdf, deviceId, deviceName);
            std::lock_guard<std::mutex> lock(m_mutex);
            m_setup = std::move(r);
            m_setupRunning = false;
        });
        return true;
    }

    bool startCycle(sync::SyncState& s, NotebookStore& store, sync::LocalChanges local, int64_t nowMillis,
                    sync::SaveState save) override {
        if (running()) return false;
        // A fresh worker and transport per cycle: the old ones are idle (running() was false).
        m_worker.reset();
        m_transport = std::make_unique<LazyDavTransport>(DavLogin{s.url, s.user, s.password});
        m_worker = std::make_unique<sync::SyncWorker>();
        return m_worker->start(s, *m_transport, store, std::move(local), nowMillis, std::move(save));
    }

    void pump() override {
        if (m_worker) m_worker->pump();
    }
    bool running() const override { return m_setupRunning || (m_worker && m_worker->running()); }

    std::optional<Result<sync::SyncState>> takeSetup() override {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (m_setupRunning) return std::nullopt;
        auto r = std::move(m_setup);
        m_setup.reset();
        return r;
    }
    std::optional<Result<sync::SyncReport>> takeCycle() override {
        return m_worker ? m_worker->takeResult() : std::nullopt;
    }

private:
    std::mutex m_mutex;
    std::thread m_setupThread;
    std::atomic<bool> m_setupRunning{false};
    std::optional<Result<sync::SyncState>> m_setup;
    std::unique_ptr<LazyDavTransport> m_transport;  // declared before the worker, which uses it
    std::unique_ptr<sync::SyncWorker> m_worker;
};

}  // namespace

std::unique_ptr<SyncRunner> SyncRunner::make() { return std::make_unique<NativeSyncRunner>(); }

}  // namespace rapport::platform
