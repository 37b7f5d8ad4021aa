// Rapport's store and the rewrite-the-whole-file baseline, both over PosixMedium.
#include "tests/bench/store_targets.h"

#include "core/io/model_io.h"
#include "core/store/change_record.h"
#include "core/store/notebook_store.h"
#include "core/store/posix_medium.h"
#include "core/store/record_log.h"
#include "tests/bench/bench_data.h"

namespace rapport::bench {

namespace {

class RapportTarget final : public EditTarget {
public:
    std::string name() const override { return "rapport"; }

    // The history goes in as change records, in group commits of 1,000 (what years of single edits
    // leave behind, without 100k fsyncs), then one open folds it into a snapshot as the app would.
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
        open();
        close();
    }
    void open() override {
        auto opened = NotebookStore::open(m_medium, m_dir, benchClock());
        check(opened.ok() ? Status() : opened.error(), "open the store");
        m_store = std::move(opened).value();
    }
    void close() override { m_store.reset(); }
    const Notebook& notebook() const override { return m_store->notebook(); }
    void edit(const Command& c) override { check(m_store->execute(c), "edit"); }

private:
    store::PosixMedium m_medium;
    std::string m_dir;
    std::unique_ptr<NotebookStore> m_store;
};

class RewriteTarget final : public EditTarget {
public:
    std::string name() const override { return "rewrite file"; }
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
std::unique_ptr<EditTarget> makeRewriteTarget() { return std::make_unique<RewriteTarget>(); }

}  // namespace rapport::bench
