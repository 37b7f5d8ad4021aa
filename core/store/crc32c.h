// CRC-32C (Castagnoli), the checksum on every stored frame: detects torn writes and bit rot.
#pragma once

#include <cstdint>
#include <string_view>

namespace rapport::store {

// Extends `crc` (0 to start) over `bytes`; software table, identical on native and wasm.
uint32_t crc32c(std::string_view bytes, uint32_t crc = 0);

}  // namespace rapport::store
