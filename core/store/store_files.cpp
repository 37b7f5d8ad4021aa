// Codecs for the store's files. Every field is fixed-width little-endian; every decode is bounds-checked.
#include "core/store/store_files.h"

#include <cstdio>
#include <cstring>

#include "core/store/byte_io.h"
#include "core/store/crc32c.h"
#include "core/store/frame.h"

namespace rapport::store {

namespace {

std::string numbered(const char* prefix, uint64_t seq, const char* suffix) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%s%08llu%s", prefix, static_cast<unsigned long long>(seq), suffix);
    return buf;
}

std::optional<uint64_t> parseNumbered(const std::string& name, std::string_view prefix, std::string_view suffix) {
    if (name.size() <= prefix.size() + suffix.size() || name.compare(0, prefix.size(), prefix) != 0 ||
        name.compare(name.size() - suffix.size(), suffix.size(), suffix) != 0) {
        return std::nullopt;
    }
    const std::string digits = name.substr(prefix.size(), name.size() - prefix.size() - suffix.size());
    if (digits.size() > 18) return std::nullopt;
    uint64_t v = 0;
    for (const char c : digits) {
        if (c < '0' || c > '9') return std::nullopt;
        v = v * 10 + static_cast<uint64_t>(c - '0');
    }
    return v;
}

Error damaged(const std::string& file, uint64_t offset, const std::string& why) {
    return makeError("The notebook file " + describeOffset(file, offset) + " is damaged (" + why +
                     "). Nothing was changed on disk.");
}

Error tooNew(const std::string& file) {
    return makeError(file + " was written by a newer version of Rapport. Update Rapport to open this notebook; "
                            "nothing was changed on disk.");
}

}  // namespace

std::string segmentName(uint64_t seq) { return numbered("log-", seq, ".seg"); }
std::string snapshotName(uint64_t seq) { return numbered("snap-", seq, ".bin"); }
std::optional<uint64_t> parseSegmentName(const std::string& name) { return parseNumbered(name, "log-", ".seg"); }
std::optional<uint64_t> parseSnapshotName(const std::string& name) { return parseNumbered(name, "snap-", ".bin"); }

std::string encodeManifest(const Manifest& m) {
    std::string payload;
    ByteWriter w(payload);
    w.u32(m.formatVersion);
    w.u32(m.minReaderVersion);
    w.u64(m.deviceId);
    w.u64(m.snapshotSeq);
    w.u64(m.firstSegmentSeq);
    w.u64(m.fallbackSnapshotSeq);
    w.u64(m.fallbackFirstSegment);
    std::string out;
    appendFrameV1(out, FrameType::manifest, payload, static_cast<uint8_t>(m.minReaderVersion));
    return out;
}

Result<Manifest> decodeManifest(std::string_view bytes, const std::string& file) {
    const ScanResult scan = scanFrames(bytes);
    if (scan.stop == ScanStop::tooNew) return tooNew(file);
    if (scan.stop != ScanStop::end) return damaged(file, scan.badOffset, scan.why);
    if (scan.frames.size() != 1 || scan.frames[0].type != FrameType::manifest) {
        return damaged(file, 0, "not a manifest");
    }
    ByteReader r(scan.frames[0].payload);
    Manifest m;
    m.formatVersion = r.u32();
    m.minReaderVersion = r.u32();
    m.deviceId = r.u64();
    m.snapshotSeq = r.u64();
    m.firstSegmentSeq = r.u64();
    if (!r.ok()) return damaged(file, kFrameHeaderBytes, "manifest too short");
    if (m.minReaderVersion > kFormatVersion) return tooNew(file);
    if (m.formatVersion >= 2) {  // format 1 has no fallback fields
        m.fallbackSnapshotSeq = r.u64();
        m.fallbackFirstSegment = r.u64();
    }
    if (!r.ok() || !r.atEnd()) return damaged(file, kFrameHeaderBytes, "manifest of the wrong size");
    if (m.firstSegmentSeq == 0 || (m.snapshotSeq != 0 && m.snapshotSeq != m.firstSegmentSeq) ||
        (m.fallbackFirstSegment != 0 && (m.fallbackFirstSegment >= m.firstSegmentSeq ||
                                         (m.fallbackSnapshotSeq != 0 && m.fallbackSnapshotSeq != m.fallbackFirstSegment)))) {
        return damaged(file, kFrameHeaderBytes, "inconsistent manifest");
    }
    return m;
}

std::string encodeFileHeader(const FileHeader& h) {
    std::string payload;
    ByteWriter w(payload);
    w.u32(static_cast<uint32_t>(h.kind));
    w.u64(h.seq);
    w.u64(h.deviceId);
    w.u64(h.recordIndex);
    w.u32(static_cast<uint32_t>(h.snapshotKind));
    std::string out;
    appendFrame(out, FrameType::fileHeader, payload);
    return out;
}

std::optional<FileHeader> decodeFileHeader(std::string_view payload) {
    ByteReader r(payload);
    FileHeader h;
    const uint32_t kind = r.u32();
    h.seq = r.u64();
    h.deviceId = r.u64();
    h.recordIndex = r.u64();
    // Format 1 headers end here (a snapshot then holds a state blob); format 2 adds the snapshot kind.
    const bool v1 = r.atEnd();
    const uint32_t snapshotKind = v1 ? 1 : r.u32();
    if (!r.ok() || !r.atEnd() || (kind != 1 && kind != 2)) return std::nullopt;
    h.kind = static_cast<FileKind>(kind);
    h.snapshotKind = h.kind == FileKind::snapshot ? static_cast<SnapshotKind>(snapshotKind) : SnapshotKind::none;
    return h;
}

std::string encodeSnapshot(const FileHeader& h, std::string_view state, uint32_t chunkBytes) {
    std::string out = encodeFileHeader(h);
    for (size_t at = 0; at < state.size(); at += chunkBytes) {
        appendFrame(out, FrameType::snapshotChunk, state.substr(at, chunkBytes));
    }
    std::string end;
    ByteWriter w(end);
    w.u64(state.size());
    w.u32(crc32c(state));
    appendFrame(out, FrameType::snapshotEnd, end);
    return out;
}

namespace {

// Checks a snapshot file's frames and joins its chunks with `join(chunks, total)`, which returns the
// state; then checks the state against the end frame.
template <class Join>
Result<std::string> decodeSnapshotWith(std::string_view bytes, const std::string& file, uint64_t expectSeq,
                                       FileHeader& headerOut, Join join) {
    const ScanResult scan = scanFrames(bytes);
    if (scan.stop == ScanStop::tooNew) return tooNew(file);
    if (scan.stop != ScanStop::end) return damaged(file, scan.badOffset, scan.why);
    if (scan.frames.size() < 2 || scan.frames.front().type != FrameType::fileHeader) {
        return damaged(file, 0, "incomplete snapshot");
    }
    const auto header = decodeFileHeader(scan.frames.front().payload);
    if (!header || header->kind != FileKind::snapshot || header->seq != expectSeq) {
        return damaged(file, 0, "snapshot header does not match its name");
    }
    if (header->snapshotKind != SnapshotKind::stateBlob) return tooNew(file);
    headerOut = *header;
    std::vector<std::string_view> chunks;
    size_t total = 0;
    for (size_t i = 1; i + 1 < scan.frames.size(); ++i) {
        if (scan.frames[i].type != FrameType::snapshotChunk) return damaged(file, scan.frames[i].offset, "unexpected frame");
        chunks.push_back(scan.frames[i].payload);
        total += scan.frames[i].payload.size();
    }
    const Frame& last = scan.frames.back();
    ByteReader r(last.payload);
    const uint64_t size = r.u64();
    const uint32_t crc = r.u32();
    if (last.type != FrameType::snapshotEnd || !r.ok() || !r.atEnd() || size != total) {
        return damaged(file, last.offset, "snapshot incomplete or inconsistent");
    }
    std::string state = join(chunks, total);
    if (crc != crc32c(state)) return damaged(file, last.offset, "snapshot incomplete or inconsistent");
    return state;
}

}  // namespace

Result<std::string> decodeSnapshot(std::string_view bytes, const std::string& file, uint64_t expectSeq,
                                   FileHeader& headerOut) {
    return decodeSnapshotWith(bytes, file, expectSeq, headerOut, [](const std::vector<std::string_view>& chunks, size_t total) {
        std::string state;
        state.reserve(total);
        for (const std::string_view c : chunks) state.append(c.data(), c.size());
        return state;
    });
}

Result<std::string> decodeSnapshot(std::string&& bytes, const std::string& file, uint64_t expectSeq,
                                   FileHeader& headerOut) {
    // Each chunk moves down over the frame headers before it (never past a byte still to be read), so
    // the file's own buffer becomes the state: no second buffer of tens of megabytes to fault in.
    return decodeSnapshotWith(bytes, file, expectSeq, headerOut, [&bytes](const std::vector<std::string_view>& chunks, size_t total) {
        size_t at = 0;
        for (const std::string_view c : chunks) {
            std::memmove(&bytes[at], c.data(), c.size());
            at += c.size();
        }
        bytes.resize(total);
        return std::move(bytes);
    });
}

std::string encodeBatchPayload(uint64_t firstIndex, const std::vector<std::string_view>& records) {
    std::string out;
    ByteWriter w(out);
    w.u64(firstIndex);
    w.u32(static_cast<uint32_t>(records.size()));
    for (const auto& r : records) w.bytes(r);
    return out;
}

bool decodeBatchPayload(std::string_view payload, uint64_t& firstIndex, std::vector<std::string>& out) {
    ByteReader r(payload);
    firstIndex = r.u64();
    const uint32_t count = r.u32();
    if (!r.ok() || count == 0 || count > payload.size()) return false;  // each record needs >= 4 bytes
    const size_t before = out.size();
    for (uint32_t i = 0; i < count; ++i) {
        const std::string_view rec = r.bytes();
        if (!r.ok()) break;
        out.emplace_back(rec);
    }
    if (!r.ok() || !r.atEnd()) {
        out.resize(before);
        return false;
    }
    return true;
}

}  // namespace rapport::store
