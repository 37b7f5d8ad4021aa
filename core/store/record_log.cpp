// RecordLog write paths: group commit into the current segment (rolled at a size limit) and compaction
// into a new snapshot, ordered so that a crash or failure at any step leaves a readable store.
#include "core/store/record_log.h"

#include <algorithm>

#include "core/store/frame.h"

namespace rapport::store {

Status RecordLog::append(const std::vector<std::string_view>& records) {
    if (m_readOnly) return makeError("This notebook is open read-only; changes cannot be saved.");
    if (m_broken) {
        return makeError("Rapport stopped saving after a write it could not undo. Close and reopen the notebook.");
    }
    if (records.empty()) return {};
    // Pack records into batch frames. A group needing several frames is written as batchPart frames
    // closed by one batch frame: recovery applies it only once that closing frame is there.
    std::vector<std::string> payloads;
    std::vector<std::string_view> batch;
    uint64_t batchIndex = m_nextRecord;
    uint64_t batchBytes = 12;
    auto flushBatch = [&] {
        if (!batch.empty()) payloads.push_back(encodeBatchPayload(batchIndex, batch));
        batchIndex += batch.size();
        batch.clear();
        batchBytes = 12;
    };
    for (const auto& r : records) {
        if (r.size() + 16 > m_options.maxFrameBytes) {
            return makeError("This change is too large to save (" + std::to_string(r.size()) + " bytes).");
        }
        if (batchBytes + 4 + r.size() > m_options.maxFrameBytes) flushBatch();
        batch.push_back(r);
        batchBytes += 4 + r.size();
    }
    flushBatch();
    std::string frames;
    for (size_t i = 0; i < payloads.size(); ++i) {
        appendFrame(frames, i + 1 == payloads.size() ? FrameType::batch : FrameType::batchPart, payloads[i]);
    }

    const bool roll = m_rollBeforeAppend || m_segmentBytes >= m_options.segmentBytes;
    const uint64_t seq = roll ? m_segmentSeq + 1 : m_segmentSeq;
    const uint64_t base = roll ? 0 : m_segmentBytes;
    const std::string file = path(segmentName(seq));
    const std::string bytes = (base == 0 ? encodeFileHeader({FileKind::segment, seq, m_manifest.deviceId, m_nextRecord}) : "") + frames;
    Status s = m_medium.appendFile(file, bytes);
    if (s) s = m_medium.syncFile(file);
    if (s && base == 0) s = m_medium.syncDirectory(m_dir);  // the new file's name must survive a crash too
    if (!s) {
        (void)rollBack(file, base);
        return s;
    }
    if (seq != m_segmentSeq || m_stats.segments == 0) m_stats.segments += 1;
    m_segmentSeq = seq;
    m_segmentBytes = base + bytes.size();
    m_rollBeforeAppend = false;
    m_stats.logBytes += bytes.size();
    m_stats.records += records.size();
    m_nextRecord += records.size();
    flushed();
    return {};
}

Status RecordLog::rollBack(const std::string& file, uint64_t size) {
    Status s = m_medium.truncateFile(file, size);
    if (s) s = m_medium.syncFile(file);
    if (!s && size == 0) {
        // The file may never have been created: then there is nothing to undo.
        auto names = m_medium.listFiles(m_dir);
        const std::string name = file.substr(file.find_last_of('/') + 1);
        if (names && std::find(names.value().begin(), names.value().end(), name) == names.value().end()) return {};
    }
    if (!s) m_broken = true;
    return s;
}

uint64_t RecordLog::compactThreshold() const { return compactionThreshold(m_options, m_stats.snapshotBytes); }

bool RecordLog::shouldCompact() const {
    return !m_readOnly && !m_broken && !m_compacting && m_stats.logBytes > compactThreshold();
}

Status RecordLog::compact(const std::string& state) {
    auto plan = beginCompaction();
    if (!plan) return plan.error();
    if (plan.value().seq == 0) return {};  // the live log is empty: nothing to fold
    return finishCompaction(plan.value(), writeSnapshot(m_medium, m_dir, m_options, plan.value(), state));
}

Result<SnapshotPlan> RecordLog::beginCompaction() {
    if (m_readOnly) return makeError("This notebook is open read-only; it cannot be compacted.");
    if (m_broken) return makeError("Rapport stopped saving after a write it could not undo. Close and reopen the notebook.");
    if (m_compacting) return makeError("The notebook is already being compacted.");
    // The snapshot covers every segment before newSeq; later appends go to newSeq whichever MANIFEST
    // survives, so both the old (old snapshot + all segments) and the new state replay the same.
    const uint64_t newSeq = m_segmentBytes == 0 ? m_segmentSeq : m_segmentSeq + 1;
    if (newSeq == m_manifest.firstSegmentSeq) return SnapshotPlan{};
    m_rollBeforeAppend = newSeq != m_segmentSeq;
    m_compacting = true;
    m_atBegin = m_stats;
    return SnapshotPlan{newSeq, m_nextRecord, m_manifest.deviceId};
}

Result<uint64_t> RecordLog::writeSnapshot(StorageMedium& medium, const std::string& dir, const RecordLogOptions& options,
                                          const SnapshotPlan& plan, const std::string& state) {
    const std::string name = snapshotName(plan.seq);
    const std::string snapshot = encodeSnapshot(
        {FileKind::snapshot, plan.seq, plan.deviceId, plan.recordIndex, SnapshotKind::stateBlob}, state, options.maxFrameBytes);
    if (Status s = writeFileDurably(medium, dir, name, snapshot); !s) return s.error();
    // Proven before MANIFEST names it: read back, every frame checked, the same state.
    auto back = medium.readFile(joinPath(dir, name));
    FileHeader header;
    auto decoded = back ? decodeSnapshot(back.value(), joinPath(dir, name), plan.seq, header) : Result<std::string>(back.error());
    if (!decoded || decoded.value() != state) {
        (void)medium.removeFile(joinPath(dir, name));
        return makeError("The new snapshot did not read back as written; the notebook was kept as it was.");
    }
    return static_cast<uint64_t>(snapshot.size());
}

Status RecordLog::finishCompaction(const SnapshotPlan& plan, const Result<uint64_t>& written) {
    if (!m_compacting || plan.seq == 0) return makeError("No compaction of the notebook was begun.");
    m_compacting = false;
    if (!written) return written.error();  // a half-written snapshot file is removed at the next compaction or open
    if (m_broken) return makeError("Rapport stopped saving after a write it could not undo. Close and reopen the notebook.");
    Manifest next = m_manifest;
    next.formatVersion = kFormatVersion;
    next.minReaderVersion = kFormatVersion;
    next.snapshotSeq = plan.seq;
    next.firstSegmentSeq = plan.seq;
    // The generation being replaced stays as the fallback (its snapshot, or the empty notebook, and
    // every segment from its first on), so one damaged byte in the new snapshot loses nothing.
    next.fallbackSnapshotSeq = m_manifest.snapshotSeq;
    next.fallbackFirstSegment = m_manifest.firstSegmentSeq;
    if (Status s = writeDurably(kManifestName, encodeManifest(next)); !s) return s;  // old files kept
    m_manifest = next;
    // What is live now: the segments appended to since the compaction began.
    m_stats.logBytes -= m_atBegin.logBytes;
    m_stats.records -= m_atBegin.records;
    const bool nothingSince = m_rollBeforeAppend || (m_segmentSeq == plan.seq && m_segmentBytes == 0);
    m_stats.segments = nothingSince ? 0 : static_cast<uint32_t>(m_segmentSeq - plan.seq + 1);
    m_stats.snapshotBytes = written.value();
    // Files older than the fallback: removing them is tidying, not correctness (open removes what is left).
    if (auto names = m_medium.listFiles(m_dir)) removeSuperseded(names.value());
    flushed();
    return {};
}

Status RecordLog::writeFileDurably(StorageMedium& medium, const std::string& dir, const std::string& name,
                                   const std::string& bytes) {
    const std::string temp = joinPath(dir, name + kTempSuffix);
    Status s = medium.writeFile(temp, bytes);
    if (s) s = medium.syncFile(temp);
    if (s) s = medium.renameFile(temp, joinPath(dir, name));
    if (!s) {
        (void)medium.removeFile(temp);
        return s;
    }
    return medium.syncDirectory(dir);
}

void RecordLog::removeQuietly(const std::string& name) { (void)m_medium.removeFile(path(name)); }

}  // namespace rapport::store
