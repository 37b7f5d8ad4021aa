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

    const bool roll = m_segmentBytes >= m_options.segmentBytes;
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

bool RecordLog::shouldCompact() const {
    return !m_readOnly && !m_broken && m_stats.logBytes > compactionThreshold(m_options, m_stats.snapshotBytes);
}

Status RecordLog::compact(const std::string& state) {
    if (m_readOnly) return makeError("This notebook is open read-only; it cannot be compacted.");
    if (m_broken) return makeError("Rapport stopped saving after a write it could not undo. Close and reopen the notebook.");
    // The snapshot covers every segment before newSeq; later appends go to newSeq whichever MANIFEST
    // survives, so both the old (old snapshot + all segments) and the new state replay the same.
    const uint64_t newSeq = m_segmentBytes == 0 ? m_segmentSeq : m_segmentSeq + 1;
    if (newSeq == m_manifest.firstSegmentSeq) return {};  // the live log is empty: nothing to fold
    const std::string snapshot = encodeSnapshot(
        {FileKind::snapshot, newSeq, m_manifest.deviceId, m_nextRecord, SnapshotKind::stateBlob}, state, m_options.maxFrameBytes);
    if (Status s = writeDurably(snapshotName(newSeq), snapshot); !s) return s;
    // Proven before MANIFEST names it: read back, every frame checked, the same state.
    {
        auto back = m_medium.readFile(path(snapshotName(newSeq)));
        FileHeader header;
        auto decoded = back ? decodeSnapshot(back.value(), path(snapshotName(newSeq)), newSeq, header)
                            : Result<std::string>(back.error());
        if (!decoded || decoded.value() != state) {
            removeQuietly(snapshotName(newSeq));
            return makeError("The new snapshot did not read back as written; the notebook was kept as it was.");
        }
    }
    if (newSeq != m_segmentSeq) {
        m_segmentSeq = newSeq;
        m_segmentBytes = 0;
    }
    Manifest next = m_manifest;
    next.formatVersion = kFormatVersion;
    next.minReaderVersion = kFormatVersion;
    next.snapshotSeq = newSeq;
    next.firstSegmentSeq = newSeq;
    // The generation being replaced stays as the fallback (its snapshot, or the empty notebook, and
    // every segment from its first on), so one damaged byte in the new snapshot loses nothing.
    next.fallbackSnapshotSeq = m_manifest.snapshotSeq;
    next.fallbackFirstSegment = m_manifest.firstSegmentSeq;
    if (Status s = writeDurably(kManifestName, encodeManifest(next)); !s) return s;  // old files kept
    m_manifest = next;
    m_stats = RecordLogStats{};
    m_stats.snapshotBytes = snapshot.size();
    // Files older than the fallback: removing them is tidying, not correctness (open removes what is left).
    if (auto names = m_medium.listFiles(m_dir)) removeSuperseded(names.value());
    flushed();
    return {};
}

Status RecordLog::writeDurably(const std::string& name, const std::string& bytes) {
    const std::string temp = path(name + kTempSuffix);
    Status s = m_medium.writeFile(temp, bytes);
    if (s) s = m_medium.syncFile(temp);
    if (s) s = m_medium.renameFile(temp, path(name));
    if (!s) {
        removeQuietly(name + kTempSuffix);
        return s;
    }
    return m_medium.syncDirectory(m_dir);
}

void RecordLog::removeQuietly(const std::string& name) { (void)m_medium.removeFile(path(name)); }

}  // namespace rapport::store
