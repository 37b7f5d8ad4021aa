// ZIP (APPNOTE 6.3.x, stored entries only): a local header before each file, then the central
// directory and its end record. Little-endian fields written byte by byte.
#include "core/interchange/zip_writer.h"

#include <array>
#include <cassert>

#include "core/util/civil_date.h"

namespace rapport::interchange {
namespace {

const std::array<uint32_t, 256>& crcTable() {
    static const std::array<uint32_t, 256> table = [] {
        std::array<uint32_t, 256> t{};
        for (uint32_t i = 0; i < 256; ++i) {
            uint32_t c = i;
            for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    return table;
}

void put16(std::string& out, uint32_t v) {
    out += char(v & 0xFF);
    out += char((v >> 8) & 0xFF);
}
void put32(std::string& out, uint32_t v) {
    put16(out, v & 0xFFFF);
    put16(out, v >> 16);
}

// The fields local and central headers share, from "version needed" to the extra field length.
void commonFields(std::string& out, const ExportFile& f, uint32_t crc, uint32_t dosDateTime) {
    put16(out, 20);      // version needed: 2.0
    put16(out, 0x0800);  // flags: bit 11, names are UTF-8
    put16(out, 0);       // method: stored
    put32(out, dosDateTime);
    put32(out, crc);
    put32(out, uint32_t(f.bytes.size()));  // compressed size
    put32(out, uint32_t(f.bytes.size()));  // uncompressed size
    put16(out, uint32_t(f.path.size()));
    put16(out, 0);  // extra field length
}

}  // namespace

uint32_t crc32(std::string_view bytes, uint32_t crc) {
    const auto& t = crcTable();
    crc = ~crc;
    for (unsigned char b : bytes) crc = t[(crc ^ b) & 0xFF] ^ (crc >> 8);
    return ~crc;
}

uint32_t dosDateTime(int64_t unixMillis) {
    const int64_t seconds = unixMillis / 1000;
    const CivilDate d = CivilDate::fromDayNumber(int32_t(seconds / 86400));
    const int64_t s = seconds % 86400;
    if (d.year() < 1980) return (1u << 5) | 1u;  // 1980-01-01, the earliest ZIP date
    const uint32_t date = uint32_t(((d.year() - 1980) << 9) | (d.month() << 5) | d.day());
    const uint32_t time = uint32_t(((s / 3600) << 11) | ((s / 60 % 60) << 5) | (s % 60 / 2));
    return (date << 16) | time;
}

std::string zipStored(const std::vector<ExportFile>& files, uint32_t dosDate) {
    if (dosDate == 0) dosDate = (1u << 5) | 1u;
    std::string out, central;
    for (const ExportFile& f : files) {
        assert(f.bytes.size() < 0xFFFFFFFFu && f.path.size() < 0xFFFF);
        const uint32_t crc = crc32(f.bytes);
        const uint32_t offset = uint32_t(out.size());
        put32(out, 0x04034b50);
        commonFields(out, f, crc, dosDate);
        out += f.path;
        out += f.bytes;

        put32(central, 0x02014b50);
        put16(central, 0x0314);  // made by: Unix, spec 2.0
        commonFields(central, f, crc, dosDate);
        put16(central, 0);                   // comment length
        put16(central, 0);                   // disk number
        put16(central, 0);                   // internal attributes
        put32(central, 0100600u << 16);      // external attributes: a regular file, mode 0600
        put32(central, offset);
        central += f.path;
    }
    assert(out.size() + central.size() < 0xFFFFFFFFu && files.size() < 0xFFFF);
    const uint32_t centralOffset = uint32_t(out.size());
    out += central;
    put32(out, 0x06054b50);
    put16(out, 0);  // this disk
    put16(out, 0);  // disk with the central directory
    put16(out, uint32_t(files.size()));
    put16(out, uint32_t(files.size()));
    put32(out, uint32_t(central.size()));
    put32(out, centralOffset);
    put16(out, 0);  // comment length
    return out;
}

}  // namespace rapport::interchange
