// Rapport's store and the rewrite-the-whole-file baseline, both over PosixMedium.
#include "tests/bench/store_targets.h"

#include <algorithm>
#include <thread>

#include "core/io/model_io.h"
#include "core/model/commands.h"
#include "core/store/change_record.h"
#include "core/store/notebook_store.h"
#include "core/store/posix_medium.h"
#include "core/store/record_log.h"
#include "tests/bench/bench_data.h"
#include "tests/bench/bench_util.h"

namespace rapport::bench {

namespace {

class RapportTarget : public EditTarget {
public:
    std::string name() const override { return "rapport"; }
    void use(const std::string& dir) override { m_dir = dir; }

    // The history goes in as change records, in group commits of 1,000 (what years of single edits
    // leave behind, without 100k fsyncs), then a compaction folds it into one snapshot.
    void create(const std::string& dir, const std::vector<Command>& history, const Notebook&) override {
        m_dir = dir;
        {
            store::Recovered got;
            auto log = store::RecordLog::open(m_medium, dir, {}, store::OpenMode::readWrite, got);
            check(log.ok() ? Status() : log.error(), "create the log");
            store::HybridClock hlc;
            std::vector<std::string> batch;
            for (size_t i = 0; i < history.size(); ++i) {
                const store::ChangeRecord rec{store::ChangeKind::edit, hlc.tick(1'700'000'000'000 + int64_t(i)),
                                              log.value()->deviceId(), 0, history[i]};
                batch.push_back(store::encodeChangeRecord(rec));
                if (batch.size() == 1000 || i + 1 == history.size()) {
                    check(log.value()->append(std::vector<std::string_view>(batch.begin(), batch.end())), "append");
                    batch.clear();
                }
            }
        }
        // Freshly compacted: everything in one snapshot, whatever the log's size against it.
        open();
        check(m_store->compact(), "compact");
        close();
    }
    void open() override {
        auto opened = NotebookStore::open(m_medium, m_dir, benchClock(), m_options);
        check(opened.ok() ? Status() : opened.error(), "open the store");
        m_store = std::move(opened).value();
    }
    void close() override { m_store.reset(); }
    const Notebook& notebook() const override { return m_store->notebook(); }
    void edit(const Command& c) override { check(m_store->execute(c), "edit"); }
    std::vector<std::pair<std::string, double>> openPhases() const override {
        const store::OpenProfile& p = m_store->openProfile();
        return {{"read files", p.readMs},
                {"snapshot frames+crc", p.snapshotFramesMs},
                {"snapshot decode", p.stateDecodeMs},
                {"notebook build", p.notebookBuildMs},
                {"log frames+crc", p.logFramesMs},
                {"record decode", p.recordDecodeMs},
                {"replay apply", p.replayMs},
                {"records replayed", static_cast<double>(p.records)}};
    }

protected:
    store::PosixMedium m_medium;
    std::string m_dir;
    std::unique_ptr<NotebookStore> m_store;
    StoreOptions m_options;
};

// The store as left by normal use, its edits compacting the old way: inside the edit that makes the
// log due (what the app did before compaction moved to idle; kept as the comparison).
class RapportNormalUseTarget : public RapportTarget {
public:
    explicit RapportNormalUseTarget(uint64_t headroom) : m_headroom(headroom) {}
    std::string name() const override { return "rapport, inline compaction"; }

    // Peer renames (small records, like most edits) appended in groups until the next record would
    // bring the log within `headroom` bytes of the compaction threshold.
    void create(const std::string& dir, const std::vector<Command>& history, const Notebook& nb) override {
        RapportTarget::create(dir, history, nb);
        open();
        Notebook state = m_store->notebook();
        close();
        std::vector<EntityId> peers;
        for (const auto& entry : state.peers()) peers.push_back(entry.first);
        store::Recovered got;
        auto log = store::RecordLog::open(m_medium, dir, {}, store::OpenMode::readWrite, got);
        check(log.ok() ? Status() : log.error(), "reopen the log");
        const store::RecordLogOptions defaults;
        const uint64_t threshold = store::compactionThreshold(defaults, log.value()->stats().snapshotBytes);
        store::HybridClock hlc;
        std::vector<std::string> batch;
        uint64_t batchBytes = 0;
        auto flush = [&] {
            check(log.value()->append(std::vector<std::string_view>(batch.begin(), batch.end())), "append");
            batch.clear();
            batchBytes = 0;
        };
        for (uint64_t i = 0;; ++i) {
            auto c = renamePeer(state, peers[i % peers.size()], "Normal Use " + std::to_string(i));
            check(c.ok() ? Status() : c.error(), "rename");
            const store::ChangeRecord rec{store::ChangeKind::edit, hlc.tick(1'800'000'000'000 + int64_t(i)),
                                          log.value()->deviceId(), 0, c.value()};
            std::string bytes = store::encodeChangeRecord(rec);
            // Frame and length overhead estimated high; small groups near the end keep the estimate close.
            const uint64_t size = bytes.size() + 16;
            const uint64_t used = log.value()->stats().logBytes + batchBytes;
            if (used + size + m_headroom > threshold) break;
            check(state.apply(c.value()), "apply a rename");
            batch.push_back(std::move(bytes));
            batchBytes += size;
            if (batch.size() >= (threshold - used > 400 * 1024 ? 1000u : 20u)) flush();
        }
        if (!batch.empty()) flush();
        m_replayed = log.value()->stats().records;
        m_compactions = 0;
    }
    // A compaction replaces the snapshot and empties the log: the live record count drops.
    void edit(const Command& c) override {
        const uint64_t before = m_store->stats().records;
        RapportTarget::edit(c);
        if (m_store->stats().records <= before) ++m_compactions;
    }
    std::string describe() const override {
        return std::to_string(m_replayed) + " records in the log at open; the edits crossed " +
               std::to_string(m_compactions) + " compaction(s) (each inside an edit)";
    }

protected:
    uint64_t m_headroom;
    uint64_t m_replayed = 0;
    int m_compactions = 0;
};

// The same store as the app drives it (app/main.cpp, App::idle): compaction at idle.
class RapportIdleCompactionTarget final : public RapportNormalUseTarget {
public:
    RapportIdleCompactionTarget(uint64_t headroom, bool worker) : RapportNormalUseTarget(headroom), m_worker(worker) {
        m_options.compactAtIdle = true;
    }
    ~RapportIdleCompactionTarget() override { waitForWorker(); }
    std::string name() const override { return "rapport, normal use"; }
    void edit(const Command& c) override {
        RapportTarget::edit(c);
        if (m_finished > 0) ++m_editsAfter;
    }
    void idle() override {
        if (m_store->compactionFinished()) {
            waitForWorker();
            m_finishMs.push_back(timeMs([&] { check(m_store->finishCompaction(), "finish the compaction"); }));
            ++m_finished;
        }
        if (!m_store->compactionDue()) return;
        std::shared_ptr<store::CompactionJob> job;
        m_startMs.push_back(timeMs([&] { job = m_store->startCompaction(); }));
        check(job ? Status() : makeError("no compaction started"), "start the compaction");
        ++m_compactions;
        auto run = [this, job] { m_runMs.push_back(timeMs([&] { job->run(); })); };
        if (m_worker) {
            m_thread = std::thread(run);
        } else {
            run();  // the browser: the slow part at this idle moment, in one go
        }
    }
    bool wantsMoreEdits() const override { return m_compactions == 0 || m_finished < m_compactions || m_editsAfter < 20; }
    void close() override {
        waitForWorker();
        RapportTarget::close();
    }
    std::string describe() const override {
        return std::to_string(m_replayed) + " records in the log at open; " + std::to_string(m_compactions) +
               " compaction(s) began at idle and " + std::to_string(m_finished) + " finished during the edits (" +
               (m_worker ? "the slow part on a worker thread while the edits went on" : "the slow part at the idle moment, in one go") + ")";
    }
    std::vector<std::pair<std::string, std::vector<double>>> offEditTimings() const override {
        return {{"idle compaction, start (UI thread: copy of the state)", m_startMs},
                {m_worker ? "idle compaction, slow part (worker thread)" : "idle compaction, slow part (at idle)", m_runMs},
                {"idle compaction, finish (UI thread: MANIFEST)", m_finishMs}};
    }

private:
    void waitForWorker() {
        if (m_thread.joinable()) m_thread.join();
    }
    bool m_worker;
    std::thread m_thread;
    std::vector<double> m_startMs, m_runMs, m_finishMs;
    int m_finished = 0;
    int m_editsAfter = 0;
};

class RewriteTarget final : public EditTarget {
public:
    std::string name() const override { return "rewrite file"; }
    void use(const std::string& dir) override { m_dir = dir; }
    void create(const std::string& dir, const std::vector<Command>&, const Notebook& nb) override {
        m_dir = dir;
        m_nb = nb;
        save();
    }
    void open() override {
        auto bytes = m_medium.readFile(path());
        check(bytes.ok() ? Status() : bytes.error(), "read the file");
        auto nb = decodeNotebook(bytes.value());
        check(nb.ok() ? Status() : nb.error(), "decode the file");
        m_nb = std::move(nb).value();
    }
    void close() override { m_nb = Notebook(); }
    const Notebook& notebook() const override { return m_nb; }
    void edit(const Command& c) override {
        check(m_nb.apply(c), "apply");
        save();
    }

private:
    std::string path() const { return store::joinPath(m_dir, "notebook.bin"); }
    // temp file, fdatasync, rename over the old one, fsync the folder: the classic atomic replace.
    void save() {
        const std::string temp = path() + ".tmp";
        check(m_medium.writeFile(temp, encodeNotebook(m_nb)), "write");
        check(m_medium.syncFile(temp), "sync");
        check(m_medium.renameFile(temp, path()), "rename");
        check(m_medium.syncDirectory(m_dir), "sync the folder");
    }

    store::PosixMedium m_medium;
    std::string m_dir;
    Notebook m_nb;
};

}  // namespace

std::unique_ptr<EditTarget> makeRapportTarget() { return std::make_unique<RapportTarget>(); }
std::unique_ptr<EditTarget> makeRapportNormalUseTarget(uint64_t headroom, bool worker) {
    return std::make_unique<RapportIdleCompactionTarget>(headroom, worker);
}
std::unique_ptr<EditTarget> makeRapportInlineCompactionTarget(uint64_t headroom) {
    return std::make_unique<RapportNormalUseTarget>(headroom);
}
std::unique_ptr<EditTarget> makeRewriteTarget() { return std::make_unique<RewriteTarget>(); }

std::unique_ptr<EditTarget> makeTargetNamed(const std::string& name) {
    std::unique_ptr<EditTarget> all[] = {makeRapportTarget(), makeRapportNormalUseTarget(0, false),
                                         makeRapportInlineCompactionTarget(0), makeRewriteTarget(), makeSqliteTarget()};
    for (auto& t : all) {
        if (t && t->name() == name) return std::move(t);
    }
    return nullptr;
}

}  // namespace rapport::bench
