// Record frames: every byte the store persists (MANIFEST, snapshots, log segments) is a sequence of
// frames, each with a magic, a type, the minimum reader version, a capped length and a CRC-32C.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rapport::store {

// On-disk format version written by this build; frames needing a newer reader are refused.
constexpr uint8_t kFormatVersion = 1;
// Frame header: magic u32 | type u8 | minReader u8 | reserved u16 (0) | length u32 | crc32c u32.
// The CRC covers the header bytes after the magic (type..length) and then the payload.
constexpr uint32_t kFrameMagic = 0x31465052u;  // bytes "RPF1"
constexpr uint32_t kFrameHeaderBytes = 16;
// Default and hard cap on one frame's payload; a length above the cap is damage, never an allocation.
constexpr uint32_t kMaxFramePayload = 1u << 20;

enum class FrameType : uint8_t {
    fileHeader = 1,     // first frame of every snapshot and segment: what the file is
    batch = 2,          // log: one group commit, one or more records (atomic by its CRC)
    snapshotChunk = 3,  // snapshot: a piece of the state
    snapshotEnd = 4,    // snapshot: total size, proves the snapshot is complete
    manifest = 5,       // the MANIFEST file's single frame
};

// Appends one frame to `out`. Asserts (programmer error) if the payload exceeds kMaxFramePayload.
void appendFrame(std::string& out, FrameType type, std::string_view payload);

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
    std::string why;                // e.g. "checksum mismatch"
};

// Splits `file` into frames, stopping at the first bad one. Never reads out of bounds, never allocates
// by a length read from the bytes, linear in the size (the resync search after damage looks only at
// positions holding the magic).
ScanResult scanFrames(std::string_view file, uint32_t maxPayload = kMaxFramePayload);

// "log-000012.seg" style helper shared by the file names and messages.
std::string describeOffset(const std::string& file, uint64_t offset);

}  // namespace rapport::store
