// RecordLog::open: read MANIFEST, the snapshot and the live segments; cut a torn tail of the last
// segment; refuse (read-write) or work around (read-only) any other damage, never touching damaged
// files. Read-only falls back to the previous generation when the snapshot is damaged, and to a scan
// of the folder when MANIFEST is.
#include <algorithm>
#include <random>
#include <set>

#include "core/store/frame.h"
#include "core/store/record_log.h"

namespace rapport::store {

namespace {

uint64_t randomDeviceId() {
    std::random_device rd;
    uint64_t id = 0;
    while (id == 0) id = (uint64_t{rd()} << 32) ^ uint64_t{rd()};
    return id;
}

std::string damageMessage(const std::string& dir, const std::string& file, uint64_t offset, const std::string& why) {
    return "The notebook file " + describeOffset(joinPath(dir, file), offset) + " is damaged (" + why +
           "). Nothing was changed on disk; you can open a read-only copy of what could be read.";
}

// One segment's records, or where and why it is damaged.
struct SegmentRead {
    std::vector<std::string> records;  // committed records only (complete groups)
    uint64_t goodBytes = 0;            // end of the last complete group
    ScanStop stop = ScanStop::end;
    bool torn = false;             // damage that may be a torn tail (nothing valid after it)
    bool unfinishedGroup = false;  // the torn tail includes complete frames of an unfinished group
    uint64_t badOffset = 0;
    std::string why;
};

// Reads one segment whose first record must have global index `expectIndex`. Records of a group
// (batchPart frames up to the closing batch frame) count only once the group is complete.
SegmentRead readSegment(std::string_view bytes, uint64_t seq, uint64_t expectIndex, uint32_t maxFrame) {
    SegmentRead out;
    const ScanResult scan = scanFrames(bytes, maxFrame);
    out.stop = scan.stop;
    out.goodBytes = scan.goodBytes;
    out.badOffset = scan.badOffset;
    out.why = scan.why;
    out.torn = scan.stop == ScanStop::damaged && scan.tornShape;
    std::vector<std::string> pending;  // records of a group still open
    uint64_t groupStart = 0;
    for (size_t i = 0; i < scan.frames.size(); ++i) {
        const Frame& f = scan.frames[i];
        bool good;
        if (i == 0) {
            const auto h = f.type == FrameType::fileHeader ? decodeFileHeader(f.payload) : std::nullopt;
            good = h && h->kind == FileKind::segment && h->seq == seq && h->recordIndex == expectIndex;
        } else {
            if (pending.empty()) groupStart = f.offset;
            const uint64_t before = pending.size();
            uint64_t first = 0;
            good = (f.type == FrameType::batch || f.type == FrameType::batchPart) &&
                   decodeBatchPayload(f.payload, first, pending) && first == expectIndex + out.records.size() + before;
            if (good && f.type == FrameType::batch) {
                for (auto& r : pending) out.records.push_back(std::move(r));
                pending.clear();
            }
        }
        if (!good) {  // checksummed yet wrong: written by something else, never a torn write
            out.stop = ScanStop::damaged;
            out.torn = false;
            out.goodBytes = pending.empty() ? f.offset : groupStart;
            out.badOffset = f.offset;
            out.why = i == 0 ? "not the expected log segment; records may be missing" : "malformed or out-of-order batch";
            return out;
        }
    }
    if (!pending.empty()) {
        // A group whose closing frame never came: an interrupted import or restore if nothing valid
        // follows (cut like a torn write, never applied); otherwise the damage is reported as it is.
        if (out.stop == ScanStop::end || out.torn) {
            out.stop = ScanStop::damaged;
            out.torn = true;
            out.unfinishedGroup = true;
            out.badOffset = groupStart;
            out.why = "unfinished group of changes";
        }
        out.goodBytes = groupStart;
    }
    return out;
}

// Releases the reader lock however recover() returns.
struct ReadGuard {
    StorageMedium& medium;
    const std::string& dir;
    bool held;
    ~ReadGuard() { if (held) medium.unlockForReading(dir); }
};

}  // namespace

RecordLog::RecordLog(StorageMedium& medium, std::string dir, RecordLogOptions options)
    : m_medium(medium), m_dir(std::move(dir)), m_options(options) {}

RecordLog::~RecordLog() {
    if (m_locked) m_medium.unlockDirectory(m_dir);
}

Result<std::unique_ptr<RecordLog>> RecordLog::open(StorageMedium& medium, std::string dir, RecordLogOptions options,
                                               OpenMode mode, Recovered& out) {
    out = Recovered{};
    std::unique_ptr<RecordLog> log(new RecordLog(medium, std::move(dir), options));
    log->m_readOnly = mode == OpenMode::readOnly;
    Status s = log->recover(mode, out);
    if (!s) return s.error();
    return log;
}

Status RecordLog::recover(OpenMode mode, Recovered& out) {
    if (mode == OpenMode::readWrite) return recoverOnce(mode, out);
    // A reader beside a writer: the shared lock keeps every file it may need in place, and if the
    // medium has no such lock, a MANIFEST that changed during the read means "read again".
    m_medium.lockForReading(m_dir);
    ReadGuard guard{m_medium, m_dir, true};
    Status s;
    for (int attempt = 0; attempt < 5; ++attempt) {
        auto before = m_medium.readFile(path(kManifestName));
        out = Recovered{};
        m_stats = RecordLogStats{};
        m_nextRecord = 0;
        s = recoverOnce(mode, out);
        if (s && out.damage.empty()) return s;
        auto after = m_medium.readFile(path(kManifestName));
        const bool same = before.ok() == after.ok() && (!before.ok() || before.value() == after.value());
        if (same) return s;
    }
    return s;
}

Status RecordLog::recoverOnce(OpenMode mode, Recovered& out) {
    const bool rw = mode == OpenMode::readWrite;
    // MANIFEST before the listing: every file the MANIFEST names was written before it, so the
    // listing holds them all (and perhaps newer segments, which follow on consistently).
    auto manifestBytes = m_medium.readFile(path(kManifestName));
    auto listed = m_medium.listFiles(m_dir);
    if (!listed && rw) {
        if (Status s = m_medium.makeDirectory(m_dir); !s) return s;
        listed = m_medium.listFiles(m_dir);
    }
    if (!listed) return listed.error();
    if (rw) {
        if (Status s = m_medium.lockDirectory(m_dir); !s) return s;
        m_locked = true;
    }
    std::set<uint64_t> segments, snapshots;
    bool hasManifest = false;
    for (const auto& name : listed.value()) {
        if (name == kManifestName) hasManifest = true;
        if (auto seq = parseSegmentName(name)) segments.insert(*seq);
        if (auto seq = parseSnapshotName(name)) snapshots.insert(*seq);
    }

    if (manifestBytes) hasManifest = true;
    if (!hasManifest && segments.empty() && snapshots.empty()) {
        if (!rw) return makeError("There is no notebook in " + m_dir + ".");
        m_manifest = Manifest{kFormatVersion, kFormatVersion,
                              m_options.newDeviceId ? m_options.newDeviceId : randomDeviceId(), 0, 1, 0, 0};
        m_segmentSeq = 1;
        m_segmentBytes = 0;
        return writeDurably(kManifestName, encodeManifest(m_manifest));
    }

    // What to load: the current generation, then (read-only) the previous one kept as a fallback, or
    // with MANIFEST unusable, every snapshot on disk newest first and the log from its start.
    std::vector<Generation> plans;
    std::vector<std::string> notes;  // read-only: damage worked around, for the report
    Result<Manifest> manifest = makeError("The notebook in " + m_dir + " has lost its MANIFEST file.");
    if (hasManifest) {
        manifest = manifestBytes ? decodeManifest(manifestBytes.value(), path(kManifestName))
                                 : Result<Manifest>(manifestBytes.error());
    }
    if (manifest) {
        m_manifest = manifest.value();
        plans.push_back({m_manifest.snapshotSeq, m_manifest.firstSegmentSeq});
        if (m_manifest.fallbackFirstSegment != 0) plans.push_back({m_manifest.fallbackSnapshotSeq, m_manifest.fallbackFirstSegment});
    } else {
        const std::string& why = manifest.error().message;
        if (why.find("newer version") != std::string::npos) return manifest.error();
        if (rw) {
            return makeError((hasManifest ? why : "The notebook in " + m_dir + " has lost its MANIFEST file but its data "
                                                  "files are still there. Nothing was changed on disk.") +
                             " You can open a read-only copy, rebuilt from the data files.");
        }
        notes.push_back((hasManifest ? why.substr(0, why.find(" Nothing was changed")) : "MANIFEST is missing.") +
                        " The notebook was rebuilt from its data files.");
        m_manifest = Manifest{kFormatVersion, kFormatVersion, 0, 0, 1, 0, 0};
        for (auto it = snapshots.rbegin(); it != snapshots.rend(); ++it) plans.push_back({*it, *it});
        if (!segments.empty()) plans.push_back({0, *segments.begin()});
    }

    // The first plan whose snapshot reads wins; the log is then replayed on top of it.
    std::optional<Generation> chosen;
    Error lastProblem = makeError("The notebook in " + m_dir + " has no readable snapshot. Nothing was changed on disk.");
    for (size_t p = 0; p < plans.size() && !chosen; ++p) {
        const Generation g = plans[p];
        if (g.snapshotSeq == 0) {
            chosen = g;
            break;
        }
        const std::string name = snapshotName(g.snapshotSeq);
        Result<std::string> bytes = std::string();
        {
            PhaseTimer t(out.profile.readMs);
            bytes = m_medium.readFile(path(name));
        }
        Result<std::string> state = bytes ? Result<std::string>(std::string()) : Result<std::string>(bytes.error());
        FileHeader header;
        const uint64_t fileBytes = bytes ? bytes.value().size() : 0;
        if (bytes) {
            PhaseTimer t(out.profile.snapshotFramesMs);
            state = decodeSnapshot(std::move(bytes).value(), path(name), g.snapshotSeq, header);
        }
        if (!state) {
            if (state.error().message.find("newer version") != std::string::npos) return state.error();
            const std::string why = bytes ? state.error().message.substr(0, state.error().message.find(" Nothing was changed"))
                                          : "The notebook file " + path(name) + " is missing or unreadable.";
            if (rw) {
                return makeError(why + " Nothing was changed on disk; you can open a read-only copy" +
                                 (m_manifest.fallbackFirstSegment ? ", rebuilt from the previous snapshot kept for this."
                                                                  : " of what could be read."));
            }
            notes.push_back(why);
            lastProblem = makeError(why + " Nothing was changed on disk.");
            continue;
        }
        m_nextRecord = header.recordIndex;
        m_stats.snapshotBytes = fileBytes;
        out.snapshot = std::move(state).value();
        chosen = g;
    }
    if (!chosen) return lastProblem;
    if (!notes.empty()) {
        notes.push_back(chosen->snapshotSeq == 0 ? "The log from its first change was used instead."
                                                 : "The snapshot " + snapshotName(chosen->snapshotSeq) + " and the log after it were used instead.");
    }

    // Live segments: every log-<n>.seg with n >= the plan's first segment, which must be consecutive.
    std::vector<uint64_t> live;
    for (uint64_t seq : segments) if (seq >= chosen->firstSegmentSeq) live.push_back(seq);
    m_segmentSeq = chosen->firstSegmentSeq;
    m_segmentBytes = 0;
    std::optional<uint64_t> cutAt;  // torn tail of the last segment to cut (read-write)
    std::string tornBytes;
    std::string segmentDamage;
    for (size_t i = 0; i < live.size(); ++i) {
        const uint64_t seq = live[i];
        const std::string name = segmentName(seq);
        const bool last = i + 1 == live.size();
        std::string problem;
        uint64_t problemAt = 0;
        if (seq != chosen->firstSegmentSeq + i) {
            // A reader beside a writer sees a gap that is no damage in two cases, and the view up to the
            // gap is then whole (every earlier segment was complete before the next one was started):
            // - the directory listing ran while the writer added segments: readdir goes in hash order, not
            //   creation order, so it can miss one created during the listing and show a later one (the
            //   missing segment is there now);
            // - MANIFEST changed since ours was read: a newer generation begins there.
            if (!rw) {
                const std::string expected = path(segmentName(chosen->firstSegmentSeq + i));
                auto now = m_medium.readFile(path(kManifestName));
                const bool moved = manifestBytes.ok() && now.ok() && now.value() != manifestBytes.value();
                if (moved || m_medium.readFile(expected).ok()) break;
            }
            problem = "the log segment before it, " + segmentName(chosen->firstSegmentSeq + i) + ", is missing";
        }
        Result<std::string> bytes = std::string();
        if (problem.empty()) {
            PhaseTimer t(out.profile.readMs);
            bytes = m_medium.readFile(path(name));
        }
        if (!bytes) {
            if (rw) return bytes.error();
            problem = "it cannot be read: " + bytes.error().message;
            bytes = std::string();
        }
        SegmentRead read;
        if (problem.empty()) {
            PhaseTimer t(out.profile.logFramesMs);
            read = readSegment(bytes.value(), seq, m_nextRecord, m_options.maxFrameBytes);
        }
        if (problem.empty() && read.stop == ScanStop::tooNew) {
            return makeError(path(name) + " was written by a newer version of Rapport. Update Rapport to open this "
                             "notebook; nothing was changed on disk.");
        }
        if (problem.empty() && bytes.value().empty() && !last) {
            problem = "empty file";  // only the last segment can be caught between creation and first write
        } else if (problem.empty() && read.stop == ScanStop::damaged) {
            if (last && read.torn) {
                out.tornTail = read.unfinishedGroup
                                   ? "An unfinished group of changes (an import or restore interrupted while saving) in " +
                                         describeOffset(path(name), read.goodBytes) + " was not applied and was set aside."
                                   : "The last change in " + describeOffset(path(name), read.goodBytes) +
                                         " was incomplete (interrupted while saving) and was set aside.";
                cutAt = read.goodBytes;
                tornBytes = bytes.value().substr(read.goodBytes);
            } else {
                problem = read.why;
                problemAt = read.badOffset;
            }
        }
        for (auto& r : read.records) out.records.push_back(std::move(r));
        m_stats.records += read.records.size();
        m_nextRecord += read.records.size();
        if (!problem.empty()) {
            segmentDamage = damageMessage(m_dir, name, problemAt, problem);
            if (rw) return makeError(segmentDamage);
            break;  // read-only: the prefix up to the damage
        }
        m_segmentSeq = seq;
        m_segmentBytes = read.goodBytes;
        m_stats.segments += 1;
        m_stats.logBytes += read.goodBytes;
    }
    out.profile.snapshotBytes = m_stats.snapshotBytes;
    out.profile.logBytes = m_stats.logBytes;
    if (!rw) {
        // Exactly what this view lacks: nothing, or the changes saved after the damaged point.
        if (!notes.empty() || !segmentDamage.empty()) {
            for (const auto& n : notes) out.damage += n + " ";
            if (!segmentDamage.empty()) {
                out.damage += segmentDamage + " Changes saved after that point are not in this view.";
            } else {
                out.damage += "No saved change is missing: all " + std::to_string(m_nextRecord) + " saved changes were recovered.";
            }
        }
        return {};
    }
    return finishReadWriteOpen(listed.value(), cutAt, tornBytes);
}

Status RecordLog::finishReadWriteOpen(const std::vector<std::string>& listed, std::optional<uint64_t> cutAt,
                                      const std::string& tornBytes) {
    // Read-write and healthy: now (and only now) change files.
    if (cutAt) {
        const std::string name = segmentName(m_segmentSeq);
        const std::string aside = name + ".torn-" + std::to_string(*cutAt);
        if (Status kept = m_medium.writeFile(path(aside), tornBytes); kept) (void)m_medium.syncFile(path(aside));
        if (Status s = m_medium.truncateFile(path(name), *cutAt); !s) return s;
        if (Status s = m_medium.syncFile(path(name)); !s) return s;
    }
    // A format-1 store becomes format 2 here, before anything of format 2 is appended: older builds
    // then refuse it as newer instead of misreading new frames. Its files are read as they are.
    if (m_manifest.formatVersion < kFormatVersion || m_manifest.minReaderVersion < kFormatVersion) {
        m_manifest.formatVersion = kFormatVersion;
        m_manifest.minReaderVersion = kFormatVersion;
        if (Status s = writeDurably(kManifestName, encodeManifest(m_manifest)); !s) return s;
    }
    removeSuperseded(listed);
    return {};
}

void RecordLog::removeSuperseded(const std::vector<std::string>& names) {
    // Leftovers of an interrupted compaction or write, and generations older than the kept fallback.
    // Skipped while a reader holds the folder; done at the next compaction or open then.
    if (!m_medium.tryLockForRemoval(m_dir)) return;
    const uint64_t keepFrom = m_manifest.fallbackFirstSegment ? m_manifest.fallbackFirstSegment : m_manifest.firstSegmentSeq;
    bool removed = false;
    for (const auto& name : names) {
        const auto seg = parseSegmentName(name);
        const auto snap = parseSnapshotName(name);
        const bool temp = name.size() > 4 && name.compare(name.size() - 4, 4, kTempSuffix) == 0;
        const bool keptSnap = snap && (*snap == m_manifest.snapshotSeq ||
                                       (m_manifest.fallbackFirstSegment && *snap == m_manifest.fallbackSnapshotSeq));
        if (temp || (seg && *seg < keepFrom) || (snap && !keptSnap)) {
            removeQuietly(name);
            removed = true;
        }
    }
    if (removed) (void)m_medium.syncDirectory(m_dir);
    m_medium.unlockForRemoval(m_dir);
}

}  // namespace rapport::store
