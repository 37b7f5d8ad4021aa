// Frame encoding and the damage-aware scanner used by recovery.
#include "core/store/frame.h"

#include <cassert>

#include "core/store/byte_io.h"
#include "core/store/crc32c.h"

namespace rapport::store {

namespace {

enum class Check { ok, truncated, bad, tooNew };

struct Parsed {
    Check check = Check::bad;
    FrameType type = FrameType::batch;
    uint32_t length = 0;
    const char* why = "";
};

// Low 16 bits of CRC-32C over magic, type, minReader and length (bytes 0..5 and 8..11 of the header).
uint16_t headerCheck(std::string_view header) {
    const uint32_t c = crc32c(header.substr(8, 4), crc32c(header.substr(0, 6)));
    return static_cast<uint16_t>(c & 0xFFFFu);
}

Parsed parseAt(std::string_view file, uint64_t at, uint32_t maxPayload) {
    Parsed p;
    const uint64_t left = file.size() - at;
    // Fewer bytes than a header can hold no acknowledged frame: whatever they are, nothing is lost.
    if (left < kFrameHeaderBytes) { p.check = Check::truncated; p.why = "incomplete frame header"; return p; }
    const std::string_view header = file.substr(at, kFrameHeaderBytes);
    ByteReader r(header);
    const uint32_t magic = r.u32();
    const uint8_t type = r.u8();
    const uint8_t minReader = r.u8();
    const uint16_t check = r.u16();
    const uint32_t length = r.u32();
    const uint32_t crc = r.u32();
    if (magic == kFrameMagic) {
        if (check != headerCheck(header)) { p.why = "damaged frame header"; return p; }
    } else if (magic == kFrameMagicV1) {
        if (check != 0) { p.why = "impossible frame length"; return p; }
    } else {
        p.why = "bad frame magic";
        return p;
    }
    if (length > maxPayload) { p.why = "impossible frame length"; return p; }
    if (length > left - kFrameHeaderBytes) { p.check = Check::truncated; p.why = "frame runs past the end of the file"; return p; }
    uint32_t actual = crc32c(file.substr(at + 4, kFrameHeaderBytes - 8));
    actual = crc32c(file.substr(at + kFrameHeaderBytes, length), actual);
    if (actual != crc) { p.why = "checksum mismatch"; return p; }
    if (type < 1 || type > 6) { p.why = "unknown frame type"; return p; }
    p.type = static_cast<FrameType>(type);
    p.length = length;
    if (minReader > kFormatVersion) { p.check = Check::tooNew; p.why = "written by a newer version of Rapport"; return p; }
    p.check = Check::ok;
    return p;
}

void appendWith(std::string& out, uint32_t magic, FrameType type, std::string_view payload, uint8_t minReader) {
    assert(payload.size() <= kMaxFramePayload);
    const size_t start = out.size();
    ByteWriter w(out);
    w.u32(magic);
    w.u8(static_cast<uint8_t>(type));
    w.u8(minReader);
    w.u16(0);
    w.u32(static_cast<uint32_t>(payload.size()));
    if (magic == kFrameMagic) {
        const uint16_t check = headerCheck(std::string_view(out).substr(start, 12));
        out[start + 6] = static_cast<char>(check & 0xFFu);
        out[start + 7] = static_cast<char>(check >> 8);
    }
    uint32_t crc = crc32c(std::string_view(out).substr(start + 4, kFrameHeaderBytes - 8));
    crc = crc32c(payload, crc);
    w.u32(crc);
    out.append(payload.data(), payload.size());
}

bool allZero(std::string_view bytes) {
    return bytes.find_first_not_of('\0') == std::string_view::npos;
}

}  // namespace

void appendFrame(std::string& out, FrameType type, std::string_view payload) {
    appendWith(out, kFrameMagic, type, payload, kFormatVersion);
}

void appendFrameV1(std::string& out, FrameType type, std::string_view payload, uint8_t minReader) {
    appendWith(out, kFrameMagicV1, type, payload, minReader);
}

ScanResult scanFrames(std::string_view file, uint32_t maxPayload) {
    ScanResult result;
    uint64_t at = 0;
    Check stopCheck = Check::ok;
    while (at < file.size()) {
        const Parsed p = parseAt(file, at, maxPayload);
        if (p.check != Check::ok) {
            result.stop = p.check == Check::tooNew ? ScanStop::tooNew : ScanStop::damaged;
            result.badOffset = at;
            result.why = p.why;
            stopCheck = p.check;
            break;
        }
        result.frames.push_back(Frame{p.type, file.substr(at + kFrameHeaderBytes, p.length), at});
        at += kFrameHeaderBytes + p.length;
    }
    result.goodBytes = at < file.size() ? at : file.size();
    if (result.stop == ScanStop::damaged) {
        // A torn append leaves a prefix of its frames (or, on some file systems, zeros) up to the end;
        // any valid frame after the damage means acknowledged data follows it: corruption.
        const std::string_view magics[] = {"RPF2", "RPF1"};
        for (const std::string_view magic : magics) {
            for (size_t pos = file.find(magic, at + 1); pos != std::string_view::npos; pos = file.find(magic, pos + 1)) {
                const Check c = parseAt(file, pos, maxPayload).check;
                if (c == Check::ok || c == Check::tooNew) {
                    result.validFrameAfterDamage = true;
                    break;
                }
            }
            if (result.validFrameAfterDamage) break;
        }
        result.tornShape = !result.validFrameAfterDamage && (stopCheck == Check::truncated || allZero(file.substr(at)));
    }
    return result;
}

std::string describeOffset(const std::string& file, uint64_t offset) {
    return file + " at byte " + std::to_string(offset);
}

}  // namespace rapport::store
