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

Parsed parseAt(std::string_view file, uint64_t at, uint32_t maxPayload) {
    Parsed p;
    const uint64_t left = file.size() - at;
    if (left < kFrameHeaderBytes) { p.check = Check::truncated; p.why = "incomplete frame header"; return p; }
    ByteReader r(file.substr(at, kFrameHeaderBytes));
    const uint32_t magic = r.u32();
    const uint8_t type = r.u8();
    const uint8_t minReader = r.u8();
    const uint16_t reserved = r.u16();
    const uint32_t length = r.u32();
    const uint32_t crc = r.u32();
    if (magic != kFrameMagic) { p.why = "bad frame magic"; return p; }
    if (length > maxPayload || reserved != 0) { p.why = "impossible frame length"; return p; }
    if (length > left - kFrameHeaderBytes) { p.check = Check::truncated; p.why = "frame runs past the end of the file"; return p; }
    uint32_t actual = crc32c(file.substr(at + 4, kFrameHeaderBytes - 8));
    actual = crc32c(file.substr(at + kFrameHeaderBytes, length), actual);
    if (actual != crc) { p.why = "checksum mismatch"; return p; }
    if (type < 1 || type > 5) { p.why = "unknown frame type"; return p; }
    p.type = static_cast<FrameType>(type);
    p.length = length;
    if (minReader > kFormatVersion) { p.check = Check::tooNew; p.why = "written by a newer version of Rapport"; return p; }
    p.check = Check::ok;
    return p;
}

}  // namespace

void appendFrame(std::string& out, FrameType type, std::string_view payload) {
    assert(payload.size() <= kMaxFramePayload);
    const size_t start = out.size();
    ByteWriter w(out);
    w.u32(kFrameMagic);
    w.u8(static_cast<uint8_t>(type));
    w.u8(kFormatVersion);
    w.u16(0);
    w.u32(static_cast<uint32_t>(payload.size()));
    uint32_t crc = crc32c(std::string_view(out).substr(start + 4, kFrameHeaderBytes - 8));
    crc = crc32c(payload, crc);
    w.u32(crc);
    out.append(payload.data(), payload.size());
}

ScanResult scanFrames(std::string_view file, uint32_t maxPayload) {
    ScanResult result;
    uint64_t at = 0;
    while (at < file.size()) {
        const Parsed p = parseAt(file, at, maxPayload);
        if (p.check != Check::ok) {
            result.stop = p.check == Check::tooNew ? ScanStop::tooNew : ScanStop::damaged;
            result.badOffset = at;
            result.why = p.why;
            break;
        }
        result.frames.push_back(Frame{p.type, file.substr(at + kFrameHeaderBytes, p.length), at});
        at += kFrameHeaderBytes + p.length;
    }
    result.goodBytes = at < file.size() ? at : file.size();
    if (result.stop == ScanStop::damaged) {
        // A torn append leaves garbage or zeros up to the end; any valid frame after the damage means
        // acknowledged data follows it, so the damage is corruption, not a torn tail.
        std::string magic;
        ByteWriter(magic).u32(kFrameMagic);
        for (size_t pos = file.find(magic, at + 1); pos != std::string_view::npos; pos = file.find(magic, pos + 1)) {
            const Check c = parseAt(file, pos, maxPayload).check;
            if (c == Check::ok || c == Check::tooNew) {
                result.validFrameAfterDamage = true;
                break;
            }
        }
    }
    return result;
}

std::string describeOffset(const std::string& file, uint64_t offset) {
    return file + " at byte " + std::to_string(offset);
}

}  // namespace rapport::store
