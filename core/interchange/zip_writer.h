// Exported files as (path, bytes), and a minimal ZIP writer (stored, no compression) so the browser
// can offer a multi-file export as one download and the command line can write either form.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rapport::interchange {

struct ExportFile {
    std::string path;   // relative, '/'-separated, UTF-8 ("peers/maria-chen.md")
    std::string bytes;
};

// CRC-32 (IEEE 802.3, the ZIP and PNG one; not the store's CRC-32C).
uint32_t crc32(std::string_view bytes, uint32_t crc = 0);

// A ZIP archive holding the files uncompressed (method 0, "stored"), names flagged UTF-8, every file
// dated `dosDate` (MS-DOS date and time, 0 = 1980-01-01). Never fails; files and the archive must stay
// under 4 GiB (no ZIP64), which the caller's size limits ensure (asserted).
std::string zipStored(const std::vector<ExportFile>& files, uint32_t dosDateTime = 0);

// The MS-DOS date/time ZIP stores, from a Unix time in milliseconds (UTC).
uint32_t dosDateTime(int64_t unixMillis);

}  // namespace rapport::interchange
