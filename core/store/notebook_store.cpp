// NotebookStore: replays snapshot + change records into a Notebook with undo/redo stacks, and turns
// each edit, undo and redo into one durable change record.
#include "core/store/notebook_store.h"

#include <algorithm>
#include <exception>
#include <chrono>
#include <random>
#include <thread>

namespace rapport {

using namespace rapport::store;

namespace {

uint64_t entropySeed(const Clock& clock) {
    std::random_device rd;
    return (uint64_t{rd()} << 32) ^ uint64_t{rd()} ^ static_cast<uint64_t>(clock.unixMillis());
}

// Removes the step stamped `hlc` from `steps` (normally the last one) and returns it.
std::optional<UndoStep> take(std::vector<UndoStep>& steps, Hlc hlc) {
    for (auto it = steps.rbegin(); it != steps.rend(); ++it) {
        if (it->hlc == hlc) {
            UndoStep step = std::move(*it);
            steps.erase(std::next(it).base());
            return step;
        }
    }
    return std::nullopt;
}

}  // namespace

NotebookStore::NotebookStore(const Clock& clock, StoreOptions options)
    : m_clock(clock), m_options(options), m_ids(entropySeed(clock)) {}

Result<std::unique_ptr<NotebookStore>> NotebookStore::open(StorageMedium& medium, std::string directory,
                                                           const Clock& clock, StoreOptions options) {
    return openWith(medium, std::move(directory), clock, options, OpenMode::readWrite);
}

Result<std::unique_ptr<NotebookStore>> NotebookStore::openReadOnly(StorageMedium& medium, std::string directory,
                                                                   const Clock& clock, StoreOptions options) {
    return openWith(medium, std::move(directory), clock, options, OpenMode::readOnly);
}

Result<std::unique_ptr<NotebookStore>> NotebookStore::openWith(StorageMedium& medium, std::string directory,
                                                               const Clock& clock, StoreOptions options, OpenMode mode) {
    std::unique_ptr<NotebookStore> store(new NotebookStore(clock, options));
    Recovered recovered;
    auto log = RecordLog::open(medium, directory, options.log, mode, recovered);
    if (!log) return log.error();
    store->m_log = std::move(log).value();
    store->m_warning = !recovered.damage.empty() ? recovered.damage : recovered.tornTail;
    store->m_damage = recovered.damage;
    store->m_tornTail = recovered.tornTail;
    OpenProfile& profile = store->m_openProfile;
    profile = recovered.profile;
    if (recovered.snapshot) {
        auto state = decodeStoreState(*recovered.snapshot, &profile);
        if (!state) {
            return makeError("The notebook snapshot in " + directory + " cannot be read: " + state.error().message +
                             " Nothing was changed on disk.");
        }
        store->m_state = std::move(state).value();
        store->m_hlc.observe(store->m_state.lastHlc);
    }
    size_t undoFloor = 0;  // see replay()
    for (size_t i = 0; i < recovered.records.size(); ++i) {
        Result<ChangeRecord> rec = makeError("");
        {
            PhaseTimer t(profile.recordDecodeMs);
            rec = decodeChangeRecord(recovered.records[i]);
        }
        Status s;
        {
            PhaseTimer t(profile.replayMs);
            s = rec ? store->replay(std::move(rec).value(), undoFloor) : Status(rec.error());
            ++profile.records;
        }
        if (!s) {
            const std::string why = "Change " + std::to_string(i + 1) + " of the log in " + directory +
                                    " cannot be applied (" + s.error().message + "). Nothing was changed on disk.";
            if (mode == OpenMode::readWrite) return makeError(why + " You can open a read-only copy of what could be read.");
            store->m_warning = why;
            store->m_damage = why;
            break;
        }
    }
    store->dropUndoBelow(undoFloor);
    // A log that outgrew its snapshot (e.g. written by a build that never compacted) is folded now,
    // so the next open is fast; failing to do so loses nothing. The app (compactAtIdle) does it at its
    // first idle moment instead, so that the open itself stays quick.
    if (mode == OpenMode::readWrite && options.autoCompact && !options.compactAtIdle && store->m_log->shouldCompact()) {
        (void)store->compact();
    }
    return store;
}

// Replay keeps the undo stack exactly as the edits left it, but trims it lazily: steps below
// `undoFloor` are the ones pushUndo() would already have dropped (older than undoDepth); they are
// never reached and are erased in bulk, instead of shifting undoDepth steps at every record.
Status NotebookStore::replay(ChangeRecord&& rec, size_t& undoFloor) {
    if (Status s = m_state.notebook.apply(rec.command); !s) return s;
    m_hlc.observe(rec.hlc);
    m_state.lastHlc = std::max(m_state.lastHlc, rec.hlc);
    std::vector<UndoStep>& undo = m_state.undo;
    auto push = [&](UndoStep step) {
        undo.push_back(std::move(step));
        if (undo.size() - undoFloor > m_options.undoDepth) undoFloor = undo.size() - m_options.undoDepth;
        if (undoFloor > m_options.undoDepth) dropUndoBelow(undoFloor);
    };
    switch (rec.kind) {
    case ChangeKind::edit:
        push({rec.hlc, std::move(rec.command)});
        m_state.redo.clear();
        break;
    case ChangeKind::undo: {
        std::optional<UndoStep> step;
        for (size_t i = undo.size(); i-- > undoFloor;) {
            if (undo[i].hlc == rec.ref) {
                step = std::move(undo[i]);
                undo.erase(undo.begin() + static_cast<std::ptrdiff_t>(i));
                break;
            }
        }
        m_state.redo.push_back(step ? std::move(*step) : UndoStep{rec.ref, inverted(rec.command)});
        break;
    }
    case ChangeKind::redo: {
        auto step = take(m_state.redo, rec.ref);
        push(step ? std::move(*step) : UndoStep{rec.ref, std::move(rec.command)});
        break;
    }
    }
    return {};
}

void NotebookStore::dropUndoBelow(size_t& floor) {
    m_state.undo.erase(m_state.undo.begin(), m_state.undo.begin() + static_cast<std::ptrdiff_t>(floor));
    floor = 0;
}

void NotebookStore::pushUndo(UndoStep step) {
    m_state.undo.push_back(std::move(step));
    if (m_state.undo.size() > m_options.undoDepth) {
        m_state.undo.erase(m_state.undo.begin(), m_state.undo.end() - m_options.undoDepth);
    }
}

Status NotebookStore::commit(ChangeKind kind, Hlc ref, const Command& applied, const Command& rollback) {
    if (readOnly()) return makeError("This notebook is open read-only; changes cannot be saved.");
    if (m_inconsistent) return makeError("Rapport stopped saving to protect your notes. Close and reopen the notebook.");
    // Applying first validates without copying the notebook (cost per edit stays independent of its size).
    if (Status s = m_state.notebook.apply(applied); !s) return s;
    ChangeRecord rec{kind, m_hlc.tick(m_clock.unixMillis()), m_log->deviceId(), ref, applied};
    const std::string bytes = encodeChangeRecord(rec);
    if (Status s = m_log->append({std::string_view(bytes)}); !s) {
        if (!m_state.notebook.apply(rollback)) m_inconsistent = true;
        return makeError("Your change was not saved. " + s.error().message);
    }
    m_state.lastHlc = rec.hlc;
    switch (kind) {
    case ChangeKind::edit:
        pushUndo({rec.hlc, applied});
        m_state.redo.clear();
        break;
    case ChangeKind::undo:
        m_state.redo.push_back(std::move(m_state.undo.back()));
        m_state.undo.pop_back();
        break;
    case ChangeKind::redo:
        pushUndo(std::move(m_state.redo.back()));
        m_state.redo.pop_back();
        break;
    }
    compactAfterCommit();
    return {};
}

void NotebookStore::compactAfterCommit() {
    if (!m_options.autoCompact || !m_log->shouldCompact()) return;
    if (m_options.compactAtIdle && m_log->stats().logBytes <= kInlineCompactFactor * m_log->compactThreshold()) return;
    (void)compact();  // a failed compaction loses nothing
}

Status NotebookStore::execute(const Command& c) { return commit(ChangeKind::edit, 0, c, inverted(c)); }

Status NotebookStore::executeAll(const std::vector<Command>& commands) {
    if (commands.size() == 1) return execute(commands.front());
    if (commands.empty()) return {};
    if (readOnly()) return makeError("This notebook is open read-only; changes cannot be saved.");
    if (m_inconsistent) return makeError("Rapport stopped saving to protect your notes. Close and reopen the notebook.");
    // Undoes the first `n` commands in memory, newest first.
    auto rollBack = [&](size_t n) {
        for (size_t i = n; i-- > 0;) {
            if (!m_state.notebook.apply(inverted(commands[i]))) m_inconsistent = true;
        }
    };
    std::vector<ChangeRecord> recs;
    std::vector<std::string> bytes;
    size_t applied = 0;
    try {
        for (size_t i = 0; i < commands.size(); ++i) {
            if (Status s = m_state.notebook.apply(commands[i]); !s) {
                rollBack(applied);
                return s;
            }
            ++applied;
            recs.push_back(ChangeRecord{ChangeKind::edit, m_hlc.tick(m_clock.unixMillis()), m_log->deviceId(), 0, commands[i]});
            bytes.push_back(encodeChangeRecord(recs.back()));
        }
    } catch (const std::exception& e) {
        rollBack(applied);
        return makeError(std::string("Your change was not saved: ") + e.what());
    }
    const std::vector<std::string_view> views(bytes.begin(), bytes.end());
    if (Status s = m_log->append(views); !s) {
        rollBack(commands.size());
        return makeError("Your change was not saved. " + s.error().message);
    }
    for (const ChangeRecord& rec : recs) {
        m_state.lastHlc = rec.hlc;
        pushUndo({rec.hlc, rec.command});
    }
    m_state.redo.clear();
    compactAfterCommit();
    return {};
}

Status NotebookStore::undo() {
    if (!canUndo()) return makeError("There is nothing to undo.");
    const UndoStep& step = m_state.undo.back();
    return commit(ChangeKind::undo, step.hlc, inverted(step.command), step.command);
}

Status NotebookStore::redo() {
    if (!canRedo()) return makeError("There is nothing to redo.");
    const UndoStep& step = m_state.redo.back();
    return commit(ChangeKind::redo, step.hlc, step.command, inverted(step.command));
}

Status NotebookStore::compact() {
    if (readOnly()) return makeError("This notebook is open read-only; it cannot be compacted.");
    if (m_job) return makeError("The notebook is already being compacted.");
    try {
        return m_log->compact(encodeStoreState(m_state));
    } catch (const std::exception& e) {
        return makeError(std::string("The notebook could not be compacted: ") + e.what());
    }
}

bool NotebookStore::compactionDue() const {
    return !m_job && !m_inconsistent && m_log->shouldCompact() && m_log->stats().logBytes >= m_retryAtLogBytes;
}

std::shared_ptr<CompactionJob> NotebookStore::startCompaction() {
    if (readOnly() || m_job || m_inconsistent) return nullptr;
    auto plan = m_log->beginCompaction();
    if (!plan || plan.value().seq == 0) return nullptr;
    try {
        m_job = std::make_shared<CompactionJob>(m_log->medium(), m_log->directory(), m_log->options(), plan.value(), m_state);
    } catch (const std::exception& e) {  // no memory for the copy: end the compaction begun, nothing lost
        (void)m_log->finishCompaction(plan.value(), makeError(e.what()));
        return nullptr;
    }
    return m_job;
}

Status NotebookStore::finishCompaction() {
    if (!m_job) return makeError("No compaction of the notebook is running.");
    if (!m_job->finished()) return makeError("The compaction of the notebook is still running.");
    const std::shared_ptr<CompactionJob> job = std::move(m_job);
    m_job = nullptr;
    Status s = m_log->finishCompaction(job->plan(), job->outcome());
    // A failure (full disk...) is not retried at every idle moment: only once the log has grown by a
    // quarter of the threshold more.
    m_retryAtLogBytes = s ? 0 : m_log->stats().logBytes + m_log->compactThreshold() / 4;
    return s;
}

NotebookStore::~NotebookStore() {
    if (!m_job) return;
    // The job's thread writes into this store's folder: let it end before the folder is unlocked.
    while (!m_job->finished()) std::this_thread::sleep_for(std::chrono::milliseconds(2));
    (void)finishCompaction();
}

StoreStats NotebookStore::stats() const {
    const RecordLogStats s = m_log->stats();
    return StoreStats{s.segments, s.logBytes, s.snapshotBytes, s.records, m_state.lastHlc, m_log->deviceId()};
}

}  // namespace rapport
