// The browser's SyncRunner: the sync job (core/sync/engine.h) waits at each request while
// emscripten_fetch talks to the server; the fetch callback only stores the answer, and pump() (once per
// frame, on the main loop) resumes the job with it, so the job's store steps run between frames and the
// UI keeps drawing while the network works. No threads, no ASYNCIFY.
#include <memory>

#include "platform/dav_web.h"
#include "platform/sync_runner.h"

namespace rapport::platform {
namespace {

// Where a fetch callback leaves its answer. Shared with the callback, so an answer arriving after the
// runner is gone (or for a job it no longer runs) lands here harmlessly.
struct Mailbox {
    std::optional<sync::TransportAnswer> answer;
};

class WebSyncRunner final : public SyncRunner {
public:
    bool startSetup(const DavLogin& login, const std::string& passphrase, sync::KdfParams kdf, uint64_t deviceId,
                    const std::string& deviceName) override {
        if (running()) return false;
        m_login = login;
        auto job = std::make_unique<sync::SetupJob>(passphrase, kdf, deviceId, deviceName);
        m_setup = job.get();
        begin(std::move(job));
        return true;
    }

    bool startCycle(sync::SyncState& s, NotebookStore& store, sync::LocalChanges local, int64_t nowMillis,
                    sync::SaveState save) override {
        if (running()) return false;
        m_login = DavLogin{s.url, s.user, s.password};
        m_local = std::move(local);
        auto job = std::make_unique<sync::CycleJob>(s, store, m_local, nowMillis, std::move(save));
        m_cycle = job.get();
        begin(std::move(job));
        return true;
    }

    void pump() override {
        if (!m_job || !m_mailbox->answer) return;
        sync::TransportAnswer a = std::move(*m_mailbox->answer);
        m_mailbox->answer.reset();
        m_job->resume(std::move(a));  // the job's store steps run here, on the UI thread
        send();
    }

    bool running() const override { return m_job != nullptr; }

    std::optional<Result<sync::SyncState>> takeSetup() override { return take(m_setupResult); }
    std::optional<Result<sync::SyncReport>> takeCycle() override { return take(m_cycleResult); }

private:
    template <class T>
    static std::optional<T> take(std::optional<T>& slot) {
        auto r = std::move(slot);
        slot.reset();
        return r;
    }

    void begin(std::unique_ptr<sync::SyncJob> job) {
        m_job = std::move(job);
        send();
    }

    // Sends what the job waits for, or keeps its result once it has ended.
    void send() {
        if (const sync::TransportRequest* r = m_job->waiting()) {
            m_mailbox = std::make_shared<Mailbox>();
            davFetch(m_login, *r, [box = m_mailbox](sync::TransportAnswer a) { box->answer = std::move(a); });
            return;
        }
        if (m_setup) {
            m_setupResult = std::move(m_setup->result);
            if (*m_setupResult) {  // the login the folder was reached with is the one to keep
                m_setupResult->value().url = m_login.url;
                m_setupResult->value().user = m_login.user;
                m_setupResult->value().password = m_login.password;
            }
        }
        if (m_cycle) m_cycleResult = std::move(m_cycle->result);
        m_setup = nullptr;
        m_cycle = nullptr;
        m_job.reset();
        m_local = {};
    }

    DavLogin m_login;
    sync::LocalChanges m_local;  // the cycle reads it (the job keeps a reference)
    std::unique_ptr<sync::SyncJob> m_job;
    sync::SetupJob* m_setup = nullptr;  // m_job as what it is
    sync::CycleJob* m_cycle = nullptr;
    std::shared_ptr<Mailbox> m_mailbox = std::make_shared<Mailbox>();
    std::optional<Result<sync::SyncState>> m_setupResult;
    std::optional<Result<sync::SyncReport>> m_cycleResult;
};

}  // namespace

std::unique_ptr<SyncRunner> SyncRunner::make() { return std::make_unique<WebSyncRunner>(); }

}  // namespace rapport::platform
