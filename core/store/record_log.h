// RecordLog: the storage engine under NotebookStore. It knows nothing of notes: it keeps a state blob
// (the snapshot) and the records appended after it, durably, in the files described in store_files.h.
#pragma once

#include <algorithm>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/store/open_profile.h"
#include "core/store/storage_medium.h"
#include "core/store/store_files.h"
#include "core/util/result.h"

namespace rapport::store {

struct RecordLogOptions {
    // A segment is closed and a new one started once it reaches this size. Small, because IDBFS
    // rewrites a changed file whole at every flush.
    uint32_t segmentBytes = 64 * 1024;
    // Largest frame payload written or accepted (a record must fit in one frame).
    uint32_t maxFrameBytes = 1u << 20;
    // shouldCompact() once the live log exceeds both this share of the snapshot and compactMinBytes.
    // An open replays the whole live log, so this bounds the log a store in normal use replays: a
    // quarter of a snapshot's worth (a full one made a normal-use open half again slower than a
    // compacted one at 100k records), at the cost of writing a snapshot four times as often.
    uint32_t compactLogPercent = 25;
    uint64_t compactMinBytes = 256 * 1024;
    // Device id for a new store; 0 picks a random one (tests and golden files fix it).
    uint64_t newDeviceId = 0;
};

// The live log size above which shouldCompact() is true, for a snapshot of `snapshotBytes`.
inline uint64_t compactionThreshold(const RecordLogOptions& o, uint64_t snapshotBytes) {
    return std::max(snapshotBytes / 100 * o.compactLogPercent, o.compactMinBytes);
}

enum class OpenMode : uint8_t { readWrite, readOnly };

// A compaction begun by RecordLog::beginCompaction(): the snapshot snap-<seq>.bin it writes holds every
// record before `recordIndex` (all segments before log-<seq>.seg); appends go to log-<seq>.seg and later.
struct SnapshotPlan {
    uint64_t seq = 0;  // 0: nothing to fold
    uint64_t recordIndex = 0;
    uint64_t deviceId = 0;
};

// What open() read back.
struct Recovered {
    std::optional<std::string> snapshot;  // the state blob, if a snapshot exists
    std::vector<std::string> records;     // records appended after it, in commit order
    // Read-only open only: the damage found and worked around, and exactly what the view lacks ("No
    // saved change is missing" when a fallback recovered everything); "" if nothing was damaged.
    std::string damage;
    // Set when a torn tail of the last segment (an interrupted save, or an unfinished group of an
    // interrupted import or restore) was cut aside (or, read-only, ignored). Never acknowledged data.
    std::string tornTail;
    // Where the open's time went (reading and framing here; NotebookStore adds decoding and replay).
    OpenProfile profile;
};

struct RecordLogStats {
    uint32_t segments = 0;       // live log segments
    uint64_t logBytes = 0;       // bytes in live segments
    uint64_t snapshotBytes = 0;  // bytes of the current snapshot file (0 if none)
    uint64_t records = 0;        // records in the live log
};

class RecordLog {
public:
    // Opens the store in `dir`, creating an empty one if the folder is empty or missing (read-write
    // only). Read-write fails, changing nothing, on any damage other than a torn tail of the last
    // segment (which is cut off, its bytes kept in a side file). Read-only never writes; it returns
    // what could be read up to the first damage and says why in Recovered::damage. A store needing a
    // newer reader is refused in both modes.
    // Read-write also locks the folder: a second read-write open (another window) is refused.
    static Result<std::unique_ptr<RecordLog>> open(StorageMedium& medium, std::string dir, RecordLogOptions options,
                                                 OpenMode mode, Recovered& out);

    ~RecordLog();
    RecordLog(const RecordLog&) = delete;
    RecordLog& operator=(const RecordLog&) = delete;

    // Appends the records as one group commit and returns once they are durable (written and
    // fdatasync'd). The group is all or nothing: its frames are closed by one final frame, and
    // recovery never applies a group without it. On failure the segment is cut back; if even that
    // fails the log refuses further writes until reopened (the unfinished group is set aside at the
    // next open). Refused in read-only mode.
    Status append(const std::vector<std::string_view>& records);
    // Replaces snapshot + log by `state`, which must equal the snapshot with every record applied.
    // A crash or failure at any step leaves the old or the new state readable. The new snapshot is
    // read back and checked before MANIFEST names it, and the previous generation (snapshot and log)
    // is kept as a fallback until the next compaction.
    Status compact(const std::string& state);
    // True once the live log has outgrown its share of the snapshot (see compactionThreshold()).
    bool shouldCompact() const;

    // compact() in three steps, so that the slow middle one can run on another thread while appends go
    // on. beginCompaction() fixes what the new snapshot covers (the log up to now) and sends later
    // appends to a new segment; writeSnapshot() writes, syncs and reads back the snapshot file, touching
    // no file of the live log; finishCompaction() then switches MANIFEST to it (or, after a failure,
    // just ends the compaction). A crash or failure anywhere leaves the old snapshot + the whole log
    // (appends made meanwhile included) or the new snapshot + the segments from log-<seq> on.
    // Begin fails when read-only or broken; a plan with seq 0 means the live log is empty. Only one
    // compaction at a time: begin fails while one is begun and not finished.
    Result<SnapshotPlan> beginCompaction();
    // Thread-safe with appends (only snap-<seq>.bin and its temp file are touched). `state` must equal
    // the snapshot with every record before plan.recordIndex applied. Returns the file's size.
    static Result<uint64_t> writeSnapshot(StorageMedium& medium, const std::string& dir, const RecordLogOptions& options,
                                          const SnapshotPlan& plan, const std::string& state);
    // `written` is writeSnapshot()'s outcome. On success MANIFEST names the new snapshot; on failure the
    // log goes on as it was (no file is needed to finish it).
    Status finishCompaction(const SnapshotPlan& plan, const Result<uint64_t>& written);
    bool compacting() const { return m_compacting; }
    // The log size past which shouldCompact() says yes (when no compaction is running).
    uint64_t compactThreshold() const;
    // Where the files are, for a CompactionJob that writes the snapshot off this thread.
    StorageMedium& medium() const { return m_medium; }
    const std::string& directory() const { return m_dir; }
    const RecordLogOptions& options() const { return m_options; }

    bool readOnly() const { return m_readOnly; }
    uint64_t deviceId() const { return m_manifest.deviceId; }
    RecordLogStats stats() const { return m_stats; }
    // Called after each durable commit and compaction (the web platform schedules FS.syncfs there).
    void setFlushHook(std::function<void()> hook) { m_flushHook = std::move(hook); }

private:
    // A state to load: snap-<snapshotSeq>.bin (0: empty) and every segment from firstSegmentSeq on.
    struct Generation {
        uint64_t snapshotSeq = 0;
        uint64_t firstSegmentSeq = 1;
    };
    RecordLog(StorageMedium& medium, std::string dir, RecordLogOptions options);
    Status recover(OpenMode mode, Recovered& out);
    Status recoverOnce(OpenMode mode, Recovered& out);
    Status finishReadWriteOpen(const std::vector<std::string>& listed, std::optional<uint64_t> cutAt,
                               const std::string& tornBytes);
    // Removes temp files and files older than the kept fallback generation, unless a reader is there.
    void removeSuperseded(const std::vector<std::string>& names);
    Status writeDurably(const std::string& name, const std::string& bytes) {  // temp, sync, rename, dir sync
        return writeFileDurably(m_medium, m_dir, name, bytes);
    }
    static Status writeFileDurably(StorageMedium& medium, const std::string& dir, const std::string& name,
                                   const std::string& bytes);
    Status rollBack(const std::string& path, uint64_t size);
    void removeQuietly(const std::string& name);
    void flushed() { if (m_flushHook) m_flushHook(); }
    std::string path(const std::string& name) const { return joinPath(m_dir, name); }

    StorageMedium& m_medium;
    std::string m_dir;
    RecordLogOptions m_options;
    Manifest m_manifest;
    bool m_readOnly = false;
    bool m_locked = false;
    bool m_broken = false;          // a failed write could not be undone: refuse until reopened
    uint64_t m_segmentSeq = 1;      // segment appended to
    uint64_t m_segmentBytes = 0;    // its durable size (0: not created or empty, header still due)
    uint64_t m_nextRecord = 0;      // global index of the next record appended
    bool m_compacting = false;      // begun, not finished: appends go to a segment after the snapshot's
    bool m_rollBeforeAppend = false;  // the next append starts a new segment (a compaction began)
    RecordLogStats m_atBegin;       // the stats when the compaction began (what the snapshot folds)
    RecordLogStats m_stats;
    std::function<void()> m_flushHook;
};

}  // namespace rapport::store
