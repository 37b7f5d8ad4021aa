// RecordLog::open: read MANIFEST, the snapshot and the live segments; cut a torn tail of the last
// segment; refuse (read-write) or stop at (read-only) any other damage, never touching damaged files.
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
    std::vector<std::string> records;
    uint64_t goodBytes = 0;
    ScanStop stop = ScanStop::end;
    bool torn = false;  // damage that may be a torn tail (nothing valid after it)
    uint64_t badOffset = 0;
    std::string why;
};

// Reads one segment whose first record must have global index `expectIndex`.
SegmentRead readSegment(std::string_view bytes, uint64_t seq, uint64_t expectIndex, uint32_t maxFrame) {
    SegmentRead out;
    const ScanResult scan = scanFrames(bytes, maxFrame);
    out.stop = scan.stop;
    out.goodBytes = scan.goodBytes;
    out.badOffset = scan.badOffset;
    out.why = scan.why;
    out.torn = scan.stop == ScanStop::damaged && !scan.validFrameAfterDamage;
    for (size_t i = 0; i < scan.frames.size(); ++i) {
        const Frame& f = scan.frames[i];
        bool good;
        if (i == 0) {
            const auto h = f.type == FrameType::fileHeader ? decodeFileHeader(f.payload) : std::nullopt;
            good = h && h->kind == FileKind::segment && h->seq == seq && h->recordIndex == expectIndex;
        } else {
            const uint64_t before = out.records.size();
            uint64_t first = 0;
            good = f.type == FrameType::batch && decodeBatchPayload(f.payload, first, out.records);
            if (good && first != expectIndex + before) {
                out.records.resize(before);
                good = false;
            }
        }
        if (!good) {  // checksummed yet wrong: written by something else, never a torn write
            out.stop = ScanStop::damaged;
            out.torn = false;
            out.goodBytes = f.offset;
            out.badOffset = f.offset;
            out.why = i == 0 ? "not the expected log segment; records may be missing" : "malformed or out-of-order batch";
            break;
        }
    }
    return out;
}

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
    const bool rw = mode == OpenMode::readWrite;
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

    if (!hasManifest) {
        if (!segments.empty() || !snapshots.empty()) {
            return makeError("The notebook in " + m_dir + " has lost its MANIFEST file but its data files are "
                             "still there. Nothing was changed on disk.");
        }
        if (!rw) return makeError("There is no notebook in " + m_dir + ".");
        m_manifest = Manifest{kFormatVersion, kFormatVersion,
                              m_options.newDeviceId ? m_options.newDeviceId : randomDeviceId(), 0, 1};
        m_segmentSeq = 1;
        m_segmentBytes = 0;
        return writeDurably(kManifestName, encodeManifest(m_manifest));
    }

    auto manifestBytes = m_medium.readFile(path(kManifestName));
    if (!manifestBytes) return manifestBytes.error();
    auto manifest = decodeManifest(manifestBytes.value(), path(kManifestName));
    if (!manifest) return manifest.error();
    m_manifest = manifest.value();

    if (m_manifest.snapshotSeq != 0) {
        const std::string name = snapshotName(m_manifest.snapshotSeq);
        auto bytes = m_medium.readFile(path(name));
        if (!bytes) return makeError("The notebook file " + path(name) + " is missing or unreadable. Nothing was changed on disk.");
        FileHeader header;
        auto state = decodeSnapshot(bytes.value(), path(name), m_manifest.snapshotSeq, header);
        if (!state) return state.error();
        m_nextRecord = header.recordIndex;
        m_stats.snapshotBytes = bytes.value().size();
        out.snapshot = std::move(state).value();
    }

    // Live segments: every log-<n>.seg with n >= firstSegmentSeq, which must be consecutive.
    std::vector<uint64_t> live;
    for (uint64_t seq : segments) if (seq >= m_manifest.firstSegmentSeq) live.push_back(seq);
    m_segmentSeq = m_manifest.firstSegmentSeq;
    m_segmentBytes = 0;
    std::optional<uint64_t> cutAt;  // torn tail of the last segment to cut (read-write)
    std::string tornBytes;
    for (size_t i = 0; i < live.size(); ++i) {
        const uint64_t seq = live[i];
        const std::string name = segmentName(seq);
        const bool last = i + 1 == live.size();
        std::string problem;
        uint64_t problemAt = 0;
        if (seq != m_manifest.firstSegmentSeq + i) {
            problem = "the log segment before it, " + segmentName(m_manifest.firstSegmentSeq + i) + ", is missing";
        }
        auto bytes = problem.empty() ? m_medium.readFile(path(name)) : Result<std::string>(std::string());
        if (!bytes) return bytes.error();
        SegmentRead read = problem.empty() ? readSegment(bytes.value(), seq, m_nextRecord, m_options.maxFrameBytes) : SegmentRead{};
        if (problem.empty() && read.stop == ScanStop::tooNew) {
            return makeError(path(name) + " was written by a newer version of Rapport. Update Rapport to open this "
                             "notebook; nothing was changed on disk.");
        }
        if (problem.empty() && bytes.value().empty() && !last) {
            problem = "empty file";  // only the last segment can be caught between creation and first write
        } else if (problem.empty() && read.stop == ScanStop::damaged) {
            if (last && read.torn) {
                out.tornTail = "The last change in " + describeOffset(path(name), read.goodBytes) +
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
            out.damage = damageMessage(m_dir, name, problemAt, problem);
            if (rw) return makeError(out.damage);
            break;  // read-only: the prefix up to the damage
        }
        m_segmentSeq = seq;
        m_segmentBytes = read.goodBytes;
        m_stats.segments += 1;
        m_stats.logBytes += read.goodBytes;
    }
    if (!rw) return {};

    // Read-write and healthy: now (and only now) change files.
    if (cutAt) {
        const std::string name = segmentName(m_segmentSeq);
        const std::string aside = name + ".torn-" + std::to_string(*cutAt);
        if (Status kept = m_medium.writeFile(path(aside), tornBytes); kept) (void)m_medium.syncFile(path(aside));
        if (Status s = m_medium.truncateFile(path(name), *cutAt); !s) return s;
        if (Status s = m_medium.syncFile(path(name)); !s) return s;
    }
    // Leftovers of an interrupted compaction or write: temp files, superseded snapshots and segments.
    for (const auto& name : listed.value()) {
        const auto seg = parseSegmentName(name);
        const auto snap = parseSnapshotName(name);
        const bool temp = name.size() > 4 && name.compare(name.size() - 4, 4, kTempSuffix) == 0;
        if (temp || (seg && *seg < m_manifest.firstSegmentSeq) || (snap && *snap != m_manifest.snapshotSeq)) {
            removeQuietly(name);
        }
    }
    return {};
}

}  // namespace rapport::store
