// Encoding and size checks of imported files, line splitting, and the small text helpers the
// importers and exporters share.
#include "core/interchange/text_input.h"

#include <cstdio>

#include "core/util/civil_date.h"

namespace rapport::interchange {
namespace {

// Length of the UTF-8 sequence starting at s[i], or 0 when it is not a valid one.
size_t sequenceLength(std::string_view s, size_t i) {
    const auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char c = b(i);
    if (c < 0x80) return 1;
    size_t n = 0;
    uint32_t cp = 0;
    if (c >= 0xC2 && c <= 0xDF) { n = 2; cp = c & 0x1F; }
    else if (c >= 0xE0 && c <= 0xEF) { n = 3; cp = c & 0x0F; }
    else if (c >= 0xF0 && c <= 0xF4) { n = 4; cp = c & 0x07; }
    else return 0;
    if (i + n > s.size()) return 0;
    for (size_t k = 1; k < n; ++k) {
        if ((b(i + k) & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (b(i + k) & 0x3F);
    }
    // Overlong forms, UTF-16 surrogates and values past U+10FFFF are not UTF-8.
    if ((n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000) || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return n;
}

// Offset of the first invalid UTF-8 byte, or npos.
size_t firstInvalidUtf8(std::string_view s) {
    for (size_t i = 0; i < s.size();) {
        const size_t n = sequenceLength(s, i);
        if (n == 0) return i;
        i += n;
    }
    return std::string_view::npos;
}

}  // namespace

bool isValidUtf8(std::string_view text) { return firstInvalidUtf8(text) == std::string_view::npos; }

std::string validUtf8(std::string_view text) {
    std::string out(text);
    for (size_t i = 0; i < out.size();) {
        const size_t n = sequenceLength(out, i);
        if (n == 0) out[i] = '?';
        i += n == 0 ? 1 : n;
    }
    return out;
}

Result<std::string_view> checkedBytes(std::string_view bytes, size_t maxBytes, std::string_view what) {
    const std::string name(what);
    if (bytes.size() > maxBytes) {
        return makeError("The " + name + " is " + std::to_string(bytes.size() >> 20) + " MB; Rapport reads at most " +
                         std::to_string(maxBytes >> 20) + " MB at once. Split it into smaller files.");
    }
    if (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF") {
        return makeError("The " + name + " is in UTF-16; save it as UTF-8 and import it again.");
    }
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
    if (bytes.find('\0') != std::string_view::npos) {
        return makeError("The " + name + " contains NUL bytes (UTF-16 or a binary file?); save it as UTF-8 text.");
    }
    return bytes;
}

std::string notUtf8Message(std::string_view text, std::string_view what, uint32_t firstLine) {
    const size_t bad = firstInvalidUtf8(text);
    if (bad == std::string_view::npos) return "";
    size_t line = firstLine;
    for (size_t i = 0; i < bad; ++i) line += text[i] == '\n';
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned>(static_cast<unsigned char>(text[bad])));
    return "The " + std::string(what) + " is not UTF-8 (byte " + hex + " on line " + std::to_string(line) +
           "; probably Latin-1 or Windows-1252). Save it as UTF-8 and import it again.";
}

Result<std::string_view> checkedText(std::string_view bytes, size_t maxBytes, std::string_view what) {
    auto checked = checkedBytes(bytes, maxBytes, what);
    if (!checked) return checked;
    if (std::string message = notUtf8Message(checked.value(), what); !message.empty()) return makeError(std::move(message));
    return checked;
}

std::string quotedPrintableDecoded(std::string_view text) {
    const auto hex = [](char c) { return c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1; };
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '=' && i + 2 < text.size() && hex(text[i + 1]) >= 0 && hex(text[i + 2]) >= 0) {
            out += char(hex(text[i + 1]) * 16 + hex(text[i + 2]));
            i += 2;
        } else {
            out += text[i];
        }
    }
    return out;
}

Result<std::string> toUtf8(std::string_view bytes, std::string_view charset) {
    std::string cs;
    for (char c : trimmed(charset)) cs += (c >= 'a' && c <= 'z') ? char(c - 'a' + 'A') : c;
    if (cs == "UTF-8" || cs == "UTF8" || cs == "US-ASCII" || cs == "ASCII") {
        if (!isValidUtf8(bytes)) return makeError("The text is not valid " + std::string(trimmed(charset)) + ".");
        return std::string(bytes);
    }
    const bool latin = cs == "WINDOWS-1252" || cs == "CP1252" || cs == "ISO-8859-1" || cs == "ISO8859-1" || cs == "LATIN1" ||
                       cs == "LATIN-1";
    if (!latin) {
        return makeError("The charset " + std::string(trimmed(charset)) + " is not supported (UTF-8, Windows-1252 and ISO-8859-1 are); export as UTF-8.");
    }
    // Windows-1252 is ISO-8859-1 but for 0x80-0x9F, where it has printable characters; Latin-1 files
    // that use those bytes are in fact Windows-1252 (as browsers read them too).
    static const uint16_t k1252[32] = {0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
                                       0x2039, 0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013,
                                       0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};
    std::string out;
    for (char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        uint32_t cp = b;
        if (b >= 0x80 && b <= 0x9F) {
            cp = k1252[b - 0x80];
            if (cp == 0) return makeError("The text has a byte (" + std::to_string(b) + ") that Windows-1252 does not define.");
        }
        if (cp < 0x80) {
            out += char(cp);
        } else if (cp < 0x800) {
            out += char(0xC0 | (cp >> 6));
            out += char(0x80 | (cp & 0x3F));
        } else {
            out += char(0xE0 | (cp >> 12));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
        }
    }
    return out;
}

std::vector<TextLine> splitLines(std::string_view text) {
    std::vector<TextLine> lines;
    uint32_t number = 1;
    size_t start = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\n' && text[i] != '\r') continue;
        lines.push_back({text.substr(start, i - start), number++});
        if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
        start = i + 1;
    }
    if (start < text.size()) lines.push_back({text.substr(start), number});
    return lines;
}

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

std::string nameKey(std::string_view name) {
    std::string key;
    for (char c : trimmed(name)) {
        if (c == ' ' || c == '\t') {
            if (!key.empty() && key.back() != ' ') key += ' ';
        } else {
            key += (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
        }
    }
    return key;
}

std::string isoUtc(int64_t unixMillis) {
    const int64_t seconds = unixMillis >= 0 ? unixMillis / 1000 : (unixMillis - 999) / 1000;
    const int64_t days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400;
    const int64_t rest = seconds - days * 86400;
    const CivilDate date = CivilDate::fromDayNumber(static_cast<int32_t>(days));
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02dZ", static_cast<int>(date.year()),
                  static_cast<int>(date.month()), static_cast<int>(date.day()), static_cast<int>(rest / 3600),
                  static_cast<int>(rest / 60 % 60), static_cast<int>(rest % 60));
    return buf;
}

}  // namespace rapport::interchange
