// Record frames: every byte the store persists (MANIFEST, snapshots, log segments) is a sequence of
// frames, each with a magic, a type, the minimum reader version, a capped length and a CRC-32C.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rapport::store {

// On-disk format version written by this build; frames needing a newer reader are refused.
// Format 1: frames "RPF1". Format 2: frames "RPF2" (header check), group framing, kept fallback
// generation, snapshot kind. A format-2 build reads format-1 files as they are.
constexpr uint8_t kFormatVersion = 2;
// Frame header (16 bytes): magic u32 | type u8 | minReader u8 | u16 | length u32 | crc32c u32.
// The CRC covers the header bytes after the magic (type..length) and then the payload.
// "RPF1" frames (format 1): the u16 is 0. "RPF2" frames (format 2): the u16 is a header check, the low
// 16 bits of CRC-32C over magic, type, minReader and length. It tells a frame whose header is intact
// (so its length is right) from garbage: an intact header with a failing payload is damage, a frame
// cut short by the end of the file is a torn write.
constexpr uint32_t kFrameMagicV1 = 0x31465052u;  // bytes "RPF1"
constexpr uint32_t kFrameMagic = 0x32465052u;    // bytes "RPF2"
constexpr uint32_t kFrameHeaderBytes = 16;
// Default and hard cap on one frame's payload; a length above the cap is damage, never an allocation.
constexpr uint32_t kMaxFramePayload = 1u << 20;

enum class FrameType : uint8_t {
    fileHeader = 1,     // first frame of every snapshot and segment: what the file is
    batch = 2,          // log: records; ends a group commit (the group is atomic: see batchPart)
    snapshotChunk = 3,  // snapshot: a piece of the state
    snapshotEnd = 4,    // snapshot: total size, proves the snapshot is complete
    manifest = 5,       // the MANIFEST file's single frame
    batchPart = 6,      // log (format 2): records of a group commit whose last frame is still to come
};

// Appends one "RPF2" frame to `out`. Asserts (programmer error) if the payload exceeds kMaxFramePayload.
void appendFrame(std::string& out, FrameType type, std::string_view payload);
// Appends one "RPF1" frame with the given minimum reader version: used for MANIFEST, so that a
// format-1 build reads it and says "newer version" instead of "damaged".
void appendFrameV1(std::string& out, FrameType type, std::string_view payload, uint8_t minReader);

struct Frame {
    FrameType type;
    std::string_view payload;  // points into the scanned buffer
    uint64_t offset;           // where the frame starts in the file
};

// Why a scan stopped before the end of the buffer (if it did).
enum class ScanStop : uint8_t {
    end,        // every byte belonged to a valid frame
    damaged,    // a frame failed its checks at badOffset
    tooNew,     // a valid frame at badOffset needs a newer reader
};

struct ScanResult {
    std::vector<Frame> frames;      // the valid prefix
    uint64_t goodBytes = 0;         // length of that prefix
    ScanStop stop = ScanStop::end;
    uint64_t badOffset = 0;
    bool validFrameAfterDamage = false;  // a well-formed frame exists past the damage: not a torn tail
    // The bytes from badOffset on look like an interrupted append: the file ends inside a frame
    // header, inside a frame whose header is intact, or the rest is all zero bytes. A complete frame
    // with an intact header but a failing checksum is never torn: that is damage.
    bool tornShape = false;
    std::string why;                // e.g. "checksum mismatch"
};

// Splits `file` into frames, stopping at the first bad one. Never reads out of bounds, never allocates
// by a length read from the bytes, linear in the size (the resync search after damage looks only at
// positions holding a magic).
ScanResult scanFrames(std::string_view file, uint32_t maxPayload = kMaxFramePayload);

// "log-000012.seg" style helper shared by the file names and messages.
std::string describeOffset(const std::string& file, uint64_t offset);

}  // namespace rapport::store
