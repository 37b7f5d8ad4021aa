// CRC-32C (Castagnoli), the checksum on every stored frame: detects torn writes and bit rot.
#pragma once

#include <cstdint>
#include <string_view>

namespace rapport::store {

// Extends `crc` (0 to start) over `bytes`. Natively on x86-64 with SSE 4.2 (checked once at run time)
// it uses the CPU's crc32 instruction; elsewhere (wasm, other CPUs) a table-driven slicing-by-8. Both
// give the same value for the same bytes (the store tests check one against the other).
uint32_t crc32c(std::string_view bytes, uint32_t crc = 0);

// The two implementations apart, for those tests and the benchmarks.
uint32_t crc32cSoftware(std::string_view bytes, uint32_t crc = 0);
// False where this build or this CPU has no crc32 instruction (then crc32cHardware is the software one).
bool crc32cHardwareAvailable();
uint32_t crc32cHardware(std::string_view bytes, uint32_t crc = 0);

}  // namespace rapport::store
