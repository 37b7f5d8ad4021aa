// CRC-32C with a byte-wise table (slicing is not worth it: records are small and fsync dominates).
#include "core/store/crc32c.h"

#include <array>

namespace rapport::store {

namespace {

std::array<uint32_t, 256> makeTable() {
    std::array<uint32_t, 256> table{};
    for (uint32_t i = 0; i < 256; ++i) {
        uint32_t c = i;
        for (int k = 0; k < 8; ++k) c = (c & 1u) ? (c >> 1) ^ 0x82F63B78u : (c >> 1);
        table[i] = c;
    }
    return table;
}

}  // namespace

uint32_t crc32c(std::string_view bytes, uint32_t crc) {
    static const std::array<uint32_t, 256> kTable = makeTable();
    crc = ~crc;
    for (const char ch : bytes) crc = kTable[(crc ^ static_cast<unsigned char>(ch)) & 0xFFu] ^ (crc >> 8);
    return ~crc;
}

}  // namespace rapport::store
