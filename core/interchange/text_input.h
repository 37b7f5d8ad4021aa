// Checks shared by the importers before they read a byte of content: size limits, encoding (UTF-8,
// BOM), and line splitting with line numbers, so every importer refuses a wrong file the same clear way.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/util/result.h"

namespace rapport::interchange {

// Largest file any importer reads (a 10 MB contacts file fits; anything larger is refused at once).
constexpr size_t kMaxImportBytes = 16u << 20;
// Largest backup file (a whole notebook with years of notes).
constexpr size_t kMaxBackupBytes = 64u << 20;
// Most peers one contacts import creates, and most errors one report lists.
constexpr size_t kMaxImportedPeers = 20000;
constexpr size_t kMaxReportedErrors = 50;

// The text of `bytes` without a UTF-8 byte-order mark. Fails, saying what to do, when the file is
// larger than `maxBytes`, is UTF-16/32 (by its BOM or NUL bytes), or is not valid UTF-8 (naming the
// line and the likely encoding, e.g. Latin-1).
Result<std::string_view> checkedText(std::string_view bytes, size_t maxBytes, std::string_view what);
// The same checks but for the UTF-8 validity, for formats that name their charset per value (vCard 2.1).
Result<std::string_view> checkedBytes(std::string_view bytes, size_t maxBytes, std::string_view what);
// "The vCard file is not UTF-8 (byte 0xE9 on line 2; ...)": the message of checkedText, or "" when
// `text` is valid UTF-8. `firstLine` is the line number `text` starts on.
std::string notUtf8Message(std::string_view text, std::string_view what, uint32_t firstLine = 1);

// Quoted-printable (RFC 2045) decoded: "=C3=A9" -> bytes; an "=" not followed by two hex digits stays.
std::string quotedPrintableDecoded(std::string_view text);
// `bytes` in `charset` (UTF-8, US-ASCII, Windows-1252, ISO-8859-1 / Latin-1, by any usual spelling) as
// UTF-8. Fails naming the charset when it is not one of those, or the bytes are not valid in it.
Result<std::string> toUtf8(std::string_view bytes, std::string_view charset);

// True when `text` is valid UTF-8 (no overlongs, surrogates or code points above U+10FFFF).
bool isValidUtf8(std::string_view text);
// `text` with every byte that is not part of valid UTF-8 replaced by '?': the same length in bytes.
std::string validUtf8(std::string_view text);

// One line of a text file with its 1-based line number; the line ending (LF or CRLF) is removed.
struct TextLine {
    std::string_view text;
    uint32_t number = 0;
};
// Splits text into lines (LF, CRLF or lone CR); a final line ending adds no empty line. Never fails.
std::vector<TextLine> splitLines(std::string_view text);

// Trims ASCII spaces and tabs at both ends.
std::string_view trimmed(std::string_view s);
// Lower-cases ASCII letters and collapses inner runs of spaces: the key that finds duplicate names.
std::string nameKey(std::string_view name);

// "2024-01-31T09:05:07Z" for a Unix time in milliseconds (UTC).
std::string isoUtc(int64_t unixMillis);

}  // namespace rapport::interchange
