// NotebookStore: the API the app calls to load the notebook and to change it. Every change is a
// Command, saved durably as one change record before it takes effect; undo and redo are new records,
// so the undo history survives a restart.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/model/command.h"
#include "core/model/ids.h"
#include "core/model/notebook.h"
#include "core/store/change_record.h"
#include "core/store/compaction_job.h"
#include "core/store/hlc.h"
#include "core/store/record_log.h"
#include "core/store/storage_medium.h"
#include "core/util/clock.h"
#include "core/util/result.h"

namespace rapport {

struct StoreOptions {
    store::RecordLogOptions log;  // segment size (smaller on the web), frame cap, compaction threshold
    uint32_t undoDepth = 200;     // undo steps kept in snapshots (older ones are dropped at compaction)
    bool autoCompact = true;      // compact after a commit once the log outgrows the snapshot
    // With autoCompact: the app compacts at idle (compactionDue(), startCompaction()), so neither open
    // nor an edit compacts, except an edit that finds the log kInlineCompactFactor times past the
    // threshold (an app never idle must not grow its log forever). Without it (the command line, the
    // tests) the edit that crosses the threshold compacts, and so does open.
    bool compactAtIdle = false;
};
// See StoreOptions::compactAtIdle.
constexpr uint64_t kInlineCompactFactor = 4;

struct StoreStats {
    uint32_t segments = 0;        // live log segment files
    uint64_t logBytes = 0;        // their size
    uint64_t snapshotBytes = 0;   // current snapshot file size (0 if none)
    uint64_t records = 0;         // change records in the live log
    store::Hlc lastCommit = 0;    // HLC of the last change record (0 if none)
    uint64_t deviceId = 0;
};

class NotebookStore {
public:
    // Opens the notebook in `directory`, creating an empty one if the folder is empty or missing. On
    // damage (anything but an interrupted last save) or a newer format, returns an Error whose message
    // names the file and offset; nothing on disk is changed, and openReadOnly() can show what is there.
    static Result<std::unique_ptr<NotebookStore>> open(store::StorageMedium& medium, std::string directory,
                                                       const Clock& clock, StoreOptions options = {});
    // Opens without ever writing: returns the notebook as far as it could be read (warning() says where
    // reading stopped). Fails only if nothing usable is there (no notebook, unreadable snapshot, newer format).
    static Result<std::unique_ptr<NotebookStore>> openReadOnly(store::StorageMedium& medium, std::string directory,
                                                               const Clock& clock, StoreOptions options = {});

    const Notebook& notebook() const { return m_state.notebook; }
    // Fresh entity ids for command builders (seeded from real entropy at open).
    IdSource& ids() { return m_ids; }
    bool readOnly() const { return m_log->readOnly(); }
    // Read-only: why reading stopped early. Read-write: a note if an interrupted save was set aside. Often "".
    const std::string& warning() const { return m_warning; }
    // The two parts of warning(), apart: damage found (read-only: worked around, with what the view
    // lacks) and the note about an interrupted save that was set aside (never acknowledged data).
    const std::string& damage() const { return m_damage; }
    const std::string& tornTail() const { return m_tornTail; }

    // Validates c against the notebook, saves it durably, then keeps it applied. On an invalid command,
    // a write failure or a full disk returns an Error and the notebook is unchanged, as on disk.
    // Refused in read-only mode.
    Status execute(const Command& c);
    // Saves several commands (an import, a restore) as one all-or-nothing group: after a crash, a full
    // disk or any write error either every one of them is on disk or none is, with no undo needed.
    // Each stays its own undo step. Fails like execute(); on failure the notebook is unchanged.
    Status executeAll(const std::vector<Command>& commands);
    // Undoes the last edit (or redone edit) as a new durable record; fails like execute() or when there
    // is nothing to undo.
    Status undo();
    // Redoes the last undone edit as a new durable record; fails like execute() or when there is nothing
    // to redo (any new edit clears the redo list).
    Status redo();
    bool canUndo() const { return !m_state.undo.empty() && !readOnly(); }
    bool canRedo() const { return !m_state.redo.empty() && !readOnly(); }
    // The label of the command undo()/redo() would act on ("" if none): "Undo " + undoLabel() in a menu.
    std::string undoLabel() const { return m_state.undo.empty() ? "" : m_state.undo.back().command.label; }
    std::string redoLabel() const { return m_state.redo.empty() ? "" : m_state.redo.back().command.label; }
    // The command undo() / redo() would apply, if any, so views (the search index) can follow the
    // change instead of rebuilding.
    std::optional<Command> nextUndoCommand() const {
        return m_state.undo.empty() ? std::nullopt : std::optional<Command>(inverted(m_state.undo.back().command));
    }
    std::optional<Command> nextRedoCommand() const {
        return m_state.redo.empty() ? std::nullopt : std::optional<Command>(m_state.redo.back().command);
    }

    // Writes a snapshot and drops the log (also done automatically). A failure leaves the store as it
    // was and is only worth logging: no edit is lost by it. Fails while a startCompaction() job runs.
    Status compact();

    // Compaction off the edit path, in three steps the app drives at idle. True when the log has
    // outgrown the snapshot and no compaction runs (after a failed one, once the log grew a bit more).
    bool compactionDue() const;
    // Begins a compaction: the returned job's run() does the slow part (encode, write, sync, check the
    // snapshot) on any thread, while execute() & co. go on; then finishCompaction() on this thread.
    // Costs a copy of the notebook here. Null when read-only, when the log is empty or a job is running.
    std::shared_ptr<store::CompactionJob> startCompaction();
    // Once the job's finished(): switches to the new snapshot, keeping the edits made meanwhile (they
    // are in the log after it). Fails if the job failed (nothing is lost: the log goes on) or is not
    // finished yet. A crash at any point keeps every acknowledged edit.
    Status finishCompaction();
    // True between startCompaction() and finishCompaction(); finished once the job's run() returned.
    bool compacting() const { return m_job != nullptr; }
    bool compactionFinished() const { return m_job && m_job->finished(); }
    // Opened to be compacted at idle by the app (StoreOptions::compactAtIdle with autoCompact).
    bool compactsAtIdle() const { return m_options.autoCompact && m_options.compactAtIdle; }
    // Waits for a running job (another thread) and finishes it.
    ~NotebookStore();
    NotebookStore(const NotebookStore&) = delete;
    NotebookStore& operator=(const NotebookStore&) = delete;
    StoreStats stats() const;
    // Where the open's time went, phase by phase (the benchmarks print it).
    const store::OpenProfile& openProfile() const { return m_openProfile; }
    // Takes in a timestamp from another device (sync), so this device's next change is stamped after it.
    void observeHlc(store::Hlc seen) { m_hlc.observe(seen); }
    // Called after each durable commit and compaction: the web platform schedules FS.syncfs there.
    void setFlushHook(std::function<void()> hook) { m_log->setFlushHook(std::move(hook)); }

private:
    NotebookStore(const Clock& clock, StoreOptions options);
    static Result<std::unique_ptr<NotebookStore>> openWith(store::StorageMedium& medium, std::string directory,
                                                           const Clock& clock, StoreOptions options, store::OpenMode mode);
    // Replays one decoded record into the state and the undo/redo stacks (undo steps below undoFloor
    // are dropped ones, erased later by dropUndoBelow).
    Status replay(store::ChangeRecord&& rec, size_t& undoFloor);
    void dropUndoBelow(size_t& floor);
    // Applies `applied` (already checked), writes the record, rolls back on failure.
    Status commit(store::ChangeKind kind, store::Hlc ref, const Command& applied, const Command& rollback);
    void pushUndo(store::UndoStep step);
    // After a commit: compacts inline when the options say so (see StoreOptions::compactAtIdle).
    void compactAfterCommit();

    const Clock& m_clock;
    StoreOptions m_options;
    std::unique_ptr<store::RecordLog> m_log;
    store::StoreState m_state;
    store::HybridClock m_hlc;
    IdSource m_ids;
    std::string m_warning;
    std::string m_damage;
    std::string m_tornTail;
    store::OpenProfile m_openProfile;
    bool m_inconsistent = false;  // a failed save could not be rolled back in memory: refuse edits
    std::shared_ptr<store::CompactionJob> m_job;  // the compaction begun and not finished, if any
    uint64_t m_retryAtLogBytes = 0;  // after a failed compaction: not due again before the log is this big
};

}  // namespace rapport
