// CRC-32C: the CPU's crc32 instruction where there is one, else slicing-by-8 (eight 256-entry tables,
// eight bytes per step). Opening a store checksums every byte of its snapshot and log, so at 100k
// records this is tens of megabytes per open: a byte-wise table was a visible share of the open.
#include "core/store/crc32c.h"

#include <array>
#include <cstring>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define RAPPORT_CRC32C_X86 1
#include <nmmintrin.h>
#endif

namespace rapport::store {

namespace {

using Tables = std::array<std::array<uint32_t, 256>, 8>;

Tables makeTables() {
    Tables t{};
    for (uint32_t i = 0; i < 256; ++i) {
        uint32_t c = i;
        for (int k = 0; k < 8; ++k) c = (c & 1u) ? (c >> 1) ^ 0x82F63B78u : (c >> 1);
        t[0][i] = c;
    }
    // t[k][i]: the CRC of byte i followed by k zero bytes.
    for (size_t k = 1; k < 8; ++k) {
        for (uint32_t i = 0; i < 256; ++i) t[k][i] = (t[k - 1][i] >> 8) ^ t[0][t[k - 1][i] & 0xFFu];
    }
    return t;
}

// Little-endian load of 8 bytes (x86 and wasm are little-endian; the byte loop below serves any other).
uint64_t load64(const unsigned char* p) {
    uint64_t v = 0;
    for (int i = 0; i < 8; ++i) v |= uint64_t{p[i]} << (8 * i);
    return v;
}

uint32_t software(const unsigned char* p, size_t n, uint32_t crc) {
    static const Tables t = makeTables();
    crc = ~crc;
    for (; n >= 8; n -= 8, p += 8) {
        const uint64_t v = load64(p) ^ crc;
        crc = t[7][v & 0xFFu] ^ t[6][(v >> 8) & 0xFFu] ^ t[5][(v >> 16) & 0xFFu] ^ t[4][(v >> 24) & 0xFFu] ^
              t[3][(v >> 32) & 0xFFu] ^ t[2][(v >> 40) & 0xFFu] ^ t[1][(v >> 48) & 0xFFu] ^ t[0][v >> 56];
    }
    for (; n > 0; --n, ++p) crc = t[0][(crc ^ *p) & 0xFFu] ^ (crc >> 8);
    return ~crc;
}

#ifdef RAPPORT_CRC32C_X86
__attribute__((target("sse4.2"))) uint32_t hardware(const unsigned char* p, size_t n, uint32_t crc) {
    uint64_t c = ~crc;
    for (; n >= 8; n -= 8, p += 8) {
        uint64_t v;
        std::memcpy(&v, p, 8);
        c = _mm_crc32_u64(c, v);
    }
    uint32_t c32 = static_cast<uint32_t>(c);
    for (; n > 0; --n, ++p) c32 = _mm_crc32_u8(c32, *p);
    return ~c32;
}

bool cpuHasCrc32() {
    static const bool has = __builtin_cpu_supports("sse4.2");
    return has;
}
#endif

const unsigned char* bytesOf(std::string_view s) { return reinterpret_cast<const unsigned char*>(s.data()); }

}  // namespace

uint32_t crc32cSoftware(std::string_view bytes, uint32_t crc) { return software(bytesOf(bytes), bytes.size(), crc); }

bool crc32cHardwareAvailable() {
#ifdef RAPPORT_CRC32C_X86
    return cpuHasCrc32();
#else
    return false;
#endif
}

uint32_t crc32cHardware(std::string_view bytes, uint32_t crc) {
#ifdef RAPPORT_CRC32C_X86
    if (cpuHasCrc32()) return hardware(bytesOf(bytes), bytes.size(), crc);
#endif
    return crc32cSoftware(bytes, crc);
}

uint32_t crc32c(std::string_view bytes, uint32_t crc) { return crc32cHardware(bytes, crc); }

}  // namespace rapport::store
