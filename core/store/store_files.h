// The store's files and their contents: MANIFEST, snap-NNNNNNNN.bin, log-NNNNNNNN.seg, and the codecs
// for the MANIFEST, the per-file header frame, snapshots and batches. See docs/storage.md.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/util/result.h"

namespace rapport::store {

constexpr const char* kManifestName = "MANIFEST";
constexpr const char* kTempSuffix = ".tmp";

// What MANIFEST says: the one file replaced atomically to switch to a new snapshot.
struct Manifest {
    uint32_t formatVersion = 0;     // version that wrote it
    uint32_t minReaderVersion = 0;  // oldest reader that may open the store
    uint64_t deviceId = 0;          // random, chosen when the store was created
    uint64_t snapshotSeq = 0;       // snap-<seq>.bin holds the state before log-<seq>; 0: no snapshot
    uint64_t firstSegmentSeq = 1;   // first live log segment; every log-<n>.seg with n >= it is live
    // Format 2: the previous generation, kept until the next compaction so that a damaged current
    // snapshot costs nothing: snap-<fallbackSnapshotSeq>.bin (0: the empty notebook) replayed with
    // every segment from fallbackFirstSegment on. fallbackFirstSegment 0: no fallback kept.
    uint64_t fallbackSnapshotSeq = 0;
    uint64_t fallbackFirstSegment = 0;
};

enum class FileKind : uint32_t { snapshot = 1, segment = 2 };

// How a snapshot holds the state (format 2 header field; format-1 snapshots are stateBlob). A new
// kind (e.g. fixed-width records with string arenas and a stored search index, for fast loading) is
// added here without another framing change; a build that does not know a kind refuses it as newer.
enum class SnapshotKind : uint32_t { none = 0, stateBlob = 1 };

// The header frame opening every snapshot and segment: guards against a renamed or misplaced file.
struct FileHeader {
    FileKind kind = FileKind::segment;
    uint64_t seq = 0;
    uint64_t deviceId = 0;
    // Segment: global index of its first record. Snapshot: index of the first record after it. Lets
    // open() prove no record is missing between snapshot and segments, even at a frame boundary.
    uint64_t recordIndex = 0;
    SnapshotKind snapshotKind = SnapshotKind::none;  // snapshots: how the chunks hold the state
};

std::string segmentName(uint64_t seq);   // "log-00000012.seg"
std::string snapshotName(uint64_t seq);  // "snap-00000012.bin"
// Parses names made by the two functions above; nullopt for any other name.
std::optional<uint64_t> parseSegmentName(const std::string& name);
std::optional<uint64_t> parseSnapshotName(const std::string& name);

// The MANIFEST file's bytes (one "RPF1" frame with minimum reader 2, so format-1 builds refuse it as
// newer); decode reads format 1 and 2 manifests, and fails with a message naming `file` on any damage and
// refuses a store that needs a newer reader.
std::string encodeManifest(const Manifest& m);
Result<Manifest> decodeManifest(std::string_view bytes, const std::string& file);

std::string encodeFileHeader(const FileHeader& h);  // a complete frame
// Decodes the payload of a fileHeader frame; nullopt if malformed.
std::optional<FileHeader> decodeFileHeader(std::string_view payload);

// A snapshot file: header frame, the state in chunks of at most `chunkBytes`, and an end frame with
// the total size and CRC of the state.
std::string encodeSnapshot(const FileHeader& h, std::string_view state, uint32_t chunkBytes);
// The state stored in a snapshot file; fails with file and offset on any damage (a snapshot is
// written whole and renamed into place, so even a damaged tail is corruption), and refuses an unknown
// snapshot kind as written by a newer version.
Result<std::string> decodeSnapshot(std::string_view bytes, const std::string& file, uint64_t expectSeq,
                                   FileHeader& header);
// The same, reusing the file's buffer for the state (what open does: the file is not needed after).
Result<std::string> decodeSnapshot(std::string&& bytes, const std::string& file, uint64_t expectSeq,
                                   FileHeader& header);

// A batch frame's payload: u64 index of its first record, u32 count, then each record as u32 length +
// bytes.
std::string encodeBatchPayload(uint64_t firstIndex, const std::vector<std::string_view>& records);
// Appends the records of a batch payload to `out` and sets firstIndex; false (out unchanged) if it is
// malformed (sizes beyond the payload, junk after, no record).
bool decodeBatchPayload(std::string_view payload, uint64_t& firstIndex, std::vector<std::string>& out);

}  // namespace rapport::store
