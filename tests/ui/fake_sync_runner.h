// A SyncRunner for the UI tests: the real engine (setupSync, syncOnce) over an in-memory WebDAV folder,
// run synchronously inside pump(), so a test decides when a job ends (`paused`) and nothing is threaded.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <utility>

#include "core/sync/transport.h"
#include "platform/sync_runner.h"

namespace rapport::test {

struct FakeSyncServer {
    sync::MemoryTransport folder;
    bool paused = false;  // jobs wait (running) until a pump() after this is cleared
    int runnersMade = 0;
    int cyclesStarted = 0;
};

class FakeSyncRunner final : public platform::SyncRunner {
public:
    explicit FakeSyncRunner(FakeSyncServer& server) : m_server(server) {}

    bool startSetup(const platform::DavLogin& login, const std::string& passphrase, sync::KdfParams kdf, uint64_t deviceId,
                    const std::string& deviceName) override {
        if (running()) return false;
        m_job = [this, login, passphrase, kdf, deviceId, deviceName] {
            if (login.password != "pw") {
                m_setup = Result<sync::SyncState>(makeError("The server refused the user name or password; check them in the sync settings."));
            } else {
                m_setup = sync::setupSync(m_server.folder, passphrase, kdf, deviceId, deviceName);
            }
        };
        return true;
    }
    bool startCycle(sync::SyncState& s, NotebookStore& store, sync::LocalChanges local, int64_t nowMillis,
                    sync::SaveState save) override {
        if (running()) return false;
        ++m_server.cyclesStarted;
        m_job = [this, &s, &store, local = std::move(local), nowMillis, save] {
            m_cycle = sync::syncOnce(s, m_server.folder, store, local, nowMillis, save);
        };
        return true;
    }
    void pump() override {
        if (!m_job || m_server.paused) return;
        auto job = std::move(m_job);
        m_job = nullptr;
        job();
    }
    bool running() const override { return static_cast<bool>(m_job); }
    std::optional<Result<sync::SyncState>> takeSetup() override { return std::exchange(m_setup, std::nullopt); }
    std::optional<Result<sync::SyncReport>> takeCycle() override { return std::exchange(m_cycle, std::nullopt); }

private:
    FakeSyncServer& m_server;
    std::function<void()> m_job;
    std::optional<Result<sync::SyncState>> m_setup;
    std::optional<Result<sync::SyncReport>> m_cycle;
};

}  // namespace rapport::test
